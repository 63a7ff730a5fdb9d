// `import <source.xlsx> [--sheet NAME] [--lang vi|en] [--json] [-o out.xlsx]`: a programme's appendix
// list read into areas and tasks (issue 11 §2), printed; exit 0 without error findings, 1 with one, 2
// when the file cannot be read or holds no list. With -o, the source workbook is written to out.xlsx
// with the two input tables (Excel Tables, drop-downs) and the settings sheet added; without, nothing.
import { promises as fs } from "fs";
import { isoFromSerial } from "../core/dates";
import type { AppendixImport } from "../core/import/appendix";
import { importFromWorkbook } from "../core/import/workbook";
import type { Lang } from "../core/model";
import { t } from "../i18n";
import { findingMessage } from "../i18n/finding";
import { templateFromImport } from "../core/template";
import { parseCommandArgs } from "./args";
import {
  openWorkbook,
  refuseExistingOutput,
  writeRefusal,
  type CliIo,
  type OpenedWorkbook,
} from "./io";

interface ImportArgs {
  file: string;
  sheet?: string;
  lang: Lang;
  json: boolean;
  output?: string;
}

const IMPORT_OPTIONS = {
  sheet: { type: "string" },
  json: { type: "boolean" },
  output: { type: "string", short: "o" },
} as const;

/** The import's arguments through the commands' shared opening; null when no single file is named. */
function importArgs(argv: string[]): ImportArgs | null {
  const { values, positionals, lang } = parseCommandArgs(argv, IMPORT_OPTIONS);
  if (positionals.length !== 1) return null;
  const args: ImportArgs = { file: positionals[0], lang, json: values.json === true };
  if (typeof values.sheet === "string") args.sheet = values.sheet;
  if (typeof values.output === "string") args.output = values.output;
  return args;
}

/** The JSON shape of the issue: areas, tasks in the list's order, findings with their messages. */
function importJson(result: AppendixImport, lang: Lang): unknown {
  return {
    sheet: result.sheet,
    areas: result.areas.map(({ id, name, lead }) => ({ id, name, lead })),
    tasks: result.tasks.map((task) => ({
      id: task.id,
      area: task.area,
      title: task.title,
      unit: task.unit,
      kind: task.kind,
      due: task.due === null ? null : isoFromSerial(task.due),
      dueText: task.dueText,
      status: task.status,
    })),
    findings: result.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      message: findingMessage(lang, f),
    })),
  };
}

/**
 * Writes the source workbook with the import's input tables and settings sheet added (never over an
 * existing file); the names of the sheets added.
 */
async function writeImport(
  input: OpenedWorkbook,
  result: AppendixImport,
  args: ImportArgs & { output: string }
): Promise<string[]> {
  await refuseExistingOutput(args.output);
  const { importedPackage } = await import("../xlsx/template-write");
  const spec = templateFromImport(result, args.lang);
  const { bytes, sheets } = await importedPackage(input.bytes, spec, args.lang);
  try {
    await fs.writeFile(args.output, bytes, { flag: "wx" });
  } catch (err) {
    throw writeRefusal((err as NodeJS.ErrnoException).code, args.output);
  }
  return sheets;
}

/** Runs the import command; returns the exit status. */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const args = importArgs(argv);
  if (!args) {
    io.stderr(`${t("vi", "cli.import.usage")}\n`);
    return 2;
  }
  const input = await openWorkbook(args.file);
  const result = importFromWorkbook(input.grid, args.sheet);
  if (!result) {
    io.stderr(`${t(args.lang, "cli.import.noList", { file: args.file })}\n`);
    return 2;
  }
  const sheets = args.output
    ? await writeImport(input, result, { ...args, output: args.output })
    : [];
  if (args.json) io.stdout(`${JSON.stringify(importJson(result, args.lang))}\n`);
  else {
    const lines = importText(result, args.lang);
    if (args.output) {
      const list = sheets.map((name) => `"${name}"`).join(", ");
      lines.push("", t(args.lang, "cli.import.written", { file: args.output, sheets: list }));
    }
    io.stdout(`${lines.join("\n")}\n`);
  }
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}

function importText(result: AppendixImport, lang: Lang): string[] {
  const lines = [
    t(lang, "cli.import.summary", {
      sheet: result.sheet,
      areas: result.areas.length,
      tasks: result.tasks.length,
    }),
  ];
  for (const area of result.areas) {
    const n = result.tasks.filter((task) => task.area === area.id).length;
    lines.push(`  ${area.id.padEnd(8)} ${area.name} (${n})`);
  }
  for (const f of result.findings) {
    const json = importJson({ ...result, findings: [f] }, lang) as {
      findings: { message: string }[];
    };
    lines.push(`  ${f.sheet}!${f.cell}  ${json.findings[0].message}`);
  }
  return lines;
}
