// npm run demo: the CLI on the bundled seed sample at its report date (the review meeting of 06/11/2020):
// prints the findings and the rollup, writes the refreshed workbook to out/, and renders its printed pages
// to PNG when LibreOffice is installed.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import path from "path";
import { main } from "../src/cli/main";
import { SEED_FILE, SEED_REPORT_ISO } from "../samples/source";

const root = path.resolve(__dirname, "..");

function hasSoffice(): boolean {
  return !spawnSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 }).error;
}

async function demo(): Promise<number> {
  const input = path.relative(process.cwd(), path.join(root, "samples", SEED_FILE)) || SEED_FILE;
  const outDir = path.join(root, "out");
  mkdirSync(outDir, { recursive: true });
  const output = path.relative(
    process.cwd(),
    path.join(outDir, SEED_FILE.replace(/\.xlsx$/, "-tong-hop.xlsx"))
  );
  const argv = ["refresh", input, "--as-of", SEED_REPORT_ISO, "-o", output];
  process.stdout.write(`$ npm run --silent cli -- ${argv.join(" ")}\n\n`);
  const code = await main(argv);
  if (code === 2) return code;

  const renderScript = path.join(root, "scripts", "render.ts");
  if (!existsSync(renderScript)) {
    process.stdout.write("\n(scripts/render.ts is not there yet: no PNG pages.)\n");
  } else if (!hasSoffice()) {
    process.stdout.write(
      "\n(LibreOffice is not installed: no PNG pages. Install libreoffice-calc-nogui to get them.)\n"
    );
  } else {
    const { renderWorkbook } = (await import(renderScript)) as typeof import("./render");
    const pagesDir = path.join(outDir, "pages");
    const { pdf, pngs } = await renderWorkbook(output, pagesDir);
    process.stdout.write(`\nPrinted pages (LibreOffice): ${path.relative(process.cwd(), pdf)}\n`);
    for (const png of pngs) process.stdout.write(`  ${path.relative(process.cwd(), png)}\n`);
  }
  process.stdout.write(
    `\nThe mid-programme sample (30/06/2018, overdue and due-soon tasks): npm run --silent cli -- refresh samples/giua-ky-2018.xlsx\n`
  );
  return code;
}

demo().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`demo: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
);
