// The .xlsx file adapter: the WorkbookHost the CLI's refresh runs over, as the pane's runs over
// OfficeWorkbookHost (src/office/host.ts). The workbook is one the CLI has opened (src/cli/io.ts: its
// bytes and grid); the package's bytes stand for the open workbook. Each write (cells patched into
// their sheet's XML, a plan applied by src/xlsx/write.ts) rewrites those bytes and writes them to the
// output file, every part the plan does not own kept byte for byte. A package holding what the writer
// cannot keep is refused before the first write, nothing written, as Office refuses a protected sheet.
import { promises as fs } from "fs";
import type { CellChange } from "../core/findings";
import type { WorkbookGrid } from "../core/grid";
import type { WorkbookPlan } from "../core/plan";
import { HostError } from "../app/errors";
import type { WorkbookHost } from "../app/ports";
import { refuseContentAtRisk } from "./xlsx-file";

export class XlsxFileHost implements WorkbookHost {
  private bytes: Uint8Array;
  private grid: WorkbookGrid | null;
  private checked = false;

  /** `output` null: a host that only reads (the use-cases are then asked to write nothing). */
  constructor(
    private readonly input: { file: string; bytes: Uint8Array; grid: WorkbookGrid },
    private readonly output: string | null
  ) {
    this.bytes = input.bytes;
    this.grid = input.grid;
  }

  async read(): Promise<WorkbookGrid> {
    // After a write, the grid of what was written, read as the CLI reads a file it opens.
    if (!this.grid) {
      const { gridFromWorkbook, loadXlsx } = await import("../xlsx/read");
      this.grid = gridFromWorkbook(await loadXlsx(this.bytes, this.input.file));
    }
    return this.grid;
  }

  async change(changes: CellChange[]): Promise<void> {
    if (changes.length === 0) return;
    // The package surgery writes values and date styles, not fonts (a legacy-encoding fix sets one).
    if (changes.some((c) => c.font !== undefined)) throw new HostError("not-supported", "font");
    const output = await this.writable();
    const { patchCells } = await import("./package-cells");
    await this.save(output, await patchCells(this.bytes, changes));
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    const output = await this.writable();
    const { refreshPackage } = await import("../xlsx/write");
    await this.save(output, await refreshPackage(this.bytes, plan));
  }

  /** The output file, once the package is known to hold nothing the writer would lose. */
  private async writable(): Promise<string> {
    if (this.output === null) throw new HostError("read-only", "no output file");
    if (!this.checked) await refuseContentAtRisk(this.input.file, this.input.bytes);
    this.checked = true;
    return this.output;
  }

  private async save(output: string, bytes: Uint8Array): Promise<void> {
    await fs.writeFile(output, bytes);
    this.bytes = bytes;
    this.grid = null;
  }
}
