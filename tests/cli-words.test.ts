// The CLI's words (issue 17 §3-4): every refusal is one line from the catalogue, in Vietnamese and English,
// that says what is wrong and what to do; the file formats it cannot read are told from their bytes; the
// template command creates a workbook that refreshes without errors. Exact lines, both languages.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main, readRefusal, writeRefusal, errorLine } from "../src/cli/main";
import { serialFromIso } from "../src/core/dates";

const root = join(__dirname, "..");
const formats = join(root, "tests", "fixtures", "formats");
const seedPath = join(root, "samples", "chuong-trinh-xd-htct-2015-2020.xlsx");
const tmp = mkdtempSync(join(tmpdir(), "cli-words-"));
const TODAY = serialFromIso("2026-03-05") ?? 0;

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

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

async function zipOf(entries: Record<string, string>, mimetypeFirst = false): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(entries))
    zip.file(name, text, {
      compression: mimetypeFirst && name === "mimetype" ? "STORE" : "DEFLATE",
    });
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("cli refuses files it cannot read, in one line that says what to do", () => {
  const cases: [string, () => Promise<string> | string, string, string][] = [
    [
      "an Excel 97-2003 .xls",
      () => join(formats, "small-2003.xls"),
      'Lỗi: "{f}" là sổ làm việc Excel 97-2003 (.xls); hãy mở bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi chạy lại',
      'Error: "{f}" is an Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice, save it as .xlsx and run again',
    ],
    [
      "a password-protected .xlsx",
      () => join(formats, "password.xlsx"),
      'Lỗi: "{f}" được đặt mật khẩu; hãy gỡ mật khẩu trước (Excel: Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu) rồi chạy lại',
      'Error: "{f}" is protected by a password; remove the password first (Excel: File > Info > Protect Workbook > Encrypt with Password, clear it, save) and run again',
    ],
    [
      "an OpenDocument .ods",
      () => join(formats, "small.ods"),
      'Lỗi: "{f}" là bảng tính OpenDocument (.ods); trong LibreOffice chọn Tệp > Lưu thành, kiểu Excel 2007-365 (.xlsx), rồi chạy lại',
      'Error: "{f}" is an OpenDocument spreadsheet (.ods); in LibreOffice choose File > Save As, type Excel 2007-365 (.xlsx), and run again',
    ],
    [
      "a CSV renamed .xlsx",
      () => file("list.xlsx", "Mã,Lĩnh vực\nTT,Công tác tư tưởng\n"),
      'Lỗi: "{f}" là tệp văn bản (ví dụ CSV) mang đuôi .xlsx, không phải sổ làm việc; hãy mở bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi chạy lại',
      'Error: "{f}" is a text file (such as CSV) named .xlsx, not a workbook; open it in Excel or LibreOffice, save it as .xlsx and run again',
    ],
    [
      "an HTML page renamed .xlsx",
      () =>
        file(
          "page.xlsx",
          "<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>"
        ),
      'Lỗi: "{f}" là trang web (HTML) mang đuôi .xlsx, không phải sổ làm việc; hãy mở bằng Excel, lưu thành Sổ làm việc Excel (.xlsx) rồi chạy lại',
      'Error: "{f}" is a web page (HTML) named .xlsx, not a workbook; open it in Excel, save it as Excel Workbook (.xlsx) and run again',
    ],
    [
      "a zip that is not a workbook",
      async () => file("archive.xlsx", await zipOf({ "word/document.xml": "<w/>" })),
      'Lỗi: "{f}" là tệp nén zip nhưng không phải sổ làm việc Excel; hãy chọn chính tệp .xlsx',
      'Error: "{f}" is a zip file but not an Excel workbook; choose the .xlsx file itself',
    ],
    [
      "a damaged .xlsx",
      async () => file("damaged.xlsx", await zipOf({ "xl/workbook.xml": "<not-a-workbook" })),
      'Lỗi: "{f}" có dạng sổ làm việc .xlsx nhưng không mở được (tệp hỏng); hãy mở bằng Excel để sửa, hoặc dùng bản sao trước đó',
      'Error: "{f}" looks like an .xlsx workbook but cannot be opened (damaged); open it in Excel to repair it, or use an earlier copy',
    ],
    [
      "binary bytes of no known format",
      () => file("noise.xlsx", Buffer.from([1, 2, 3, 0, 255, 254, 7])),
      'Lỗi: "{f}" không phải sổ làm việc .xlsx; hãy chọn tệp .xlsx do Excel hoặc LibreOffice lưu',
      'Error: "{f}" is not an .xlsx workbook; choose an .xlsx file saved by Excel or LibreOffice',
    ],
    [
      "an empty file",
      () => file("empty.xlsx", ""),
      'Lỗi: "{f}" là tệp rỗng (0 byte); hãy chọn đúng sổ làm việc, hoặc tạo mới bằng: npm run --silent cli -- template -o tệp-mới.xlsx',
      'Error: "{f}" is empty (0 bytes); choose the workbook itself, or create one with: npm run --silent cli -- template -o new.xlsx',
    ],
    [
      "a missing file",
      () => join(tmp, "absent.xlsx"),
      'Lỗi: không tìm thấy tệp "{f}"; hãy kiểm tra tên tệp và thư mục',
      'Error: file "{f}" not found; check its name and folder',
    ],
    [
      "a folder",
      () => tmp,
      'Lỗi: "{f}" là thư mục, không phải tệp .xlsx; hãy chỉ tới sổ làm việc trong thư mục đó',
      'Error: "{f}" is a folder, not an .xlsx file; give the path of the workbook in it',
    ],
  ];
  // Every command that opens a workbook opens it the same way (src/cli/io.ts), so each says the same line.
  const commands: [string, (path: string) => string[]][] = [
    ["refresh", (path) => ["refresh", path]],
    ["import", (path) => ["import", path]],
    ["share", (path) => ["share", path, "-o", join(tmp, "shared")]],
  ];
  it.each(cases)("%s", async (_name, make, vi, en) => {
    const path = await make();
    for (const [command, argv] of commands)
      for (const [lang, line] of [
        ["vi", vi],
        ["en", en],
      ]) {
        const r = await run(...argv(path), "--lang", lang);
        expect({ command, code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
          command,
          code: 2,
          stdout: "",
          stderr: `${line.replace("{f}", path)}\n`,
        });
      }
  });
});

