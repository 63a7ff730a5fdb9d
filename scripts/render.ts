// npm run render -- <file.xlsx> [--out dir] [--all | --sheet NAME ...] [--locale vi-VN]
// LibreOffice prints the workbook to PDF, pdftoppm turns the pages into PNGs: what will be printed.
// By default only the sheets a refresh generated, each as its own print job (as a clerk prints the
// summary alone: its footer says "Trang 1/2", not "Trang 3/7"), in a Vietnamese locale (decimal comma).
// The LibreOffice runner here is also used by the tests (tests/helpers/libreoffice.ts) and the demo.
import { execFile, spawnSync } from "child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { basename, dirname, extname, join, resolve } from "path";
import { pathToFileURL } from "url";
import { sheetOfReference } from "../src/core/a1";
import { GENERATED_SHEET_MARKS } from "../src/core/generated";

/** True when the soffice and pdftoppm commands this file needs can run. */
export function hasCommand(command: string): boolean {
  const probe = spawnSync(command, command.startsWith("pdf") ? ["-v"] : ["--version"], {
    stdio: "ignore",
    timeout: 60_000,
  });
  return !probe.error;
}

// Calc settings for a private profile: recalculate every formula on load (0 = always), whatever
// the file's cached values say, for .xlsx (OOXML) and .ods (ODF) alike; and, when given, the locale
// numbers and dates are shown in (Tools > Options > Languages > Locale setting), e.g. "vi-VN" for
// "96,6%" and "1.983" from the formats "0.0%" and "#,##0".
function profileRegistry(locale: string | undefined): string {
  const localeItem = locale
    ? `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>\n`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
${localeItem}</oor:items>
`;
}

const profileDirs = new Map<string, string>();

/**
 * A private LibreOffice profile (one per process and locale) that always recalculates on load; without a
 * locale, LibreOffice takes the system's.
 */
export function recalcProfile(locale?: string): string {
  const key = locale ?? "";
  const known = profileDirs.get(key);
  if (known && existsSync(known)) return known;
  if (locale !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale))
    throw new Error(`not a locale: ${locale} (e.g. vi-VN, en-US)`);
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), profileRegistry(locale));
  profileDirs.set(key, dir);
  return dir;
}

// One LibreOffice at a time: in this process by a promise chain, across processes (jest workers)
// by a lock directory.
let queue: Promise<unknown> = Promise.resolve();
const LOCK_DIR = join(tmpdir(), "soffice-convert.lock");
const STALE_LOCK_MS = 5 * 60_000;

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK_DIR).mtimeMs > STALE_LOCK_MS)
          rmSync(LOCK_DIR, { recursive: true, force: true });
      } catch {
        // The holder released it meanwhile.
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(() => withLock(work));
  queue = run.catch(() => undefined);
  return run;
}

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${command} failed: ${error.message}\n${stderr}`));
        else resolvePromise(stdout);
      }
    );
  });
}

/**
 * Converts a file with LibreOffice (e.g. filter "pdf" or "xlsx:Calc MS Excel 2007 XML") into
 * `outDir`, with the recalculating profile (in `locale` when given); returns the written file's path.
 */
