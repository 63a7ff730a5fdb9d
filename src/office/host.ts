// The Office.js adapter: the WorkbookHost the use-cases run over inside Excel. One sync to read, one
// to write (plus row chunks when a read or a write could pass Excel on the web's 5 MB cap, and a second
// write batch for the charts before ExcelApi 1.7). Errors leave as
// HostError; the use-cases make findings of them.
import type { CellChange } from "../core/findings";
import type { WorkbookGrid } from "../core/grid";
import type { WorkbookPlan } from "../core/plan";
import { HostError } from "../app/errors";
import type { WorkbookHost } from "../app/ports";
import { toHostError } from "./errors";
import type { OfficeEnv } from "./env";
import { CORE_API, detectFeatures, missingFeatures, type Feature, type Features } from "./features";
import {
  DESKTOP_READ,
  halved,
  readOfficeWorkbook,
  WEB_READ,
  type ReadOptions,
  type WorkbookState,
} from "./read";
import { queueChanges, queuePlan } from "./write";
import { writeOptionsFor, type WriteOptions } from "./write-bulk";

export class OfficeWorkbookHost implements WorkbookHost {
  readonly features: Features;
  private state: WorkbookState | null = null;

  constructor(
    private readonly env: OfficeEnv,
    private readonly readOptions: ReadOptions = env.platform === "OfficeOnline"
      ? WEB_READ
      : DESKTOP_READ,
    private readonly writeOptions: WriteOptions = writeOptionsFor(env.platform)
  ) {
    this.features = detectFeatures(env);
  }

  /** Optional features this Excel lacks (the pane names them). */
  get missingFeatures(): Feature[] {
    return missingFeatures(this.features);
  }

  /** False on Excel older than ExcelApi 1.4, where nothing of the core path can run. */
  get supported(): boolean {
    return this.env.isSetSupported("ExcelApi", CORE_API);
  }

  private guard(): void {
    if (!this.supported) throw new HostError("not-supported", `ExcelApi ${CORE_API}`);
  }

  private async run<T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    sheet?: string
  ): Promise<T> {
    try {
      return await this.env.run(batch);
    } catch (error) {
      throw toHostError(error, { readOnly: this.env.readOnly, sheet });
    }
  }

  async read(): Promise<WorkbookGrid> {
    this.guard();
    const read = await this.readHalvingUntilItFits(this.readOptions);
    this.state = read.state;
    return read.grid;
  }

  /**
   * A read refused as too large (Excel on the web: 5 MB), or failing with a GeneralException on the
   * web (how large payloads have also come back, office-js #1314), is tried again with half the rows
   * and half the chunk budget, until it fits or the floor is reached.
   */
  private async readHalvingUntilItFits(
    options: ReadOptions
  ): Promise<Awaited<ReturnType<typeof readOfficeWorkbook>>> {
    try {
      return await this.run((context) => readOfficeWorkbook(context, options));
    } catch (error) {
      const smaller = this.mayBeTooLarge(error) ? halved(options) : null;
      if (!smaller) throw error;
      return this.readHalvingUntilItFits(smaller);
    }
  }

  private mayBeTooLarge(error: unknown): boolean {
    if (!(error instanceof HostError)) return false;
    if (error.reason === "too-large") return true;
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    return this.env.platform === "OfficeOnline" && code === "GeneralException";
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    this.guard();
    if (this.env.readOnly) throw new HostError("read-only", "Office.context.document.mode");
    // The write decides what it owns from the read that preceded it (the use-cases always read first).
    const state =
      this.state ??
      (await this.run((context) => readOfficeWorkbook(context, this.readOptions))).state;
    await this.run(async (context) => {
      const later = queuePlan(context, plan, state, this.features, this.writeOptions);
      await context.sync();
      // A body too large for one request follows slice by slice; before ExcelApi 1.7 the charts
      // follow too, over data now calculated.
      for (const batch of later) {
        batch();
        // Deliberate: each later batch must reach Excel before the next is built (payload cap, calculation).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    }, plan.sheets[0]?.name);
    // The workbook changed: the next write must start from a fresh read.
    this.state = null;
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell || "A1").select();
      await context.sync();
    }, sheet);
  }

  async change(changes: CellChange[]): Promise<void> {
    if (changes.length === 0) return;
    if (this.env.readOnly) throw new HostError("read-only", "Office.context.document.mode");
    await this.run(async (context) => {
      queueChanges(context, changes);
      await context.sync();
    }, changes[0].sheet);
    this.state = null;
  }
}