describe("cli refuses an output it cannot write, without the system's words", () => {
  it("names the missing folder", async () => {
    const out = join(tmp, "no-such-dir", "out.xlsx");
    const dir = join(tmp, "no-such-dir");
    const vi = await run("refresh", seedPath, "-o", out);
    expect(vi.stderr).toBe(
      `Lỗi: không ghi được "${out}": thư mục "${dir}" không tồn tại; hãy tạo thư mục đó trước hoặc chọn thư mục khác\n`
    );
    const en = await run("refresh", seedPath, "-o", out, "--lang", "en");
    expect(en.stderr).toBe(
      `Error: cannot write "${out}": the folder "${dir}" does not exist; create it first or choose another folder\n`
    );
    expect(vi.code).toBe(2);
  });

  it.each([
    [
      "EACCES",
      "write",
      'Lỗi: không ghi được "o.xlsx": không có quyền ghi; hãy chọn thư mục bạn được ghi',
      'Error: cannot write "o.xlsx": permission denied; choose a folder you can write to',
    ],
    [
      "EROFS",
      "write",
      'Lỗi: không ghi được "o.xlsx": không có quyền ghi; hãy chọn thư mục bạn được ghi',
      'Error: cannot write "o.xlsx": permission denied; choose a folder you can write to',
    ],
    [
      "EISDIR",
      "write",
      'Lỗi: không ghi được "o.xlsx": đó là thư mục; hãy cho tên tệp có đuôi .xlsx',
      'Error: cannot write "o.xlsx": it is a folder; give a file name ending in .xlsx',
    ],
    [
      "EBUSY",
      "write",
      'Lỗi: không ghi được "o.xlsx": tệp đang mở ở chương trình khác; hãy đóng tệp rồi chạy lại',
      'Error: cannot write "o.xlsx": it is open in another program; close it there and run again',
    ],
    [
      "ENOSPC",
      "write",
      'Lỗi: không ghi được "o.xlsx": ổ đĩa đã đầy; hãy giải phóng chỗ trống hoặc chọn ổ đĩa khác',
      'Error: cannot write "o.xlsx": the disk is full; free some space or choose another disk',
    ],
    [
      "EIO",
      "write",
      'Lỗi: không ghi được "o.xlsx"; hãy kiểm tra đường dẫn và ổ đĩa rồi chạy lại',
      'Error: cannot write "o.xlsx"; check the path and the disk, then run again',
    ],
    [
      "EACCES",
      "read",
      'Lỗi: không đọc được "o.xlsx": không có quyền đọc; hãy xin quyền đọc hoặc chép tệp vào thư mục của bạn',
      'Error: cannot read "o.xlsx": permission denied; ask for read access or copy the file to a folder of yours',
    ],
    [
      "EIO",
      "read",
      'Lỗi: không đọc được "o.xlsx"; hãy đóng tệp ở chương trình khác, kiểm tra ổ đĩa rồi chạy lại',
      'Error: cannot read "o.xlsx"; close it in other programs, check the disk, then run again',
    ],
  ])("a system %s on %s", (code, what, vi, en) => {
    const refusal = (what === "read" ? readRefusal : writeRefusal)(code, "o.xlsx");
    expect(errorLine("vi", refusal.key, refusal.params)).toBe(`${vi}\n`);
    expect(errorLine("en", refusal.key, refusal.params)).toBe(`${en}\n`);
  });
});

