// The printed pages as a clerk gets them from `npm run render` (issue 14 §7): the summary printed alone,
// so its page numbers count its own pages; percentages with a decimal comma in a Vietnamese locale;
// the settings sheet the add-in creates on one page.
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../src/cli/main";
import { describeWithLibreOffice, renderWithLibreOffice } from "./helpers/libreoffice";

const SEED = join(__dirname, "..", "samples", "chuong-trinh-xd-htct-2015-2020.xlsx");
const dir = mkdtempSync(join(tmpdir(), "lo-print-"));

async function refresh(input: string, output: string): Promise<void> {
  const err: string[] = [];
  const code = await main(["refresh", input, "--as-of", "2020-11-06", "-o", output], {
    stdout: () => undefined,
    stderr: (s) => err.push(s),
  });
  expect(err.join("")).toBe("");
  expect(code).toBeLessThan(2);
}

/** The PDF's pages as text, words squashed together (pdftotext splits some printed words). */
function pagesOf(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .split("\f")
    .filter((page) => page.trim() !== "")
    .map((page) => page.normalize("NFC"));
}

describeWithLibreOffice("the seed's summary printed by npm run render", () => {
  let pages: string[] = [];
  beforeAll(async () => {
    const output = join(dir, "seed.xlsx");
    await refresh(SEED, output);
    const { pdf, jobs } = await renderWithLibreOffice(output);
    expect(jobs).toEqual([{ sheet: "Tổng hợp", pages: 2 }]);
    pages = pagesOf(pdf);
  }, 300_000);

  it("numbers the summary's own pages: Trang 1/2 and Trang 2/2, not the workbook's", () => {
    expect(pages.map((page) => /Trang\s+(\d+\/\d+)/.exec(page)?.[1])).toEqual(["1/2", "2/2"]);
  });

  it("prints the rates with a decimal comma and the counts as in vi-VN", () => {
    const total = pages[0].split("\n").find((line) => line.includes("Tổng cộng"));
    expect(total).toMatch(/\b58\s+56\s+26\s+5\b/);
    expect(total).toMatch(/96,6%\s+100,0%/);
    expect(pages.join("\n")).not.toMatch(/\d\.\d%/);
  });
});

describeWithLibreOffice("the settings sheet the add-in creates, printed", () => {
  it("fits one page, every label and value on it", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SEED);
    workbook.removeWorksheet(workbook.getWorksheet("Cấu hình")!.id);
    const input = join(dir, "no-settings.xlsx");
    await workbook.xlsx.writeFile(input);
    const output = join(dir, "created-settings.xlsx");
    await refresh(input, output);
    const { pdf, jobs } = await renderWithLibreOffice(output, { sheets: ["Cấu hình"] });
    expect(jobs).toEqual([{ sheet: "Cấu hình", pages: 1 }]);
    const squash = (text: string): string => text.replace(/\s+/g, "");
    const page = squash(pagesOf(pdf)[0]);
    for (const text of [
      "CẤU HÌNH BẢNG TỔNG HỢP",
      "các đơn vị dùng chung một tệp.",
      "Cơ quan ban hành",
      "Chương trình xây dựng hệ thống chính trị",
      "Biểu số 02, Biểu số 03, Lịch sử, Đoạn báo cáo",
      "Người lập biểu",
    ])
      expect(page).toContain(squash(text));
  }, 300_000);
});
