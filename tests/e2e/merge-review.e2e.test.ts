// The merge review end to end in real Chromium through the preview: two returned copies chosen in the
// pane's file input, the review per file, a conflict resolved, the changes written, the log sheet and
// the refreshed rollup seen; axe finds nothing in each state.
import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readXlsxGrid } from "../../src/cli/xlsx-file";
import { serialFromIso } from "../../src/core/dates";
import { readModel } from "../../src/core/read";
import { SEED_FILE } from "../../samples/source";
import {
  axeViolations,
  clippedElements,
  openPreview,
  openSession,
  screenshot,
  type Session,
} from "./browser";

let session: Session;
const tmp = mkdtempSync(join(tmpdir(), "merge-e2e-"));
const files = { a: join(tmp, "tra-ve-ubnd.xlsx"), b: join(tmp, "tra-ve-ubnd-2.xlsx") };
let open: string[] = [];

/** The shared copy with cells edited by task ID and header, saved as a clerk would. */
async function edit(
  from: string,
  to: string,
  edits: { id: string; column: string; value: ExcelJS.CellValue }[]
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.getWorksheet("Nhiệm vụ")!;
  const header = ws.getRow(1).values as ExcelJS.CellValue[];
  for (const e of edits)
    ws.eachRow((row) => {
      if (row.getCell(1).value === e.id) row.getCell(header.indexOf(e.column)).value = e.value;
    });
  await wb.xlsx.writeFile(to);
}

beforeAll(async () => {
  session = await openSession();
  const master = join(tmp, "master.xlsx");
  copyFileSync(join(__dirname, "../../samples", SEED_FILE), master);
  let stdout = "";
  const io = {
    stdout: (s: string) => (stdout += s),
    stderr: () => undefined,
    today: serialFromIso("2026-03-05")!,
  };
  expect(
    await main(["share", master, "-o", join(tmp, "shared"), "--as-of", "2020-11-06"], io)
  ).toBe(0);
  const line = stdout.split("\n").find((l) => l.includes("Ban cán sự đảng UBND tỉnh"))!;
  const copy = join(tmp, "shared", line.trim().split(" — ")[0]);
  open = readModel(await readXlsxGrid(master))
    .model.tasks.filter((t) => t.status !== "done") // the UBND-led area's two open tasks
    .map((t) => t.id);
  await edit(copy, files.a, [
    { id: open[0], column: "Trạng thái", value: "Đã hoàn thành" },
    { id: open[0], column: "Ngày hoàn thành", value: "15/10/2020" },
    { id: open[1], column: "Ghi chú", value: "Đang trình UBND" },
  ]);
  await edit(copy, files.b, [{ id: open[1], column: "Ghi chú", value: "Chờ ý kiến" }]);
});

afterAll(async () => {
  await session?.close();
});

describe("the merge review in the preview", () => {
  it("reviews two returned files, resolves a conflict, writes, and shows the log and the refreshed rollup", async () => {
    const { page, pane } = await openPreview(session, "seed");
    await pane.locator("#merge-files").setInputFiles([files.a, files.b]);
    await pane.getByRole("heading", { name: "Tệp tra-ve-ubnd.xlsx" }).waitFor();
    await pane.getByRole("heading", { name: "Xung đột cần chọn (1)" }).waitFor();
    const review = await pane.locator("section[aria-labelledby='merge-heading']").innerText();
    expect(review).toMatch(new RegExp(`${open[0]} · Trạng thái: .+ → Hoàn thành`));
    expect(review).toContain(`${open[0]} · Ngày hoàn thành: (trống) → 15/10/2020`);
    await screenshot(page, "merge-01-review");
    expect(await axeViolations(pane)).toEqual([]);
    expect(await clippedElements(pane)).toEqual([]);

    // Nothing unchosen is written: the conflict keeps the master until the user picks a value.
    await pane.getByRole("button", { name: "Ghi 2 thay đổi" }).waitFor();
    await pane.getByRole("radio", { name: /tra-ve-ubnd-2\.xlsx.*Chờ ý kiến/ }).check();
    await pane.getByRole("button", { name: "Ghi 3 thay đổi" }).click();
    await pane.getByText(/Đã ghi 3 thay đổi, nhật ký ở trang "Nhật ký cập nhật"/).waitFor();
    // The pane refreshes the summary after the write: the result line and the findings show.
    await pane
      .getByRole("status")
      .filter({ hasText: /58 nhiệm vụ, / })
      .waitFor();
    await pane.locator("#findings-heading").waitFor();
    await screenshot(page, "merge-02-done");
    expect(await axeViolations(pane)).toEqual([]);

    await page.getByRole("tab", { name: "Nhật ký cập nhật" }).click();
    const log = await page.locator("#sheet-panel").innerText();
    expect(log).toContain("tra-ve-ubnd-2.xlsx");
    expect(log).toContain("Chờ ý kiến");
    expect(log).toContain("Hoàn thành");
    await page.getByRole("tab", { name: "Nhiệm vụ" }).click();
    expect(await page.locator("#sheet-panel").innerText()).toContain("Chờ ý kiến");
    expect(session.pageErrors).toEqual([]);
  });
});
