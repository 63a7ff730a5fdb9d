import type { WorkbookState } from "../testing/excel-double";
import type { Lang } from "../core/model";
import type { PreviewWorkbook } from "./workbooks";
import type { ComputedValues } from "./computed";

export interface PreviewPageProps {
  workbook: WorkbookState;
  choice: PreviewWorkbook;
  lang: Lang;
  /** Subscribes to "a batch ran"; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** The core's values for the add-in's formula cells in the workbook as it is now. */
  compute: () => Promise<ComputedValues>;
}
