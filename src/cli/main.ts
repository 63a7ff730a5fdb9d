// The command line over the core: npm run --silent cli -- refresh <workbook.xlsx> [--as-of dd/mm/yyyy]
// [--lang vi|en] [--json] [-o out.xlsx], and template [--with-sample] -o new.xlsx. Exit 0 without error
// findings, 1 with some, 2 when the file cannot be read or written or the arguments are wrong: one line on
// stderr from the catalogue that says what is wrong and what to do, never a library's or the system's text.
import { analyse, type Analysis } from "../core/analyse";
import { serialFromLocalDate } from "../core/dates";
import type { WorkbookGrid } from "../core/grid";
import type { Lang } from "../core/model";
import { reportDateChange } from "../core/settings";
import { t } from "../i18n";
import { ArgError, parseArgs, type RefreshArgs, type TemplateArgs } from "./args";
import { runMerge } from "./merge-command";
import { runShare } from "./share-command";
import { runImport } from "./import-command";
import { jsonReport, textReport } from "./report";
import { WouldLoseContentError } from "../xlsx/preserve";
import { AddinError } from "../core/errors";
import {
  errorLine,
  oneLine,
  openWorkbook,
  processIo,
  refuseExistingOutput,
  writeRefusal,
  type CliIo,
} from "./io";

export type { CliIo } from "./io";
export { errorLine, readRefusal, writeRefusal } from "./io";

/** Neither input sheet was found: nothing to summarise, so -o writes nothing and points at the template. */
/** The names of the missing input sheets when the workbook has neither (the core's one finding says so). */
function missingInputSheets(analysis: Analysis): { areas: string; tasks: string } | null {
  const none = analysis.findings.find((f) => f.code === "no-input-sheets");
  if (none && none.code === "no-input-sheets") return none.params;
  const missing = analysis.findings.filter((f) => f.code === "missing-sheet").map((f) => f.sheet);
  return missing.length >= 2 ? { areas: missing[0], tasks: missing[1] } : null;
}

async function template(args: TemplateArgs, io: CliIo): Promise<number> {
  const { lang, output } = args;
  await refuseExistingOutput(output);
  try {
    const { writeTemplate } = await import("../xlsx/template-write");
    const { sheets } = await writeTemplate(output, args.withSample, lang);
    io.stdout(
      `${t(lang, "cli.template.written", { file: output, sheets: sheets.map((s) => `"${s}"`).join(", ") })}\n`
    );
    return 0;
  } catch (err) {
    throw writeRefusal((err as NodeJS.ErrnoException).code, output);
  }
}

/**
 * `--as-of D -o` records D in the workbook's own settings sheet, as the pane does, so the next refresh
 * does not silently return to the old date (a workbook without one gets the add-in's, holding D).
 */
async function recordReportDate(
  bytes: Buffer,
  grid: WorkbookGrid,
  asOf: number | undefined
): Promise<Buffer> {
  const change = asOf === undefined ? null : reportDateChange(t, grid, asOf);
  if (!change) return bytes;
  const { patchCells } = await import("./package-cells");
  // Written as a completion date is: a number taking a date style, every other byte kept.
  return patchCells(bytes, [{ ...change, field: "completedOn", to: asOf! }]);
}

async function refresh(args: RefreshArgs, io: CliIo): Promise<number> {
  const { lang } = args;
  const input = await openWorkbook(args.file);
  const { grid } = input;
  const today = io.today ?? serialFromLocalDate(new Date());
  const analysis = analyse(grid, { t, today, reportDate: args.asOf, lang, report: args.report });
  const missing = args.output ? missingInputSheets(analysis) : null;
  const writeNothing = missing !== null;
  if (missing) {
    io.stderr(errorLine(lang, "cli.refuse.noInputSheets", { file: args.file, ...missing }));
  } else if (args.output) {
    try {
      // Loaded only when writing: reading and checking need none of the package code.
      const { writeRefreshed } = await import("./xlsx-file");
      const bytes = await recordReportDate(input.bytes, grid, args.asOf);
      await writeRefreshed({ file: args.file, bytes }, analysis.plan, args.output);
    } catch (err) {
      if (err instanceof WouldLoseContentError) {
        const what = err.losses
          .map((l) => t(lang, `cli.lose.${l.kind}`, { sheet: l.sheet ?? "" }))
          .join(", ");
        io.stderr(errorLine(lang, "cli.error.wouldLose", { file: args.output, what }));
        return 2;
      }
      const refusal = writeRefusal((err as NodeJS.ErrnoException).code, args.output);
      io.stderr(errorLine(lang, refusal.key, refusal.params));
      return 2;
    }
  }
  if (args.json) {
    const text = analysis.report?.paragraph ?? null;
    const paragraph = text !== null ? { paragraph: text } : {};
    io.stdout(`${JSON.stringify({ ...jsonReport(analysis, lang), ...paragraph })}\n`);
  } else {
    const lines = textReport(analysis, lang, args.file);
    const text = analysis.report?.paragraph ?? null;
    if (text !== null) lines.push("", t(lang, "cli.reportParagraph"), text);
    if (args.output && !writeNothing)
      lines.push("", t(lang, "cli.written", { sheet: analysis.summarySheet, file: args.output }));
    io.stdout(`${lines.join("\n")}\n`);
  }
  return analysis.findings.some((f) => f.severity === "error") ? 1 : 0;
}

/** Runs the CLI and returns its exit status; never throws. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let lang: Lang = "vi";
  try {
    lang = argv.includes("en") && argv.some((a) => a.startsWith("--lang")) ? "en" : "vi";
    if (argv[0] === "merge") return await runMerge(argv.slice(1), io);
    if (argv[0] === "share") return await runShare(argv.slice(1), io);
    if (argv[0] === "import") return await runImport(argv.slice(1), io);
    const args = parseArgs(argv);
    lang = args.lang;
    if (args.command === "help") {
      io.stdout(`${t(lang, "cli.usage")}\n`);
      return 0;
    }
    if (args.command === "template") return await template(args, io);
    return await refresh(args, io);
  } catch (err) {
    if (err instanceof ArgError) {
      io.stderr(errorLine(err.lang, err.key, err.params));
    } else if (err instanceof AddinError) {
      // A refusal, a file the reader cannot read, a sheet the writer will not overwrite: its own line.
      io.stderr(errorLine(lang, err.key, err.params));
    } else {
      const detail = err instanceof Error ? err.message : String(err);
      io.stderr(`${t(lang, "cli.error.prefix")}: ${oneLine(detail)}\n`);
    }
    return 2;
  }
}

if (require.main === module) {
  // A reader that stops early (| head) closes the pipe: stop quietly rather than print a stack trace.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
