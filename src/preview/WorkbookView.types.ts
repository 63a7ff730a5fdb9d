import type { WorkbookState } from "../testing/excel-double";
import type { Lang } from "../core/model";

export interface WorkbookViewProps {
  workbook: WorkbookState;
  /** Bumped after every Excel.run batch, so the view re-reads the workbook. */
  version: number;
  lang: Lang;
}