describe("cli arguments through node:util parseArgs", () => {
  it("takes --as-of as dd/mm/yyyy, YYYY-MM-DD and --as-of=...", async () => {
    for (const argv of [
      ["--as-of", "06/11/2020"],
      ["--as-of=06/11/2020"],
      ["--as-of=2020-11-06"],
      ["--as-of", "6/11/2020"],
    ]) {
      const r = await run("refresh", seedPath, "--json", ...argv);
      expect(JSON.parse(r.stdout).reportDate).toBe("2020-11-06");
    }
  });

  it.each([
    [
      ["refresh", "a.xlsx", "--as-of", "31/02/2020"],
      'Lỗi: ngày "31/02/2020" không hợp lệ, cần dạng dd/mm/yyyy hoặc YYYY-MM-DD (ví dụ 06/11/2020)',
      'Error: date "31/02/2020" is not valid; use dd/mm/yyyy or YYYY-MM-DD (e.g. 06/11/2020)',
    ],
    [
      ["refresh", "a.xlsx", "--json=yes"],
      "Lỗi: tùy chọn --json không nhận giá trị",
      "Error: option --json takes no value",
    ],
    [
      ["refresh", "a.xlsx", "--as-of", "--json"],
      "Lỗi: tùy chọn --as-of cần một giá trị",
      "Error: option --as-of needs a value",
    ],
    [
      ["refresh", "a.xlsx", "-x"],
      'Lỗi: tùy chọn "-x" không có (xem --help)',
      'Error: no option "-x" (see --help)',
    ],
    [
      ["template"],
      "Lỗi: lệnh template cần -o tệp-mới.xlsx (tệp sẽ tạo)",
      "Error: the template command needs -o new.xlsx (the file to create)",
    ],
    [
      ["template", "-o", "n.xlsx", "--json"],
      "Lỗi: tùy chọn --json dùng cho refresh, không dùng cho template (xem --help)",
      "Error: option --json is for refresh, not for template (see --help)",
    ],
    [
      ["refresh", "a.xlsx", "--with-sample"],
      "Lỗi: tùy chọn --with-sample dùng cho template, không dùng cho refresh (xem --help)",
      "Error: option --with-sample is for template, not for refresh (see --help)",
    ],
  ])("refuses %j", async (argv, vi, en) => {
    expect((await run(...argv)).stderr).toBe(`${vi}\n`);
    const r = await run(...argv, "--lang", "en");
    expect(r.stderr).toBe(`${en}\n`);
    expect(r.code).toBe(2);
  });
});

