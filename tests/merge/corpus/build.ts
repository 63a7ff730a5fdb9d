// Builds the returned-copies corpus (tests/merge/corpus/files): the mid-term sample is shared with its
// offices by the CLI, then each copy is edited as clerks edit them (in a spreadsheet program, here
// ExcelJS, which re-saves the whole file as another program would): rows re-sorted, a filter, columns
// moved and inserted, header words changed, aliases, text dates, "80%", Unicode forms, a stale copy,
// offices that agree or conflict, a copy without its snapshot, a non-workbook, another programme, rows
// deleted and added, a structural edit. Run: npx tsx tests/merge/corpus/build.ts. The files are kept
// in git (returned copies do not change when the share does); each case's review is its golden.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../../../src/cli/main";
import { CASES, CORPUS_DIR, MASTER, SHARED_ON, TODAY } from "./cases";

type Edit = (ws: ExcelJS.Worksheet, at: Locate) => void;

/** Finds a task's row and a column by its header text, on the sheet as the clerk left it. */
interface Locate {
  header: number;
  row(id: string): number;
  col(header: string): number;
  set(id: string, header: string, value: ExcelJS.CellValue): void;
}

function locate(ws: ExcelJS.Worksheet): Locate {
  let header = 1;
  ws.eachRow((row, r) => {
    if (header === 1 && row.getCell(1).value === "Mã") header = r;
  });
  const at: Locate = {
    header,
    row(id) {
      let found = 0;
      ws.eachRow((row, r) => {
        if (row.getCell(1).value === id) found = r;
      });
      if (found === 0) throw new Error(`no task ${id}`);
      return found;
    },
    col(text) {
      const values = ws.getRow(header).values as ExcelJS.CellValue[];
      const c = values.indexOf(text);
      if (c < 0) throw new Error(`no column ${text}`);
      return c;
    },
    set(id, text, value) {
      ws.getCell(at.row(id), at.col(text)).value = value;
    },
  };
  return at;
}

async function edit(from: string, to: string, change: Edit): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.getWorksheet("Nhiệm vụ")!;
  // A clerk who reshapes the sheet removes the protection first.
  ws.unprotect();
  change(ws, locate(ws));
  await wb.xlsx.writeFile(to);
}

/** The data rows' values, reordered by `order`, written back in place (a sort in the program). */
function sortRows(
  ws: ExcelJS.Worksheet,
  at: Locate,
  compare: (a: unknown[], b: unknown[]) => number
) {
  const rows: unknown[][] = [];
  for (let r = at.header + 1; r <= ws.rowCount; r++) rows.push(ws.getRow(r).values as unknown[]);
  rows.sort(compare);
  rows.forEach((values, i) => {
    const row = ws.getRow(at.header + 1 + i);
    row.values = values as ExcelJS.CellValue[];
    row.hidden = false;
  });
}

/** A cell's number format set on a fresh style object (ExcelJS shares style objects between cells). */
function restyle(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

async function cli(...argv: string[]): Promise<string> {
  let out = "";
  let err = "";
  const code = await main(argv, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    today: TODAY,
  });
  if (code !== 0) throw new Error(`${argv.join(" ")}: ${code} ${err}`);
  return out;
}

