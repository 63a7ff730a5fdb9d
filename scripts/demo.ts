// npm run demo: the CLI on the bundled seed sample at its report date (the review meeting of 06/11/2020):
// prints the findings and the rollup, writes the refreshed workbook to out/, and renders its printed pages
// to PNG when LibreOffice is installed.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import path from "path";
import { main } from "../src/cli/main";
import type { Lang } from "../src/core/model";
import { t } from "../src/i18n";
import { SEED_FILE, SEED_REPORT_ISO } from "../samples/source";

const root = path.resolve(__dirname, "..");
// The demo speaks the CLI's default language; DEMO_LANG=en for English.
const lang: Lang = process.env.DEMO_LANG === "en" ? "en" : "vi";

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
  const argv = ["refresh", input, "--as-of", SEED_REPORT_ISO, "-o", output, "--lang", lang];
  process.stdout.write(`$ npm run --silent cli -- ${argv.join(" ")}\n\n`);
  const code = await main(argv);
  if (code === 2) return code;

  const renderScript = path.join(root, "scripts", "render.ts");
  if (!existsSync(renderScript) || !hasSoffice()) {
    process.stdout.write(`\n${t(lang, "demo.noLibreOffice")}\n`);
  } else {
    const { renderWorkbook } = (await import(renderScript)) as typeof import("./render");
    const pagesDir = path.join(outDir, "pages");
    const { pdf, pngs } = await renderWorkbook(output, pagesDir);
    process.stdout.write(
      `\n${t(lang, "demo.pages", { pdf: path.relative(process.cwd(), pdf) })}\n`
    );
    for (const png of pngs) process.stdout.write(`  ${path.relative(process.cwd(), png)}\n`);
  }
  process.stdout.write(
    `\n${t(lang, "demo.mid", { command: "npm run --silent cli -- refresh samples/giua-ky-2018.xlsx" })}\n`
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
