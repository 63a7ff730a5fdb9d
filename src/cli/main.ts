// The command line over the core: npm run --silent cli -- refresh <workbook.xlsx> [--as-of YYYY-MM-DD]
// [--lang vi|en] [--json] [-o out.xlsx]. Exit 0 without error findings, 1 with some, 2 when the file cannot
// be read or written or the arguments are wrong (one line on stderr, never a stack trace).
import { analyse } from "../core/analyse";
import { serialFromLocalDate } from "../core/dates";
import type { Lang } from "../core/model";
import { t, type MessageKey } from "../i18n";
import { ArgError, parseArgs, type RefreshArgs } from "./args";
import { jsonReport, textReport } from "./report";
import { WouldLoseContentError } from "../xlsx/preserve";
import { gridFromWorkbook, XlsxReadError } from "../xlsx/read";
import { readXlsxFile } from "./xlsx-file";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today as an Excel serial (tests pin it); defaults to the local date. */
  today?: number;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** One line, whatever the error carried (library messages may hold newlines). */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

function errorLine(lang: Lang, key: MessageKey, params: Record<string, string>): string {
  return `${t(lang, "cli.error.prefix")}: ${oneLine(t(lang, key, params))}\n`;
}

async function refresh(args: RefreshArgs, io: CliIo): Promise<number> {
  const { lang } = args;
  const input = await readXlsxFile(args.file);
  const grid = gridFromWorkbook(input.workbook);
  const today = io.today ?? serialFromLocalDate(new Date());
  const analysis = analyse(grid, { today, reportDate: args.asOf, lang });
  if (args.output) {
    try {
      // Loaded only when writing: reading and checking need none of the package code.
      const { writeRefreshed } = await import("./xlsx-file");
      await writeRefreshed({ file: args.file, ...input }, analysis.plan, args.output);
    } catch (err) {
      if (err instanceof WouldLoseContentError) {
        const what = err.losses
          .map((l) => t(lang, `cli.lose.${l.kind}` as MessageKey, { sheet: l.sheet ?? "" }))
          .join(", ");
        io.stderr(errorLine(lang, "cli.error.wouldLose", { file: args.output, what }));
        return 2;
      }
      const detail =
        (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
      io.stderr(errorLine(lang, "cli.error.write", { file: args.output, detail }));
      return 2;
    }
  }
  if (args.json) {
    io.stdout(`${JSON.stringify(jsonReport(analysis, lang))}\n`);
  } else {
    const lines = textReport(analysis, lang, args.file);
    if (args.output)
      lines.push("", t(lang, "cli.written", { sheet: analysis.summarySheet, file: args.output }));
    io.stdout(`${lines.join("\n")}\n`);
  }
  return analysis.findings.some((f) => f.severity === "error") ? 1 : 0;
}

/** Runs the CLI and returns its exit status; never throws. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let lang: Lang = "vi";
  try {
    const args = parseArgs(argv);
    lang = args.lang;
    if (args.command === "help") {
      io.stdout(`${t(lang, "cli.usage")}\n`);
      return 0;
    }
    return await refresh(args, io);
  } catch (err) {
    if (err instanceof ArgError) {
      io.stderr(errorLine(err.lang, err.key, err.params));
    } else if (err instanceof XlsxReadError) {
      io.stderr(
        errorLine(lang, `cli.error.read.${err.reason}`, { file: err.file, detail: err.detail })
      );
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