export async function build(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "merge-corpus-"));
  const shared = join(tmp, "shared");
  await cli("share", MASTER, "-o", shared, "--as-of", SHARED_ON);
  const copy = (name: string) => join(shared, `${name}.xlsx`);
  const TC = copy("ban-to-chuc-tinh-uy");
  const DV = copy("ban-dan-van-tinh-uy");
  const CQ = copy("ban-can-su-dang-ubnd-tinh");
  const KT = copy("uy-ban-kiem-tra-tinh-uy");

  // A master shared earlier: TC-11 at 10% and a note on TC-12, which the centre has since changed.
  const older = join(tmp, "older.xlsx");
  const stale = join(tmp, "stale");
  await edit(MASTER, older, (_ws, at) => {
    at.set("TC-11", "Tiến độ (%)", 0.1);
    at.set("TC-12", "Ghi chú", "Đang lấy ý kiến");
  });
  await cli("share", older, "-o", stale, "--as-of", "2018-05-31");

  const makers: Record<string, (dir: string) => Promise<void>> = {
    "01-resorted": (dir) =>
      edit(TC, join(dir, "to-chuc-sap-xep-lai.xlsx"), (ws, at) => {
        sortRows(ws, at, (a, b) => String(b[3]).localeCompare(String(a[3]), "vi"));
        at.set("TC-05", "Tiến độ (%)", 0.9);
      }),
    "02-filtered": (dir) =>
      edit(DV, join(dir, "dan-van-loc-trang-thai.xlsx"), (ws, at) => {
        // The office's filter cleared and another set: only tasks in progress shown.
        ws.autoFilter = {
          from: { row: at.header, column: 1 },
          to: { row: ws.rowCount, column: 10 },
        };
        for (let r = at.header + 1; r <= ws.rowCount; r++)
          ws.getRow(r).hidden = ws.getCell(r, at.col("Trạng thái")).value !== "Đang thực hiện";
        at.set("DV-10", "Trạng thái", "Đang thực hiện");
        at.set("DV-10", "Tiến độ (%)", 0.3);
      }),
    "03-columns-moved-inserted": (dir) =>
      edit(CQ, join(dir, "ubnd-them-cot.xlsx"), (ws, at) => {
        at.set("CQ-02", "Ghi chú", "Đã trình UBND tỉnh");
        // "Ghi chú" moved before "Trạng thái", and a column of the office's own inserted after the title.
        const notes = at.col("Ghi chú");
        const values = ws.getColumn(notes).values.slice(1) as ExcelJS.CellValue[];
        ws.spliceColumns(notes, 1);
        ws.spliceColumns(at.col("Trạng thái"), 0, values);
        const extra: ExcelJS.CellValue[] = [];
        for (let r = 1; r <= ws.rowCount; r++)
          extra.push(r === at.header ? "Cán bộ theo dõi" : r > at.header ? "Đ/c Hà" : null);
        ws.spliceColumns(4, 0, extra);
      }),
    "04-header-words": (dir) =>
      edit(KT, join(dir, "kiem-tra-doi-tieu-de.xlsx"), (ws, at) => {
        at.set("KT-02", "Trạng thái", "Hoàn thành");
        at.set("KT-02", "Tiến độ (%)", 1);
        ws.getCell(at.header, at.col("Trạng thái")).value = "Tình hình thực hiện";
        ws.getCell(at.header, at.col("Tiến độ (%)")).value = "% hoàn thành";
        ws.getCell(at.header, at.col("Ghi chú")).value = "Notes";
      }),
    "05-aliases": (dir) =>
      edit(TC, join(dir, "to-chuc-bi-danh.xlsx"), (ws, at) => {
        at.set("TC-13", "Trạng thái", "Đang triển khai");
        at.set("TC-10", "Trạng thái", "Đã hoàn thành");
        // The same status in another word: no change.
        at.set("TC-03", "Trạng thái", "đang thực hiện ");
      }),
    "06-text-dates": (dir) =>
      edit(TC, join(dir, "to-chuc-ngay-chu.xlsx"), (ws, at) => {
        at.set("TC-12", "Trạng thái", "Hoàn thành");
        at.set("TC-12", "Tiến độ (%)", 1);
        at.set("TC-12", "Ngày hoàn thành", "15/6/2018");
      }),
    "07-percent-progress": (dir) =>
      edit(DV, join(dir, "dan-van-phan-tram.xlsx"), (ws, at) => {
        at.set("DV-01", "Tiến độ (%)", "80%");
        // 80 pasted as a plain number (General format) reads as 80%.
        at.set("DV-02", "Tiến độ (%)", 80);
        restyle(ws.getCell(at.row("DV-02"), at.col("Tiến độ (%)")), "General");
        // 80 stored under the column's percent format shows as 8000%: refused, never guessed.
        at.set("DV-09", "Tiến độ (%)", 80);
        restyle(ws.getCell(at.row("DV-09"), at.col("Tiến độ (%)")), "0%");
        // "70%" where the master holds 0.7: no change.
        at.set("DV-06", "Tiến độ (%)", "70%");
      }),
    "08-unicode-forms": (dir) =>
      edit(DV, join(dir, "dan-van-unicode.xlsx"), (ws, at) => {
        // Decomposed accents and extra spaces on values that did not change, one real note.
        const note = ws.getCell(at.row("DV-03"), at.col("Ghi chú"));
        note.value = `  ${String(note.value).normalize("NFD")}  `;
        at.set("DV-05", "Trạng thái", "Đang  thực hiện".normalize("NFD"));
        at.set("DV-08", "Ghi chú", "Đã xây dựng dự thảo báo cáo".normalize("NFD"));
      }),
    "09-stale-copy": async (dir) => {
      // Shared before the centre's changes: the office left TC-11 and TC-12 alone and updated TC-05.
      await edit(
        join(stale, "ban-to-chuc-tinh-uy.xlsx"),
        join(dir, "to-chuc-ban-cu.xlsx"),
        (ws, at) => at.set("TC-05", "Ghi chú", "Đã trình Thường trực")
      );
    },
    "10-two-agree": async (dir) => {
      await edit(CQ, join(dir, "ubnd-ban-1.xlsx"), (ws, at) => at.set("CQ-03", "Tiến độ (%)", 0.8));
      await edit(CQ, join(dir, "ubnd-ban-2.xlsx"), (ws, at) =>
        at.set("CQ-03", "Tiến độ (%)", "80%")
      );
    },
    "11-two-conflict": async (dir) => {
      await edit(CQ, join(dir, "ubnd-van-phong.xlsx"), (ws, at) => {
        at.set("CQ-04", "Tiến độ (%)", 0.7);
        at.set("CQ-04", "Ghi chú", "Chờ thẩm định");
      });
      await edit(CQ, join(dir, "ubnd-so-noi-vu.xlsx"), (ws, at) => {
        at.set("CQ-04", "Tiến độ (%)", 0.9);
        at.set("CQ-04", "Ghi chú", "Chờ thẩm định");
      });
    },
    "12-no-snapshot": (dir) =>
      edit(TC, join(dir, "to-chuc-tu-lam.xlsx"), (ws, at) => {
        ws.workbook.removeWorksheet(ws.workbook.getWorksheet("Bản chụp chia sẻ")!.id);
        at.set("TC-15", "Trạng thái", "Hoàn thành");
        at.set("TC-15", "Tiến độ (%)", 1);
        at.set("TC-15", "Ngày hoàn thành", new Date(Date.UTC(2018, 5, 20)));
      }),
    "13-not-a-workbook": async (dir) => {
      writeFileSync(
        join(dir, "bao-cao.xlsx"),
        "%PDF-1.4\n% Báo cáo tiến độ (a PDF sent under the workbook's name)\n"
      );
    },
    "14-another-programme": (dir) =>
      edit(TC, join(dir, "chuong-trinh-khac.xlsx"), (ws, at) => {
        ws.workbook.removeWorksheet(ws.workbook.getWorksheet("Bản chụp chia sẻ")!.id);
        for (let r = at.header + 1; r <= ws.rowCount; r++) {
          const id = ws.getCell(r, 1);
          if (typeof id.value === "string") id.value = id.value.replace(/^(\w+)-/, "CCHC-$1-");
        }
      }),
    "15-rows-deleted-added-structural": (dir) =>
      edit(KT, join(dir, "kiem-tra-them-bot.xlsx"), (ws, at) => {
        at.set("KT-01", "Nội dung nhiệm vụ", "Xây dựng chương trình kiểm tra (sửa tên)");
        at.set("KT-03", "Tiến độ (%)", 0.75);
        ws.spliceRows(at.row("KT-04"), 1);
        const last = ws.rowCount + 1;
        ws.getRow(last).values = [
          "KT-09",
          "Công tác kiểm tra, giám sát",
          "Kiểm tra đột xuất (đơn vị tự thêm)",
          "Theo lộ trình",
          "Ủy ban Kiểm tra Tỉnh ủy",
          "",
          "Đang thực hiện",
          0.2,
          "",
          "",
        ];
      }),
  };

  for (const c of CASES) {
    const dir = join(CORPUS_DIR, c.name);
    mkdirSync(dir, { recursive: true });
    // The returned files are rebuilt; the goldens beside them stay, for the test to compare.
    for (const f of readdirSync(dir)) if (f.endsWith(".xlsx")) rmSync(join(dir, f));
    await makers[c.name](dir);
  }
  rmSync(tmp, { recursive: true, force: true });
}

if (require.main === module) {
  build().then(
    () => console.log(`corpus written to ${CORPUS_DIR}`),
    (err) => {
      console.error(err);
      process.exit(1);
    }
  );
}
