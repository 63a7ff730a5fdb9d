// npm run render -- <file.xlsx> [--out dir]
// LibreOffice prints the workbook to PDF, pdftoppm turns the pages into PNGs: what will be printed.
// The LibreOffice runner here is also used by the tests (tests/helpers/libreoffice.ts) and the demo.
import { execFile, spawnSync } from "child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { basename, dirname, extname, join, resolve } from "path";
import { pathToFileURL } from "url";

/** True when the soffice and pdftoppm commands this file needs can run. */
export function hasCommand(command: string): boolean {
  const probe = spawnSync(command, command === "pdftoppm" ? ["-v"] : ["--version"], {
    stdio: "ignore",
    timeout: 60_000,
  });
  return !probe.error;
}

// Calc settings for a private profile: recalculate every formula on load (0 = always), whatever
// the file's cached values say, for .xlsx (OOXML) and .ods (ODF) alike.
const RECALC_REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profileDir: string | null = null;

/** A private LibreOffice profile (one per process) that always recalculates on load. */
export function recalcProfile(): string {
  if (profileDir && existsSync(profileDir)) return profileDir;
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), RECALC_REGISTRY);
  profileDir = dir;
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
 * `outDir`, with the recalculating profile; returns the written file's path.
 */
export function convertWithLibreOffice(
  inputPath: string,
  filter: string,
  outDir: string
): Promise<string> {
  return serial(async () => {
    mkdirSync(outDir, { recursive: true });
    const input = resolve(inputPath);
    await run(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(recalcProfile()).href}`,
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

export interface Rendered {
  pdf: string;
  pngs: string[];
}

/** Prints a workbook to PDF with LibreOffice and rasterises each page to a PNG at 80 dpi. */
export async function renderWorkbook(xlsxPath: string, outDir: string): Promise<Rendered> {
  const pdf = await convertWithLibreOffice(xlsxPath, "pdf", outDir);
  const stem = basename(pdf, ".pdf");
  for (const old of readdirSync(outDir)) {
    if (old.startsWith(`${stem}-`) && old.endsWith(".png")) rmSync(join(outDir, old));
  }
  await run("pdftoppm", ["-png", "-r", "80", pdf, join(outDir, stem)], 120_000);
  const pngs = readdirSync(outDir)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".png"))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
    .map((f) => join(outDir, f));
  return { pdf, pngs };
}

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const outIndex = args.indexOf("--out");
  const outArg = outIndex >= 0 ? args.splice(outIndex, 2)[1] : undefined;
  const file = args.find((a) => !a.startsWith("-"));
  if (!file || (outIndex >= 0 && !outArg)) {
    console.error("usage: npm run render -- <file.xlsx> [--out dir]");
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
  if (!hasCommand("pdftoppm")) {
    console.error("render: pdftoppm is not installed; install poppler-utils to render.");
    return 1;
  }
  const outDir = resolve(outArg ?? join(dirname(file), `${basename(file, extname(file))}-pages`));
  const { pdf, pngs } = await renderWorkbook(file, outDir);
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
