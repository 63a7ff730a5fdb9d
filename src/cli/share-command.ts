// CLI `share`: npm run --silent cli -- share <master.xlsx> [--by lead|unit] [--as-of YYYY-MM-DD]
// [--lang vi|en] -o <dir>. Writes one .xlsx per office: the whole workbook with the summary refreshed
// and live, the office's tasks highlighted and the tasks sheet filtered to them (clear the filter to
// see all), the hidden snapshot sheet the merge compares against, and the tasks sheet protected
// without a password so that only the update cells of the office's tasks can be edited. Protection
// prevents slips; it does not stop a determined user.
import { mkdir, writeFile } from "fs/promises";
import { join } from "path";
import { serialFromLocalDate } from "../core/dates";
import type { Lang } from "../core/model";
import type { ShareBy } from "../core/share";
import { count, t } from "../i18n";
import { ArgError, parseCommandArgs } from "./args";
import { buildSharedCopies } from "../xlsx/share-copies";
import { openWorkbook, type CliIo } from "./io";

export interface ShareArgs {
  master: string;
  by: ShareBy;
  output: string;
  asOf?: number;
  lang: Lang;
}

const SHARE_OPTIONS = {
  by: { type: "string" },
  "as-of": { type: "string" },
  output: { type: "string", short: "o" },
} as const;

/** The share's arguments through the commands' shared opening; wrong ones throw ArgError. */
function parseShareArgs(argv: string[]): ShareArgs {
  const { values, positionals, lang, asOf } = parseCommandArgs(argv, SHARE_OPTIONS);
  const [master, ...rest] = positionals;
  if (master === undefined) throw new ArgError("cli.error.noFile", {}, lang);
  if (rest.length > 0) throw new ArgError("cli.error.extraArgument", { arg: rest[0] }, lang);
  if (typeof values.output !== "string") throw new ArgError("share.cli.noOutput", {}, lang);
  const by = values.by ?? "lead";
  if (by !== "lead" && by !== "unit")
    throw new ArgError("share.cli.badBy", { value: String(by) }, lang);
  const args: ShareArgs = { master, by, output: values.output, lang };
  if (asOf !== undefined) args.asOf = asOf;
  return args;
}

export async function runShare(argv: string[], io: CliIo): Promise<number> {
  const args = parseShareArgs(argv);
  const { lang } = args;
  const today = io.today ?? serialFromLocalDate(new Date());
  // Opened as every command opens a workbook: a file that is not one is refused in one line.
  const input = await openWorkbook(args.master);
  // The same builder as the task pane's share (src/xlsx/share-copies): only the writing is the CLI's.
  // A master with no office to share with is refused in one line (NoOfficeError, exit 2).
  const copies = await buildSharedCopies(input, args.master, {
    by: args.by,
    today,
    asOf: args.asOf,
    lang,
  });
  await mkdir(args.output, { recursive: true });
  for (const copy of copies) await writeFile(join(args.output, copy.fileName), copy.bytes);
  io.stdout(
    [
      t(lang, "share.cli.written", { count: copies.length, dir: args.output }),
      ...copies.map((c) =>
        t(lang, "share.cli.line", {
          file: c.fileName,
          office: c.office,
          tasks: count(lang, "task", c.taskCount),
        })
      ),
      ...copies
        .filter((c) => !c.filtered)
        .map((c) => t(lang, "share.cli.noFilter", { file: c.fileName })),
    ].join("\n") + "\n"
  );
  return 0;
}
