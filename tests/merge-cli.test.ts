// share → offices edit their copies (as clerks do, in a spreadsheet program) → merge: the CLI end to end.
import { mkdtempSync, writeFileSync, copyFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { analyse } from "../src/core/analyse";
import { serialFromIso } from "../src/core/dates";
import { applyWrites, type MasterWrite } from "../src/core/merge";
import { readModel } from "../src/core/read";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import { SEED_FILE } from "../samples/source";
import { t as sheetText } from "../src/i18n";

const root = join(__dirname, "..");
const tmp = mkdtempSync(join(tmpdir(), "merge-cli-"));
const master = join(tmp, "master.xlsx");
copyFileSync(join(root, "samples", SEED_FILE), master);
const shared = join(tmp, "shared");
const TODAY = serialFromIso("2026-03-05")!;
const AS_OF = "2020-11-06";

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    today: TODAY,
  });
  return { code, stdout, stderr };
}

/** Edits cells of a copy's tasks sheet by task ID and header, and saves it as a clerk would. */
async function editCopy(
  file: string,
  out: string,
  edits: { id: string; column: string; value: ExcelJS.CellValue }[]
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Nhiệm vụ")!;
  const header = ws.getRow(1).values as ExcelJS.CellValue[];
  for (const e of edits) {
    const col = header.indexOf(e.column);
    ws.eachRow((row) => {
      if (row.getCell(1).value === e.id) row.getCell(col).value = e.value;
    });
  }
  await wb.xlsx.writeFile(out);
}

let units: Record<string, string> = {};
beforeAll(async () => {
  const r = await run("share", master, "-o", shared, "--as-of", AS_OF);
  expect(r.code).toBe(0);
  units = Object.fromEntries(
    r.stdout
      .split("\n")
      .slice(1)
      .filter(Boolean)
      .map((l) => {
        const [file, office] = l.trim().split(" — ");
        return [office.split(":")[0], join(shared, file)];
      })
  );
});

