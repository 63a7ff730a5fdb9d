// Settings the workbook carries in its settings sheet, read the same by the CLI and the add-in.
import type { Lang } from "./model";

export interface Settings {
  /** Superior body, first line at top left, e.g. "ĐẢNG BỘ TỈNH …". */
  parentBody: string;
  /** Issuing body, second line at top left in capitals, with "*" under it. */
  issuingBody: string;
  /** Place for the date line; "" prints "…". */
  place: string;
  programme: string;
  period: string;
  /** Report date as an Excel serial; null means "today" at refresh time. */
  reportDate: number | null;
  summarySheet: string;
  dueSoonDays: number;
  /** Language of the generated sheets. */
  language: Lang;
}

export const DEFAULT_SETTINGS: Settings = {
  parentBody: "ĐẢNG BỘ TỈNH",
  issuingBody: "BAN CHỈ ĐẠO",
  place: "",
  programme: "Chương trình xây dựng hệ thống chính trị",
  period: "",
  reportDate: null,
  summarySheet: "Tổng hợp",
  dueSoonDays: 7,
  language: "vi",
};
