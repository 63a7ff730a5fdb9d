// How the preview's grid shows a cell: dates and percentages by their number format, as Excel would. A
// formula cell shows the value the core computed for it when there is one (computed.ts), else its text.
import { formatVnDate } from "../core/dates";
import type { Cell } from "../testing/excel-double";
import type { Lang } from "../core/model";
import type { ComputedCell } from "./computed";

function valueText(value: Cell["value"], numberFormat: string, lang: Lang): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  const format = numberFormat.toLowerCase();
  if (/y/.test(format) && /d/.test(format)) return formatVnDate(Math.round(value));
  const locale = lang === "vi" ? "vi-VN" : "en-GB";
  if (format.includes("%"))
    return value.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 });
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

export function cellText(cell: Cell | undefined, lang: Lang, computed?: ComputedCell): string {
  if (!cell) return "";
  if (computed) return valueText(computed.result, cell.numberFormat, lang);
  if (cell.formula && cell.value === "") return cell.formula;
  return valueText(cell.value, cell.numberFormat, lang);
}
