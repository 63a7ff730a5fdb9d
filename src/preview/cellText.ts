// How the preview's grid shows a cell: dates and percentages by their number format, as Excel would.
import { formatVnDate } from "../core/dates";
import type { Cell } from "../testing/excel-double";
import type { Lang } from "../core/model";

export function cellText(cell: Cell | undefined, lang: Lang): string {
  if (!cell) return "";
  if (cell.formula && cell.value === "") return cell.formula;
  const { value, numberFormat } = cell;
  if (typeof value !== "number") return String(value);
  const format = numberFormat.toLowerCase();
  if (/y/.test(format) && /d/.test(format)) return formatVnDate(Math.round(value));
  const locale = lang === "vi" ? "vi-VN" : "en-GB";
  if (format.includes("%"))
    return value.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 });
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}
