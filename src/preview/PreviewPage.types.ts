import type { WorkbookState } from "../testing/excel-double";
import type { Lang } from "../core/model";
import type { PreviewWorkbook } from "./workbooks";

export interface PreviewPageProps {
  workbook: WorkbookState;
  choice: PreviewWorkbook;
  lang: Lang;
  /** Subscribes to "a batch ran"; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}