export function convertWithLibreOffice(
  inputPath: string,
  filter: string,
  outDir: string,
  locale?: string
): Promise<string> {
  return serial(async () => {
    mkdirSync(outDir, { recursive: true });
    const input = resolve(inputPath);
    await run(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(recalcProfile(locale)).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        filter,
        "--outdir",
        outDir,
        input,
      ],
      180_000
    );
    const extension = filter.split(":")[0];
    const output = join(outDir, `${basename(input, extname(input))}.${extension}`);
    if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${extension} for ${input}`);
    return output;
  });
}

export interface RenderOptions {
  /**
   * "generated" (the default): the sheets a refresh generated (the summary, the report's tables), each
   * printed as its own job, so each one's page numbers count its own pages; the whole workbook as one job
   * when it has none. "all": the whole workbook as one job. A list of names: those sheets, each alone.
   */
  sheets?: "generated" | "all" | string[];
  /** The locale LibreOffice prints numbers and dates in; "vi-VN" by default. */
  locale?: string;
}

export interface PrintJob {
  /** The sheet printed alone, or null for the whole workbook. */
  sheet: string | null;
  /** Pages it printed, in the order they appear in the PDF. */
  pages: number;
}

export interface Rendered {
  /** One PDF: the jobs' pages, one job after another. */
  pdf: string;
  pngs: string[];
  jobs: PrintJob[];
}

export const DEFAULT_RENDER_LOCALE = "vi-VN";

const xmlText = (x: string): string =>
  x
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The visible sheets a refresh generated, in workbook order, by the workbook-level names marking them. */
export function generatedSheetsOf(workbookXml: string): string[] {
  const marked = new Set<string>();
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    if (!name || !(GENERATED_SHEET_MARKS as readonly string[]).includes(name)) continue;
    const sheet = sheetOfReference(xmlText(m[2]));
    if (sheet !== null) marked.add(sheet.normalize("NFC"));
  }
  return sheetElements(workbookXml)
    .filter((s) => !s.hidden && marked.has(s.name.normalize("NFC")))
    .map((s) => s.name);
}

function sheetElements(workbookXml: string): { tag: string; name: string; hidden: boolean }[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*?\/?>/g)].map((m) => ({
    tag: m[0],
    name: xmlText(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ""),
    hidden: /\bstate="(hidden|veryHidden)"/.test(m[0]),
  }));
}

/**
 * The workbook XML with every sheet but `sheet` hidden, without a print area, and `sheet` active:
 * LibreOffice prints no hidden sheet (unless it has a print area), so the copy prints that sheet alone,
 * as its own job, with every formula still computed.
 */
export function onlySheetVisible(workbookXml: string, sheet: string): string {
  const sheets = sheetElements(workbookXml);
  const index = sheets.findIndex((s) => s.name === sheet);
  if (index < 0) throw new Error(`no sheet named ${sheet}`);
  let xml = workbookXml;
  for (const [i, s] of sheets.entries()) {
    const bare = s.tag.replace(/\s+state="[^"]*"/, "");
    const tag =
      i === index ? bare : s.hidden ? s.tag : bare.replace(/^<sheet\b/, '<sheet state="hidden"');
    xml = xml.replace(s.tag, tag);
  }
  xml = xml.replace(
    /<definedName\b([^>]*)>[^<]*<\/definedName>/g,
    (defined, attributes: string) => {
      const printArea = /\bname="_xlnm\.Print_Area"/.test(attributes);
      const local = /\blocalSheetId="(\d+)"/.exec(attributes);
      return printArea && local && Number(local[1]) !== index ? "" : defined;
    }
  );
  if (/<workbookView\b/.test(xml))
    return xml.replace(/<workbookView\b[^>]*?(\/?)>/, (view, close: string) => {
      const rest = view
        .replace(/^<workbookView\b/, "")
        .replace(/\/?>$/, "")
        .replace(/\s+(activeTab|firstSheet)="[^"]*"/g, "");
      return `<workbookView${rest} activeTab="${index}"${close}>`;
    });
  return xml.replace(
    /<sheets>/,
    `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`
  );
}

/**
 * Prints a workbook to PDF with LibreOffice and rasterises each page to a PNG at 80 dpi: by default each
 * generated sheet as its own job, in vi-VN (see RenderOptions).
 */
export async function renderWorkbook(
  xlsxPath: string,
  outDir: string,
  options: RenderOptions = {}
): Promise<Rendered> {
  const locale = options.locale ?? DEFAULT_RENDER_LOCALE;
  const stem = basename(xlsxPath, extname(xlsxPath));
  mkdirSync(outDir, { recursive: true });
  const zip = await JSZip.loadAsync(readFileSync(xlsxPath));
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const sheets =
    options.sheets === "all"
      ? []
      : Array.isArray(options.sheets)
        ? options.sheets
        : generatedSheetsOf(workbookXml);
  const scratch = mkdtempSync(join(tmpdir(), "lo-render-jobs-"));
  const jobs: PrintJob[] = [];
  const pdfs: string[] = [];
  try {
    if (sheets.length === 0) {
      pdfs.push(await convertWithLibreOffice(xlsxPath, "pdf", scratch, locale));
      jobs.push({ sheet: null, pages: 0 });
    }
    for (const [i, sheet] of sheets.entries()) {
      zip.file("xl/workbook.xml", onlySheetVisible(workbookXml, sheet));
      const copy = join(scratch, `${i + 1}.xlsx`);
      writeFileSync(copy, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
      pdfs.push(await convertWithLibreOffice(copy, "pdf", scratch, locale));
      jobs.push({ sheet, pages: 0 });
    }
    for (const [i, pdf] of pdfs.entries()) jobs[i].pages = await pageCount(pdf);
    const pdf = join(outDir, `${stem}.pdf`);
    if (pdfs.length === 1) copyFileSync(pdfs[0], pdf);
    else await run("pdfunite", [...pdfs, pdf], 120_000);
    for (const old of readdirSync(outDir)) {
      if (old.startsWith(`${stem}-`) && old.endsWith(".png")) rmSync(join(outDir, old));
    }
    await run("pdftoppm", ["-png", "-r", "80", pdf, join(outDir, stem)], 120_000);
    const pngs = readdirSync(outDir)
      .filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".png"))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
      .map((f) => join(outDir, f));
    return { pdf, pngs, jobs };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function pageCount(pdf: string): Promise<number> {
  const info = await run("pdfinfo", [pdf], 60_000);
  const pages = /^Pages:\s+(\d+)/m.exec(info);
  if (!pages) throw new Error(`pdfinfo read no page count from ${pdf}`);
  return Number(pages[1]);
}

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const outIndex = args.indexOf("--out");
  const outArg = outIndex >= 0 ? args.splice(outIndex, 2)[1] : undefined;
  const localeIndex = args.indexOf("--locale");
  const locale = localeIndex >= 0 ? args.splice(localeIndex, 2)[1] : undefined;
  const named: string[] = [];
  for (let i = args.indexOf("--sheet"); i >= 0; i = args.indexOf("--sheet"))
    named.push(...args.splice(i, 2).slice(1));
  const all = args.includes("--all");
  const file = args.find((a) => !a.startsWith("-"));
  const known = args.every((a) => a === file || a === "--all");
  if (!file || !known || (outIndex >= 0 && !outArg) || (localeIndex >= 0 && !locale)) {
    console.error(
      "usage: npm run render -- <file.xlsx> [--out dir] [--all | --sheet NAME ...] [--locale vi-VN]"
    );
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`render: no such file: ${file}`);
    return 1;
  }
  if (!hasCommand("soffice")) {
    console.error(
      "render: LibreOffice (soffice) is not installed; install libreoffice-calc-nogui to render."
    );
    return 1;
  }
  for (const command of ["pdftoppm", "pdfunite", "pdfinfo"]) {
    if (!hasCommand(command)) {
      console.error(`render: ${command} is not installed; install poppler-utils to render.`);
      return 1;
    }
  }
  const outDir = resolve(outArg ?? join(dirname(file), `${basename(file, extname(file))}-pages`));
  const { pdf, pngs, jobs } = await renderWorkbook(file, outDir, {
    sheets: all ? "all" : named.length > 0 ? named : "generated",
    ...(locale ? { locale } : {}),
  });
  for (const job of jobs)
    console.log(
      job.sheet === null
        ? `The whole workbook${all ? "" : " (no sheet a refresh generated)"}: ${job.pages} page(s)`
        : `${job.sheet}: ${job.pages} page(s), printed alone`
    );
  console.log(`PDF: ${pdf}`);
  console.log(`${pngs.length} page(s):`);
  for (const png of pngs) console.log(`  ${png}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`render: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  );
}
