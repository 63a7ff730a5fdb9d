// The CLI's file I/O around the .xlsx reader and writer in src/xlsx, which take and give bytes: read
// a file once (its bytes and the workbook loaded from them), write the refreshed package.
import { promises as fs } from "fs";
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import type { WorkbookGrid } from "../core/grid";
import type { WorkbookPlan } from "../core/plan";
import { gridFromWorkbook, loadXlsx, XlsxReadError } from "../xlsx/read";

/** A file's bytes; throws XlsxReadError when it cannot be read. */
export async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new XlsxReadError(file, "not-found", "");
    if (code === "EISDIR") throw new XlsxReadError(file, "is-directory", "");
    throw new XlsxReadError(file, "unreadable", code ?? String(err));
  }
}

/** The file's bytes and the workbook loaded from them: the CLI reads once and writes from both. */
async function readXlsxFile(file: string): Promise<{ bytes: Buffer; workbook: ExcelJS.Workbook }> {
  const bytes = await readBytes(file);
  return { bytes, workbook: await loadXlsx(bytes, file) };
}

/** The workbook in a file, loaded by ExcelJS. */
export async function readExcelJsFile(file: string): Promise<ExcelJS.Workbook> {
  return (await readXlsxFile(file)).workbook;
}

/** Reads an .xlsx file into the grid the core takes; throws XlsxReadError when it is not a readable workbook. */
export async function readXlsxGrid(file: string): Promise<WorkbookGrid> {
  return gridFromWorkbook(await readExcelJsFile(file));
}

/**
 * Refuses, before anything is written, a package holding something the writer cannot keep (macros,
 * pivot tables, slicers, timelines, chart sheets): WouldLoseContentError names them.
 */
export async function refuseContentAtRisk(file: string, pkg: Uint8Array | JSZip): Promise<void> {
  // Loaded only when writing: reading and checking need none of the package code.
  const { contentAtRisk, WouldLoseContentError } = await import("../xlsx/preserve");
  const losses = await contentAtRisk(pkg);
  if (losses.length > 0) throw new WouldLoseContentError(file, losses);
}

/**
 * Writes the refreshed workbook from an input already read (its bytes are all the writer needs; or the
 * package already loaded from them and patched, which is then written from and changed).
 * Refuses, writing nothing, where the package holds something the writer cannot keep.
 */
export async function writeRefreshed(
  input: { file: string; bytes: Uint8Array; zip?: JSZip },
  plan: WorkbookPlan,
  outputPath: string
): Promise<void> {
  const pkg = input.zip ?? input.bytes;
  await refuseContentAtRisk(input.file, pkg);
  const { refreshPackage } = await import("../xlsx/write");
  await fs.writeFile(outputPath, await refreshPackage(pkg, plan));
}

/** Reads `inputPath`, applies the plan and writes `outputPath` (which may be the input). */
export async function writeRefreshedWorkbook(
  inputPath: string,
  plan: WorkbookPlan,
  outputPath: string
): Promise<void> {
  await writeRefreshed({ file: inputPath, bytes: await readBytes(inputPath) }, plan, outputPath);
}
