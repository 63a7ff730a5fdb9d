// The light grid reader's own ZIP reader (src/xlsx/zip-read.ts), with node's inflate as the CLI runs it:
// the same grid (or the same refusal) as through ExcelJS on every corpus workbook, and packages it does
// not read itself (stored parts, a broken DEFLATE stream, bytes before the package) still read as JSZip
// reads them.
import { readFileSync } from "fs";
import path from "path";
import { inflateRawSync } from "zlib";
import JSZip from "jszip";
import { gridFromWorkbook, loadXlsx } from "../src/xlsx/read";
import { gridFromXlsxLight } from "../src/xlsx/grid-read";
import { corpusWorkbooks } from "./helpers/corpus-files";
import { openZip } from "../src/xlsx/zip-read";

const ROOT = path.join(__dirname, "..");
const inflateRaw = (data: Uint8Array): Uint8Array => inflateRawSync(data);

const files = corpusWorkbooks();

const outcome = (read: Promise<unknown>) =>
  read.then(
    (grid) => ({ grid }),
    (err: { reason?: string; detail?: string }) => ({ reason: err.reason, detail: err.detail })
  );
const throughExcelJs = (bytes: Uint8Array, file: string) =>
  outcome(loadXlsx(bytes, file).then(gridFromWorkbook));

test.each(files.map((f) => [path.relative(ROOT, f)]))(
  "%s reads through the small ZIP reader to the same grid as through ExcelJS",
  async (rel) => {
    const bytes = readFileSync(path.join(ROOT, rel));
    const light = await outcome(gridFromXlsxLight(bytes, rel, { inflateRaw }));
    expect(light).toEqual(await throughExcelJs(bytes, rel));
  }
);

test("the corpus's workbooks are read by the small ZIP reader itself, not handed to JSZip", () => {
  const read = files.filter((f) => openZip(readFileSync(f), inflateRaw) !== null);
  expect(read.length).toBeGreaterThan(40);
});

const baseline = path.join(ROOT, "tests", "corpus", "files", "01-baseline.xlsx");

test("a package of stored (uncompressed) parts reads to the same grid", async () => {
  const zip = await JSZip.loadAsync(readFileSync(baseline));
  const stored = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
  expect(openZip(stored, inflateRaw)).not.toBeNull();
  const light = await outcome(gridFromXlsxLight(stored, "stored.xlsx", { inflateRaw }));
  expect(light).toEqual(await throughExcelJs(stored, "stored.xlsx"));
});

test("bytes before the package are left to JSZip, which still reads it", async () => {
  const bytes = Buffer.concat([Buffer.from("prefix"), readFileSync(baseline)]);
  expect(openZip(bytes, inflateRaw)).toBeNull();
  const light = await outcome(gridFromXlsxLight(bytes, "prefixed.xlsx", { inflateRaw }));
  expect(light).toEqual(await outcome(gridFromXlsxLight(bytes, "prefixed.xlsx")));
  expect("grid" in light).toBe(true);
});

test("a part that will not inflate is read again by JSZip, with JSZip's outcome", async () => {
  const bytes = readFileSync(baseline);
  const failing = (): Uint8Array => {
    throw new Error("invalid stored block lengths");
  };
  const light = await outcome(gridFromXlsxLight(bytes, "x.xlsx", { inflateRaw: failing }));
  expect(light).toEqual(await throughExcelJs(bytes, "x.xlsx"));
});

test("a file that is not a package is refused as before", async () => {
  const bytes = Buffer.from("Mã,Tên\nNV-1,Một\n");
  expect(openZip(bytes, inflateRaw)).toBeNull();
  const light = await outcome(gridFromXlsxLight(bytes, "x.xlsx", { inflateRaw }));
  expect(light).toEqual(await outcome(gridFromXlsxLight(bytes, "x.xlsx")));
  expect(light).toMatchObject({ reason: "not-xlsx" });
});
