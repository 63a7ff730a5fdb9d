// The CLI's terminal and the opening its commands share: where output goes (CliIo), the one-line
// refusals (a catalogue key and its parameters, in the user's language, never a library's text), and
// the workbook read once with every kind of unreadable file named for what it is.
import { promises as fs } from "fs";
import { dirname } from "path";
import { inflateRawSync } from "zlib";
import type ExcelJS from "exceljs";
import { AddinError } from "../core/errors";
import type { WorkbookGrid } from "../core/grid";
import type { Lang } from "../core/model";
import { t, type MessageKey } from "../i18n";
import { gridFromWorkbook, loadXlsx, XlsxReadError } from "../xlsx/read";
import { gridFromXlsxLight, type LightReadOptions } from "../xlsx/grid-read";
import { sniffFileKind, type FileKind } from "../xlsx/sniff";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today as an Excel serial (tests pin it); defaults to the local date. */
  today?: number;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** One line, whatever the error carried (library messages may hold newlines). */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

export function errorLine(lang: Lang, key: MessageKey, params: Record<string, string>): string {
  return `${t(lang, "cli.error.prefix")}: ${oneLine(t(lang, key, params))}\n`;
}

/** A refusal: a catalogue key and its parameters (the file, a folder), printed as one line, exit 2. */
class Refusal extends AddinError {
  override readonly name = "Refusal";

  constructor(
    readonly key: MessageKey,
    params: Record<string, string>
  ) {
    super(`Refused: ${key}`, params);
  }
}

/** What a file that is not an .xlsx is, as the refusal that says so. */
const KIND_REFUSAL: Record<Exclude<FileKind, "xlsx">, MessageKey> = {
  xlsb: "cli.refuse.xlsb",
  ods: "cli.refuse.ods",
  zip: "cli.refuse.zip",
  encrypted: "cli.refuse.encrypted",
  xls: "cli.refuse.xls",
  ole: "cli.refuse.ole",
  html: "cli.refuse.html",
  xml: "cli.refuse.xml",
  text: "cli.refuse.text",
  empty: "cli.refuse.empty",
  unknown: "cli.refuse.unknown",
};

/** A system error code on reading, as a refusal. */
export function readRefusal(code: string | undefined, file: string): Refusal {
  if (code === "ENOENT") return new Refusal("cli.refuse.notFound", { file });
  if (code === "EISDIR") return new Refusal("cli.refuse.isDirectory", { file });
  if (code === "EACCES" || code === "EPERM") return new Refusal("cli.refuse.readDenied", { file });
  return new Refusal("cli.refuse.readFailed", { file });
}

/** A system error code on writing, as a refusal. */
export function writeRefusal(code: string | undefined, file: string): Refusal {
  const dir = dirname(file);
  if (code === "ENOENT" || code === "ENOTDIR")
    return new Refusal("cli.refuse.noFolder", { file, dir });
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return new Refusal("cli.refuse.writeDenied", { file });
  if (code === "EISDIR") return new Refusal("cli.refuse.outputIsFolder", { file });
  if (code === "EBUSY" || code === "ETXTBSY") return new Refusal("cli.refuse.outputBusy", { file });
  if (code === "ENOSPC" || code === "EDQUOT") return new Refusal("cli.refuse.diskFull", { file });
  if (code === "EEXIST") return new Refusal("cli.refuse.outputExists", { file });
  return new Refusal("cli.refuse.writeFailed", { file });
}

/**
 * The opening every command shares: the workbook's bytes, what they are (refused, in one line that
 * says what to do, unless an .xlsx: an .xls, .ods, encrypted or HTML file is named as such), then
 * ExcelJS's model and the grid the core takes.
 */
/** A file's bytes, refused in one line when it cannot be read or is not an .xlsx by its bytes. */
async function readChecked(file: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw readRefusal((err as NodeJS.ErrnoException).code, file);
  }
  const kind = sniffFileKind(bytes);
  if (kind !== "xlsx") throw new Refusal(KIND_REFUSAL[kind], { file });
  return bytes;
}

export async function openWorkbook(file: string): Promise<OpenedWorkbook> {
  const bytes = await readChecked(file);
  try {
    const workbook = await loadXlsx(bytes, file);
    return { bytes, workbook, grid: gridFromWorkbook(workbook) };
  } catch (err) {
    if (err instanceof XlsxReadError) throw new Refusal("cli.refuse.damaged", { file });
    throw err;
  }
}

/** The light reader's options in node: zlib's native inflate for the parts it reads. */
export const NODE_LIGHT_READ: LightReadOptions = { inflateRaw: (data) => inflateRawSync(data) };

/**
 * The same opening, for a command that needs only the grid (merge): the light reader, which reads the
 * cells straight from the package without building ExcelJS's model (src/xlsx/grid-read.ts).
 */
export async function openWorkbookGrid(
  file: string
): Promise<{ bytes: Buffer; grid: WorkbookGrid }> {
  const bytes = await readChecked(file);
  try {
    return { bytes, grid: await gridFromXlsxLight(bytes, file, NODE_LIGHT_READ) };
  } catch (err) {
    if (err instanceof XlsxReadError) throw new Refusal("cli.refuse.damaged", { file });
    throw err;
  }
}

export interface OpenedWorkbook {
  /** The file's bytes: what the writer patches, every part it does not own kept. */
  bytes: Buffer;
  workbook: ExcelJS.Workbook;
  grid: WorkbookGrid;
}

/** A new file (a template, an import) never replaces one that exists: refused before anything is written. */
export async function refuseExistingOutput(file: string): Promise<void> {
  const exists = await fs.stat(file).then(
    () => true,
    () => false
  );
  if (exists) throw new Refusal("cli.refuse.outputExists", { file });
}