describe("cli template", () => {
  async function loaded(path: string): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return wb;
  }

  it.each([
    ["empty, Vietnamese", [], ["Lĩnh vực", "Nhiệm vụ", "Cấu hình"], 0],
    ["empty, English", ["--lang", "en"], ["Areas", "Tasks", "Settings"], 0],
    ["with the sample", ["--with-sample"], ["Lĩnh vực", "Nhiệm vụ", "Cấu hình"], 58],
  ])(
    "creates the input workbook (%s) that refreshes with no error finding",
    async (name, extra, sheets, tasks) => {
      const out = join(tmp, `template-${name.replace(/\W+/g, "-")}.xlsx`);
      const made = await run("template", ...extra, "-o", out);
      expect(made.stderr).toBe("");
      expect(made.code).toBe(0);
      const wb = await loaded(out);
      expect(wb.worksheets.map((ws) => ws.name)).toEqual(sheets);
      // Both input sheets are Excel Tables; the tasks sheet has the drop-downs and checks.
      const tableNames = wb.worksheets
        .slice(0, 2)
        .map((ws) =>
          (ws.getTables() as unknown as { table?: { name?: string }; name?: string }[]).map(
            (t) => t.table?.name ?? t.name
          )
        );
      expect(tableNames).toEqual([["tblLinhVuc"], ["tblNhiemVu"]]);
      const zip = await JSZip.loadAsync(require("fs").readFileSync(out));
      const tasksXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
      expect(tasksXml).toContain(
        'sqref="G2:G1001"><formula1>&quot;Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng&quot;</formula1>'
      );
      expect(tasksXml).toContain(
        'sqref="D2:D1001"><formula1>&quot;Theo lộ trình,Thường xuyên&quot;</formula1>'
      );
      expect(tasksXml).toContain('sqref="B2:B1001"><formula1>TDNV_AreaList</formula1>');
      expect(tasksXml).toMatch(/type="date" operator="greaterThanOrEqual"[^>]*sqref="F2:F1001"/);
      expect(tasksXml).toMatch(
        /type="decimal"[^>]*sqref="H2:H1001"><formula1>0<\/formula1><formula2>1<\/formula2>/
      );
      const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
      expect(workbookXml).toMatch(
        /<definedName name="TDNV_AreaList">tblLinhVuc\[(Lĩnh vực|Area)\]<\/definedName>/
      );
      const refreshed = await run(
        "refresh",
        out,
        "--json",
        "--as-of",
        "06/11/2020",
        "-o",
        join(tmp, `refreshed-${name.replace(/\W+/g, "-")}.xlsx`)
      );
      const report = JSON.parse(refreshed.stdout);
      expect(report.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual(
        []
      );
      expect(report.total.total).toBe(tasks);
      expect(refreshed.code).toBe(0);
    }
  );

  it("never overwrites a file", async () => {
    const out = file("taken.xlsx", "mine");
    expect((await run("template", "-o", out)).stderr).toBe(
      `Lỗi: "${out}" đã có; lệnh template không ghi đè tệp nào, hãy chọn tên mới\n`
    );
    expect((await run("template", "-o", out, "--lang", "en")).stderr).toBe(
      `Error: "${out}" already exists; the template command never overwrites a file, choose a new name\n`
    );
  });

  it("refresh -o on a workbook without input sheets writes nothing and points at the template", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "ghi chép";
    const input = join(tmp, "no-inputs.xlsx");
    await wb.xlsx.writeFile(input);
    const out = join(tmp, "no-inputs-out.xlsx");
    const vi = await run("refresh", input, "--json", "-o", out);
    expect(existsSync(out)).toBe(false);
    expect(vi.stderr).toBe(
      `Lỗi: sổ làm việc "${input}" chưa có trang dữ liệu ("Lĩnh vực", "Nhiệm vụ") nên không ghi gì; hãy bắt đầu từ mẫu: npm run --silent cli -- template -o tệp-mới.xlsx\n`
    );
    const en = await run("refresh", input, "--json", "-o", out, "--lang", "en");
    expect(en.stderr).toBe(
      `Error: workbook "${input}" has no input sheets ("Lĩnh vực", "Nhiệm vụ"), so nothing was written; start from the template: npm run --silent cli -- template -o new.xlsx\n`
    );
    expect(existsSync(out)).toBe(false);
    expect(JSON.parse(en.stdout).findings.length).toBeGreaterThan(0);
  });
});

describe("cli refresh --json numbers and rounds as the sheet does", () => {
  it("gives the group rows, the sheet's row numbers and rates to 4 decimals", async () => {
    const mid = join(root, "samples", "giua-ky-2018.xlsx");
    const r = await run(
      "refresh",
      existsSync(mid) ? mid : seedPath,
      "--json",
      "--as-of",
      "30/06/2018"
    );
    const report = JSON.parse(r.stdout);
    for (const counts of [...report.areas, ...report.groups, report.total])
      for (const key of ["completionRate", "dueCompletionRate", "averageProgress"])
        if (counts[key] !== null)
          expect(Math.round(counts[key] * 10_000) / 10_000).toBe(counts[key]);
    if (report.groups.length > 0) {
      expect(report.groups[0].no).toBe("I");
      expect(report.areas[0].no).toBe("1");
      expect(report.groups.flatMap((g: { areaIds: string[] }) => g.areaIds)).toEqual(
        report.areas.map((a: { id: string }) => a.id)
      );
    } else {
      expect(report.areas.map((a: { no: string }) => a.no)).toEqual([
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
      ]);
    }
  });
});
