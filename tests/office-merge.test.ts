// The Office adapter's merge through Microsoft's Excel client (tests/office-client/harness.ts): the
// pane's code path from the open workbook and returned .xlsx files to the review, then the confirmed
// cells and the log written, with the client's batches recorded (sync count, the cells each writes).
import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import { serialFromIso } from "../src/core/dates";
import type { WorkbookGrid } from "../src/core/grid";
import { readModel } from "../src/core/read";
import { applyMerge, reviewMerge, type ReturnedFile } from "../src/office/merge";
import { valuesOf, workbookFromGrid } from "../src/testing/excel-double";
import { SEED_FILE } from "../samples/source";
import { clientHost, type ClientSync } from "./office-client/harness";

const tmp = mkdtempSync(join(tmpdir(), "office-merge-"));
const masterFile = join(tmp, "master.xlsx");
copyFileSync(join(__dirname, "..", "samples", SEED_FILE), masterFile);
const TODAY = serialFromIso("2026-03-05")!;
const TASKS = "Nhiệm vụ";

let masterGrid: WorkbookGrid;
let ubndCopy = "";
let open: string[] = [];

beforeAll(async () => {
  const shared = join(tmp, "shared");
  let stdout = "";
  const io = { stdout: (s: string) => (stdout += s), stderr: () => undefined, today: TODAY };
  expect(await main(["share", masterFile, "-o", shared, "--as-of", "2020-11-06"], io)).toBe(0);
  const line = stdout.split("\n").find((l) => l.includes("Ban cán sự đảng UBND tỉnh"))!;
  ubndCopy = join(shared, line.trim().split(" — ")[0]);
  masterGrid = await readXlsxGrid(masterFile);
  // The seed's two unfinished tasks, both in the area the UBND's party delegation leads.
  open = readModel(masterGrid)
    .model.tasks.filter((t) => t.status !== "done")
    .map((t) => t.id);
});

/** A returned copy: the shared file with cells edited by task ID and header, saved as a clerk would. */
async function returned(
  name: string,
  edits: { id: string; column: string; value: ExcelJS.CellValue }[]
): Promise<ReturnedFile> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(ubndCopy);
  const ws = wb.getWorksheet(TASKS)!;
  const header = ws.getRow(1).values as ExcelJS.CellValue[];
  for (const e of edits) {
    ws.eachRow((row) => {
      if (row.getCell(1).value === e.id) row.getCell(header.indexOf(e.column)).value = e.value;
    });
  }
  return { name, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) };
}

/** The cells a batch sets, as the client addresses them: "Sheet!A1" for each "Formulas" set on a getRange. */
function cellsWritten(sync: ClientSync): string[] {
  return sync.request.Actions.filter((a) => a.Name === "Formulas").map((a) => {
    const path = sync.request.ObjectPaths[String(a.ObjectPathId)];
    const sheet = sync.request.ObjectPaths[String(path?.ParentObjectPathId)];
    return `${String(sheet?.ArgumentInfo?.Arguments?.[0] ?? "?")}!${String(path?.ArgumentInfo?.Arguments?.[0] ?? "?")}`;
  });
}

const cellOf = (host: ReturnType<typeof clientHost>, sheet: string, id: string, header: string) => {
  const rows = valuesOf(host.double.wb, sheet);
  const col = rows[0].indexOf(header);
  return rows.find((r) => r[0] === id)?.[col];
};

