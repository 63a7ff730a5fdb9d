// CLI `merge`: npm run --silent cli -- merge <master.xlsx> <returned.xlsx>... [--as-of YYYY-MM-DD]
// [--lang vi|en] [--json] [-o merged.xlsx]. Reads the master and every returned copy, merges them with
// the core's rules, prints the review (or one JSON object) and, with -o, writes the master with exactly
// the applied cells changed, the summary refreshed and the merge log appended. Exit 0 when nothing
// conflicts and no file was refused, 1 otherwise, 2 when the master cannot be read or arguments are wrong.
import { basename } from "path";
import { analyse, type Analysis } from "../core/analyse";
import { serialFromLocalDate } from "../core/dates";
import type { WorkbookGrid } from "../core/grid";
import {
  applyWrites,
  displayValue,
  encodeValue,
  mergeCopies,
  mergeFindingMessage,
  mergeLogPlan,
  type CopyInput,
  type MergeResult,
} from "../core/merge";
import type { Lang, TaskField } from "../core/model";
import { readModel } from "../core/read";
import { t, type MessageKey } from "../i18n";
import { ArgError, parseCommandArgs } from "./args";
import { jsonReport, rollupTable, type JsonReport } from "./report";
import { gridFromXlsxLight } from "../xlsx/grid-read";
import { XlsxReadError } from "../xlsx/read-error";
import { NODE_LIGHT_READ, openWorkbookGrid, type CliIo } from "./io";
import { readBytes } from "./xlsx-file";

export interface MergeArgs {
  master: string;
  returned: string[];
  asOf?: number;
  lang: Lang;
  json: boolean;
  output?: string;
}

const MERGE_OPTIONS = {
  "as-of": { type: "string" },
  json: { type: "boolean" },
  output: { type: "string", short: "o" },
} as const;

/** Parses the merge command's arguments (after the word "merge"); wrong ones throw ArgError. */
function parseMergeArgs(argv: string[]): MergeArgs {
  const { values, positionals, lang, asOf } = parseCommandArgs(argv, MERGE_OPTIONS);
  const [master, ...returned] = positionals;
  if (master === undefined) throw new ArgError("cli.error.noFile", {}, lang);
  if (returned.length === 0) throw new ArgError("merge.cli.noCopies", {}, lang);
  const args: MergeArgs = { master, returned, lang, json: values.json === true };
  if (asOf !== undefined) args.asOf = asOf;
  if (typeof values.output === "string") args.output = values.output;
  return args;
}

/** A returned file as the core takes it: its grid, or why it could not be read. */
async function readCopy(file: string): Promise<CopyInput> {
  const source = basename(file);
  try {
    return { source, grid: await gridFromXlsxLight(await readBytes(file), file, NODE_LIGHT_READ) };
  } catch (err) {
    if (err instanceof XlsxReadError) return { source, refused: err.reason, detail: err.detail };
    throw err;
  }
}

export interface MergeJson {
  applied: { task: string; field: string; from: unknown; to: unknown; source: string }[];
  conflicts: {
    task: string;
    field: string;
    master: unknown;
    values: { source: string; value: unknown }[];
  }[];
  ignored: { task: string; field: string | null; source: string; reason: string }[];
  reportDate: string;
  areas: JsonReport["areas"];
  total: JsonReport["total"];
  findings: {
    severity: string;
    code: string;
    source: string;
    sheet: string;
    cell: string;
    message: string;
  }[];
}

/** The merge's changes as `--json` states them (the corpus proves the pane's review against this shape). */
export function mergeChangesJson(
  result: MergeResult
): Pick<MergeJson, "applied" | "conflicts" | "ignored"> {
  return {
    applied: result.applied.map((a) => ({
      task: a.task,
      field: a.field,
      from: encodeValue(a.field, a.from),
      to: encodeValue(a.field, a.to),
      source: a.sources[0],
    })),
    conflicts: result.conflicts.map((c) => ({
      task: c.task,
      field: c.field,
      master: encodeValue(c.field, c.master),
      values: c.values.map((v) => ({ source: v.source, value: encodeValue(c.field, v.value) })),
    })),
    ignored: result.ignored.map((i) => ({
      task: i.task,
      field: i.field,
      source: i.source,
      reason: i.reason,
    })),
  };
}

function mergeJson(result: MergeResult, analysis: Analysis, lang: Lang): MergeJson {
  const rollup = jsonReport(analysis, lang);
  return {
    ...mergeChangesJson(result),
    reportDate: rollup.reportDate,
    areas: rollup.areas,
    total: rollup.total,
    findings: result.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      source: f.source,
      sheet: f.sheet,
      cell: f.cell,
      message: mergeFindingMessage(t, f, lang),
    })),
  };
}

