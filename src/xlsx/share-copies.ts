// The per-office copies of a master, from its bytes, as the CLI `share` and the task pane's "Chia sẻ cho
// đơn vị" both make them: the core plans who gets which tasks (planShare), then package surgery puts the
// marks into the master's own parts (markSharedCopy) and the exact writer adds the refreshed summary and
// the hidden snapshot (refreshPackage). Every part the share does not own keeps its bytes. No file system.
import type ExcelJS from "exceljs";
import { analyse } from "../core/analyse";
import { AddinError } from "../core/errors";
import type { Lang } from "../core/model";
import { planShare, type ShareBy } from "../core/share";
import { contentAtRisk, WouldLoseContentError } from "./preserve";
import { gridFromWorkbook, loadXlsx } from "./read";
import { markSharedCopy } from "./share-marks";
import { refreshPackage } from "./write";
import { t } from "../i18n/merge";

export interface ShareOptions {
  by: ShareBy;
  /** Today as an Excel serial. */
  today: number;
  /** Report date as an Excel serial; defaults to the settings sheet's, else today. */
  asOf?: number;
  lang: Lang;
}

/** One office's copy, ready to be written or downloaded. */
export interface SharedCopy {
  office: string;
  /** ASCII-safe, unique among the copies. */
  fileName: string;
  taskCount: number;
  /** False where the tasks sheet could not be filtered (tasks beside another Excel table). */
  filtered: boolean;
  bytes: Uint8Array;
}

/** The master has no office to share with: the lead-unit (or responsible-unit) column is empty. */
export class NoOfficeError extends AddinError {
  override readonly name = "NoOfficeError";
  readonly key = "share.cli.none";

  constructor(
    readonly by: ShareBy,
    lang: Lang
  ) {
    // The column as the user's header names it, in their language.
    const column = t(lang, by === "lead" ? "summary.col.leadUnit" : "merge.field.unit");
    super("No office to share with", { by, column });
  }
}

/** Called after each copy is built (done of total), for a progress bar. */
export type ShareProgress = (done: number, total: number) => void;

/**
 * Builds every office's copy of the master whose bytes are given. Throws NoOfficeError when there is no
 * office, WouldLoseContentError when the package holds something the writer cannot keep (nothing built),
 * XlsxReadError when the bytes are not a readable workbook. `file` names the master in errors; the
 * workbook already loaded from the bytes, where the caller has it, saves loading them again.
 */
export async function buildSharedCopies(
  input: { bytes: Uint8Array | ArrayBuffer; workbook?: ExcelJS.Workbook },
  file: string,
  options: ShareOptions,
  onProgress?: ShareProgress
): Promise<SharedCopy[]> {
  const { bytes } = input;
  const grid = gridFromWorkbook(input.workbook ?? (await loadXlsx(bytes, file)));
  const analysis = analyse(grid, {
    t,
    today: options.today,
    reportDate: options.asOf,
    lang: options.lang,
  });
  const table = analysis.model.tasksTable;
  const copies = planShare(
    t,
    analysis.model,
    analysis.settings,
    options.by,
    options.asOf ?? options.today
  );
  if (!table || copies.length === 0) throw new NoOfficeError(options.by, options.lang);
  const losses = await contentAtRisk(bytes);
  if (losses.length > 0) throw new WouldLoseContentError(file, losses);
  const columns = Object.values(table.columns).map((c) => c!.index);
  const firstCol = Math.min(...columns);
  const lastCol = Math.max(...columns);
  const taskRows = analysis.model.tasks.map((t) => t.row);
  const out: SharedCopy[] = [];
  for (const copy of copies) {
    // Package surgery, as `refresh -o` writes: the marks go into the master's own parts, then the
    // exact writer adds the summary and the hidden snapshot; every other part keeps its bytes.
    const own = new Set(copy.tasks.map((t) => t.row));
    const marked = await markSharedCopy(bytes, {
      sheet: table.sheet,
      headerRow: table.headerRow,
      ownRows: [...own],
      hiddenRows: taskRows.filter((r) => !own.has(r)),
      firstCol,
      lastCol,
      lastRow: table.lastDataRow,
      editable: copy.editable,
      filter: copy.filter,
    });
    const plan = { sheets: [...analysis.plan.sheets, copy.snapshot] };
    out.push({
      office: copy.office,
      fileName: copy.fileName,
      taskCount: copy.tasks.length,
      filtered: marked.filter !== "none",
      bytes: await refreshPackage(marked.bytes, plan),
    });
    onProgress?.(out.length, copies.length);
  }
  return out;
}
