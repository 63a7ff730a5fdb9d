// The light grid reader against the ExcelJS one: the same grid on every workbook of both corpora.
import { readFileSync } from "fs";
import path from "path";
import { gridFromWorkbook, loadXlsx } from "../src/xlsx/read";
import { gridFromXlsxLight } from "../src/xlsx/grid-read";
import { corpusWorkbooks } from "./helpers/corpus-files";

const ROOT = path.join(__dirname, "..");
const files = corpusWorkbooks();

test("both corpora hold workbooks to compare", () => {
  expect(files.length).toBeGreaterThan(40);
});

test.each(files.map((f) => [path.relative(ROOT, f)]))(
  "%s reads to the same grid as through ExcelJS",
  async (rel) => {
    const bytes = readFileSync(path.join(ROOT, rel));
    // A file neither can read must be refused by both, for the same reason.
    const outcome = (read: Promise<unknown>) =>
      read.then(
        (grid) => ({ grid }),
        (err: { reason?: string; detail?: string }) => ({ reason: err.reason, detail: err.detail })
      );
    const light = await outcome(gridFromXlsxLight(bytes, rel));
    const exceljs = await outcome(loadXlsx(bytes, rel).then(gridFromWorkbook));
    expect(light).toEqual(exceljs);
  }
);