describe("share then merge", () => {
  it("writes one copy per lead office with an ASCII file name, and a copy merged unchanged changes nothing", async () => {
    expect(Object.keys(units)).toHaveLength(7);
    for (const file of Object.values(units)) expect(file).toMatch(/^[\x20-\x7e]+$/);
    const r = await run("merge", master, ...Object.values(units), "--json", "--as-of", AS_OF);
    const json = JSON.parse(r.stdout);
    expect(r.code).toBe(0);
    expect([json.applied, json.conflicts, json.ignored, json.findings]).toEqual([[], [], [], []]);
  });

  it("applies the offices' edits, keeps a conflict out, and the merged rollup equals the expected one", async () => {
    const grid = await readXlsxGrid(master);
    const { model } = readModel(grid);
    const open = model.tasks.filter((t) => t.status !== "done").map((t) => t.id);
    expect(open.length).toBeGreaterThanOrEqual(2);
    const ubnd = units["Ban cán sự đảng UBND tỉnh"];
    const a = join(tmp, "tra-ve-ubnd.xlsx");
    const b = join(tmp, "tra-ve-ubnd-2.xlsx");
    await editCopy(ubnd, a, [
      { id: open[0], column: "Trạng thái", value: "Đã hoàn thành" },
      { id: open[0], column: "Tiến độ (%)", value: "100%" },
      { id: open[0], column: "Ngày hoàn thành", value: "15/10/2020" },
      { id: open[1], column: "Ghi chú", value: "Đang trình UBND" },
    ]);
    await editCopy(ubnd, b, [{ id: open[1], column: "Ghi chú", value: "Chờ ý kiến" }]);
    const out = join(tmp, "merged.xlsx");
    const r = await run("merge", master, a, b, "--json", "--as-of", AS_OF, "-o", out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1); // the two copies disagree on one note
    const json = JSON.parse(r.stdout);
    expect(json.applied).toEqual([
      {
        task: open[0],
        field: "status",
        from: "Đang thực hiện",
        to: "Hoàn thành",
        source: "tra-ve-ubnd.xlsx",
      },
      {
        task: open[0],
        field: "progress",
        from: expect.any(Number),
        to: 1,
        source: "tra-ve-ubnd.xlsx",
      },
      {
        task: open[0],
        field: "completedOn",
        from: null,
        to: "2020-10-15",
        source: "tra-ve-ubnd.xlsx",
      },
    ]);
    expect(json.conflicts).toEqual([
      {
        task: open[1],
        field: "notes",
        master: null,
        values: [
          { source: "tra-ve-ubnd.xlsx", value: "Đang trình UBND" },
          { source: "tra-ve-ubnd-2.xlsx", value: "Chờ ý kiến" },
        ],
      },
    ]);
    // Expected: the master with the same three cells edited by hand.
    const t0 = model.tasks.find((t) => t.id === open[0])!;
    const cols = model.tasksTable!.columns;
    const writes: MasterWrite[] = [
      {
        sheet: "Nhiệm vụ",
        cell: `${cols.status!.letter}${t0.row}`,
        field: "status",
        from: "",
        to: "Hoàn thành",
      },
      {
        sheet: "Nhiệm vụ",
        cell: `${cols.progress!.letter}${t0.row}`,
        field: "progress",
        from: "",
        to: 1,
      },
      {
        sheet: "Nhiệm vụ",
        cell: `${cols.completedOn!.letter}${t0.row}`,
        field: "completedOn",
        from: "",
        to: serialFromIso("2020-10-15")!,
      },
    ];
    const expected = analyse(applyWrites(grid, writes), {
      t: sheetText,
      today: TODAY,
      reportDate: serialFromIso(AS_OF)!,
      lang: "vi",
    }).rollup;
    expect(json.total.done).toBe(expected.total.done);
    const merged = await readXlsxGrid(out);
    const after = analyse(merged, {
      t: sheetText,
      today: TODAY,
      reportDate: serialFromIso(AS_OF)!,
      lang: "vi",
    });
    expect(after.rollup.total).toEqual(expected.total);
    expect(after.rollup.areas).toEqual(expected.areas);
    // Only the applied cells changed on the tasks sheet; the conflicting note is untouched.
    const before = grid.sheets.find((s) => s.name === "Nhiệm vụ")!.values;
    const now = merged.sheets.find((s) => s.name === "Nhiệm vụ")!.values;
    const changed: string[] = [];
    before.forEach((row, r) =>
      row.forEach((v, c) => {
        if (now[r][c] !== v) changed.push(`${String.fromCharCode(65 + c)}${r + 1}`);
      })
    );
    expect(changed.sort()).toEqual(writes.map((w) => w.cell).sort());
    // The log sheet holds one row per applied change.
    const log = merged.sheets.find((s) => s.name === "Nhật ký cập nhật")!;
    expect(log.values.filter((row) => row[3] === open[0]).map((row) => row[4])).toEqual([
      "Trạng thái",
      "Tiến độ",
      "Ngày hoàn thành",
    ]);
  });

  it("refuses a non-workbook with an error finding and still merges the others; a missing master exits 2", async () => {
    const junk = join(tmp, "anh-chup.xlsx");
    writeFileSync(junk, "not a zip");
    const r = await run(
      "merge",
      master,
      junk,
      units["Ban Tuyên giáo Tỉnh ủy"],
      "--json",
      "--lang",
      "en"
    );
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { code: string; source: string }) => [f.code, f.source])).toEqual([
      ["merge-unreadable", "anh-chup.xlsx"],
    ]);
    expect(json.findings[0].message).toMatch(/anh-chup\.xlsx/);
    const missing = await run("merge", join(tmp, "none.xlsx"), junk);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect((await run("merge", master)).code).toBe(2);
    expect((await run("share", master)).code).toBe(2);
  });
});
