import type { Lang } from "../core/model";

export interface HeaderProps {
  programme: string;
  /** Report date as an Excel serial. */
  reportDate: number;
  onReportDateChange: (serial: number) => void;
  onLangChange: (lang: Lang) => void;
}