describe("the pane's merge through Microsoft's Excel client", () => {
  it("reviews two returned copies, then writes the confirmed cells and the log in one write batch", async () => {
    const a = await returned("tra-ve-ubnd.xlsx", [
      { id: open[0], column: "Trạng thái", value: "Đã hoàn thành" },
      { id: open[0], column: "Tiến độ (%)", value: "100%" },
      { id: open[0], column: "Ngày hoàn thành", value: "15/10/2020" },
      { id: open[1], column: "Ghi chú", value: "Đang trình UBND" },
    ]);
    const b = await returned("tra-ve-ubnd-2.xlsx", [
      { id: open[1], column: "Ghi chú", value: "Chờ ý kiến" },
    ]);
    const host = clientHost(workbookFromGrid(masterGrid));
    const review = await reviewMerge(host.env, [a, b]);
    const readSyncs = host.syncs.length;
    expect(readSyncs).toBe(1);
    expect(review.result.applied.map((x) => [x.task, x.field, x.to])).toEqual([
      [open[0], "status", "done"],
      [open[0], "progress", 1],
      [open[0], "completedOn", serialFromIso("2020-10-15")],
    ]);
    expect(review.result.conflicts.map((c) => [c.task, c.field])).toEqual([[open[1], "notes"]]);
    expect(cellOf(host, TASKS, open[0], "Trạng thái")).not.toBe("Hoàn thành"); // nothing written yet

    const done = await applyMerge(
      host.env,
      review,
      [{ task: open[1], field: "notes", source: "tra-ve-ubnd-2.xlsx" }],
      { lang: "vi", today: TODAY }
    );
    const batches = host.syncs.slice(readSyncs);
    expect(batches.map((s) => s.error)).toEqual([undefined, undefined]);
    expect(batches).toHaveLength(2); // one to check the cells and read the log, one to write
    expect(cellsWritten(batches[0])).toEqual([]);
    const onTasks = cellsWritten(batches[1]).filter((c) => c.startsWith(`${TASKS}!`));
    expect(onTasks.sort()).toEqual(
      [...review.result.writes, review.result.conflicts[0].masterCell]
        .map((w) => `${TASKS}!${w.cell}`)
        .sort()
    );
    expect(done.stale).toEqual([]);
    expect(done.applied.map((x) => x.field)).toEqual([
      "status",
      "progress",
      "completedOn",
      "notes",
    ]);
    expect(cellOf(host, TASKS, open[0], "Trạng thái")).toBe("Hoàn thành");
    expect(cellOf(host, TASKS, open[0], "Ngày hoàn thành")).toBe(serialFromIso("2020-10-15"));
    expect(cellOf(host, TASKS, open[1], "Ghi chú")).toBe("Chờ ý kiến");

    const log = valuesOf(host.double.wb, done.logSheet);
    const rows = log.slice(4).filter((r) => r.some((v) => v !== ""));
    expect(rows.map((r) => [r[1], r[3], r[6]])).toEqual([
      ["tra-ve-ubnd.xlsx", open[0], "Hoàn thành"],
      ["tra-ve-ubnd.xlsx", open[0], "100%"],
      ["tra-ve-ubnd.xlsx", open[0], "15/10/2020"],
      ["tra-ve-ubnd-2.xlsx", open[1], "Chờ ý kiến"],
    ]);
    // eslint-disable-next-line no-console
    console.log(
      `merge via the Excel client: ${host.syncs.length} syncs; write batch ${batches[1].actions} actions, cells ${onTasks.join(" ")}, ${batches[1].requestBytes} bytes`
    );

    // A second merge appends below the rows the log already held.
    const c = await returned("tra-ve-lan-2.xlsx", [
      { id: open[1], column: "Tiến độ (%)", value: "80%" },
    ]);
    const again = await reviewMerge(host.env, [c]);
    await applyMerge(host.env, again, [], { lang: "vi", today: TODAY });
    const after = valuesOf(host.double.wb, done.logSheet)
      .slice(4)
      .filter((r) => r.some((v) => v !== ""));
    expect(after.map((r) => r[1])).toEqual([...rows.map((r) => r[1]), "tra-ve-lan-2.xlsx"]);
  });

  it("leaves a cell edited since the review alone and logs only what it wrote", async () => {
    const a = await returned("tra-ve.xlsx", [
      { id: open[0], column: "Trạng thái", value: "Hoàn thành" },
      { id: open[1], column: "Ghi chú", value: "Đã trình" },
    ]);
    const host = clientHost(workbookFromGrid(masterGrid));
    const review = await reviewMerge(host.env, [a]);
    const status = review.result.writes.find((w) => w.field === "status")!;
    await host.env.run(async (context) => {
      context.workbook.worksheets.getItem(status.sheet).getRange(status.cell).values = [
        ["Tạm dừng"],
      ];
      await context.sync();
    });
    const done = await applyMerge(host.env, review, [], { lang: "vi", today: TODAY });
    expect(done.stale.map((w) => w.cell)).toEqual([status.cell]);
    expect(done.applied.map((x) => x.field)).toEqual(["notes"]);
    expect(cellOf(host, TASKS, open[0], "Trạng thái")).toBe("Tạm dừng");
    expect(cellOf(host, TASKS, open[1], "Ghi chú")).toBe("Đã trình");
  });

  it("refuses a file that is not a workbook and merges the others", async () => {
    const a = await returned("tra-ve.xlsx", [{ id: open[0], column: "Ghi chú", value: "Xong" }]);
    const junk = { name: "anh-chup.xlsx", bytes: new TextEncoder().encode("not a zip") };
    const host = clientHost(workbookFromGrid(masterGrid));
    const review = await reviewMerge(host.env, [junk, a]);
    expect(review.result.findings.map((f) => [f.code, f.source])).toEqual([
      ["merge-unreadable", "anh-chup.xlsx"],
    ]);
    expect(review.result.copies.map((c) => c.mode)).toEqual(["refused", "three-way"]);
    expect(review.result.applied.map((x) => x.to)).toEqual(["Xong"]);
  });
});
