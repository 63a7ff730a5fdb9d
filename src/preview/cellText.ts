// How the preview's grid shows a cell: dates and percentages by their number format, as Excel would.
import type { Cell } from "../testing/excel-double";
import type { Lang } from "../core/model";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function cellText(cell: Cell | undefined, lang: Lang): string {
  if (!cell) return "";
  if (cell.formula && cell.value === "") return cell.formula;
  const { value, numberFormat } = cell;
  if (typeof value !== "number") return String(value);
  const format = numberFormat.toLowerCase();
  if (/y/.test(format) && /d/.test(format)) {
    const d = new Date(EXCEL_EPOCH + Math.round(value) * 86_400_000);
    const dd = String(d.getUTCDate()).padStart(2, "0");
    const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
    return `${dd}/${mm}/${d.getUTCFullYear()}`;
  }
  const locale = lang === "vi" ? "vi-VN" : "en-GB";
  if (format.includes("%"))
    return value.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 });
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}