/** The review for a terminal: files and how each was compared, applied, conflicts, ignored, the rollup. */
function mergeText(result: MergeResult, analysis: Analysis, args: MergeArgs): string[] {
  const { lang } = args;
  const field = (f: TaskField | null) => t(lang, `merge.field.${f ?? "row"}`);
  const section = (key: MessageKey, lines: string[]) => [
    t(lang, key, { count: lines.length }),
    ...(lines.length > 0 ? lines : [t(lang, "merge.cli.none")]),
  ];
  const out = [t(lang, "merge.cli.master", { file: args.master })];
  for (const c of result.copies) {
    const office = c.office ? `${c.office}; ` : "";
    out.push(
      t(lang, "merge.cli.copy", { source: c.source, office, mode: t(lang, `merge.mode.${c.mode}`) })
    );
  }
  out.push("");
  out.push(
    ...section(
      "merge.cli.applied",
      result.applied.map((a) =>
        t(lang, "merge.cli.appliedLine", {
          task: a.task,
          field: field(a.field),
          from: displayValue(t, a.field, a.from, lang),
          to: displayValue(t, a.field, a.to, lang),
          sources: a.sources.join(", "),
        })
      )
    ),
    ...section(
      "merge.cli.conflicts",
      result.conflicts.map((c) =>
        t(lang, "merge.cli.conflictLine", {
          task: c.task,
          field: field(c.field),
          master: displayValue(t, c.field, c.master, lang),
          values: c.values
            .map((v) => `${v.source}: ${displayValue(t, c.field, v.value, lang)}`)
            .join("; "),
        })
      )
    ),
    ...section(
      "merge.cli.ignored",
      result.ignored.map((i) =>
        t(lang, "merge.cli.ignoredLine", {
          task: i.task,
          field: field(i.field),
          source: i.source,
          sheet: i.sheet,
          cell: i.cell,
          reason: t(lang, `merge.reason.${i.reason}`),
        })
      )
    )
  );
  if (result.findings.length > 0) {
    out.push(t(lang, "merge.cli.findings"));
    for (const f of result.findings)
      out.push(`  ${t(lang, `severity.${f.severity}`)}  ${mergeFindingMessage(t, f, lang)}`);
  }
  out.push("", t(lang, "cli.rollup"), ...rollupTable(analysis, lang), t(lang, "cli.legend"));
  return out;
}

/** Writes the merged master: the applied cells patched into the package, then the summary and the log. */
async function writeMerged(
  args: MergeArgs,
  bytes: Buffer,
  result: MergeResult,
  today: number
): Promise<{ analysis: Analysis; logSheet: string }> {
  const [{ default: JSZip }, { patchPackage }, { writeRefreshed }] = await Promise.all([
    import("jszip"),
    import("./package-cells"),
    import("./xlsx-file"),
  ]);
  // Loaded once: patched, read back (the patched sheets' new text, the other parts as they were) and
  // written from, the patched sheets compressed once, when the merged file is written.
  const zip = await JSZip.loadAsync(bytes);
  const parts = await patchPackage(zip, result.writes);
  const grid = await gridFromXlsxLight(bytes, args.master, { ...NODE_LIGHT_READ, parts });
  const analysis = analyse(grid, { t, today, reportDate: args.asOf, lang: args.lang });
  const log = mergeLogPlan(t, grid, result.applied, today, analysis.settings.language);
  const plan = { sheets: [...analysis.plan.sheets, log] };
  await writeRefreshed({ file: args.master, bytes, zip }, plan, args.output!);
  return { analysis, logSheet: log.name };
}

/** Runs `merge`; returns the exit status. Read errors of the master propagate to main (exit 2). */
export async function runMerge(argv: string[], io: CliIo): Promise<number> {
  const args = parseMergeArgs(argv);
  const { lang } = args;
  const today = io.today ?? serialFromLocalDate(new Date());
  // Opened as every command opens a workbook (same refusals), read by the light reader (no ExcelJS).
  const input = await openWorkbookGrid(args.master);
  const masterGrid: WorkbookGrid = input.grid;
  if (!readModel(masterGrid).model.tasksTable)
    throw new ArgError("merge.cli.noMaster", { file: args.master }, lang);
  const copies: CopyInput[] = [];
  for (const file of args.returned) copies.push(await readCopy(file));
  const result = mergeCopies(t, masterGrid, copies);
  let analysis: Analysis;
  let written: string | null = null;
  if (args.output) {
    const out = await writeMerged(args, input.bytes, result, today);
    analysis = out.analysis;
    written = t(lang, "merge.cli.written", {
      count: result.writes.length,
      log: out.logSheet,
      file: args.output,
    });
  } else {
    analysis = analyse(applyWrites(masterGrid, result.writes), {
      t,
      today,
      reportDate: args.asOf,
      lang,
    });
  }
  if (args.json) io.stdout(`${JSON.stringify(mergeJson(result, analysis, lang))}\n`);
  else
    io.stdout(
      `${[...mergeText(result, analysis, args), ...(written ? ["", written] : [])].join("\n")}\n`
    );
  const failed = result.conflicts.length > 0 || result.findings.some((f) => f.severity === "error");
  return failed ? 1 : 0;
}
