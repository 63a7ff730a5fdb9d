// The command line over the core: npm run --silent cli -- refresh <workbook.xlsx> [--as-of dd/mm/yyyy]
// [--lang vi|en] [--json] [-o out.xlsx], and template [--with-sample] -o new.xlsx. Exit 0 without error
// findings, 1 with some, 2 when the file cannot be read or written or the arguments are wrong: one line on
// stderr from the catalogue that says what is wrong and what to do, never a library's or the system's text.
import { inputSheetsMissing } from "../app/setup";
import { refresh as refreshWorkbook } from "../app/use-cases";
import { serialFromLocalDate } from "../core/dates";
import type { Lang } from "../core/model";
import { t } from "../i18n";
import { ArgError, earlyLang, parseArgs, type RefreshArgs, type TemplateArgs } from "./args";
import { runMerge } from "./merge-command";
import { runShare } from "./share-command";
import { runImport } from "./import-command";
import { jsonReport, textReport } from "./report";
import { XlsxFileHost } from "./xlsx-host";
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

/** A write the file host refused, as its one line on stderr (exit 2). */
function writeFailureLine(error: unknown, output: string, lang: Lang): string {
  if (error instanceof WouldLoseContentError) {
    const what = error.losses
      .map((l) => t(lang, `cli.lose.${l.kind}`, { sheet: l.sheet ?? "" }))
      .join(", ");
    return errorLine(lang, "cli.error.wouldLose", { file: output, what });
  }
  const refusal = writeRefusal((error as NodeJS.ErrnoException).code, output);
  return errorLine(lang, refusal.key, refusal.params);
}

/**
 * The refresh use-case over the file host, as the pane runs it over Office. With -o the host writes
 * the output file; `--as-of D -o` also records D in the workbook's own settings sheet, as the pane
 * does, so the next refresh does not silently return to the old date (a workbook without one gets
 * the add-in's, holding D).
 */
async function refresh(args: RefreshArgs, io: CliIo): Promise<number> {
  const { lang, output } = args;
  const input = await openWorkbook(args.file);
  const host = new XlsxFileHost({ ...input, file: args.file }, output ?? null);
  const result = await refreshWorkbook(host, {
    lang,
    today: io.today ?? serialFromLocalDate(new Date()),
    ...(args.asOf !== undefined ? { reportDate: args.asOf } : {}),
    report: args.report,
    write: output !== undefined,
    recordReportDate: true,
  });
  if (result.failure?.step === "read") throw result.failure.error;
  if (result.failure) {
    io.stderr(writeFailureLine(result.failure.error, output!, lang));
    return 2;
  }
  const missing = output ? inputSheetsMissing(result.findings) : null;
  if (missing)
    io.stderr(errorLine(lang, "cli.refuse.noInputSheets", { file: args.file, ...missing }));
  const paragraph = result.report?.paragraph ?? null;
  if (args.json) {
    const extra = paragraph !== null ? { paragraph } : {};
    io.stdout(`${JSON.stringify({ ...jsonReport(result, lang), ...extra })}\n`);
  } else {
    const lines = textReport(result, lang, args.file);
    if (paragraph !== null) lines.push("", t(lang, "cli.reportParagraph"), paragraph);
    if (output && !missing)
      lines.push("", t(lang, "cli.written", { sheet: result.summarySheet, file: output }));
    io.stdout(`${lines.join("\n")}\n`);
  }
  return result.errorCount > 0 ? 1 : 0;
}

/** Runs the CLI and returns its exit status; never throws. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let lang: Lang = "vi";
  try {
    lang = earlyLang(argv);
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
