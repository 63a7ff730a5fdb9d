import type { WorkbookState } from "../testing/excel-double";
import type { Lang } from "../core/model";
import type { ComputedValues } from "./computed";

export interface WorkbookViewProps {
  workbook: WorkbookState;
  /** Bumped after every Excel.run batch, so the view re-reads the workbook. */
  version: number;
  lang: Lang;
  /** The core's values for the add-in's formula cells, by sheet and cell (the double calculates nothing). */
  computed: ComputedValues;
}
