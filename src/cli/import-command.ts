// `import <source.xlsx> [--sheet NAME] [--lang vi|en] [--json]`: a programme's appendix list read
// into areas and tasks (issue 11 §2), printed; exit 0 without error findings, 1 with one, 2 when
// the file cannot be read or holds no list. Writing the input tables (-o) is not done yet.
import { isoFromSerial } from "../core/dates";
import type { AppendixImport } from "../core/import/appendix";
import { importFromWorkbook } from "../core/import/workbook";
import type { Lang } from "../core/model";
import { t } from "../i18n";
import { findingMessage } from "../i18n/finding";
import { gridFromWorkbook } from "../xlsx/read";
import { readXlsxFile } from "./xlsx-file";

export interface ImportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface ImportArgs {
  file: string;
  sheet?: string;
  lang: Lang;
  json: boolean;
}

function importArgs(argv: string[]): ImportArgs | null {
  const args: ImportArgs = { file: "", lang: "vi", json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") args.json = true;
    else if (a === "--sheet") args.sheet = argv[++i];
    else if (a === "--lang" && (argv[i + 1] === "vi" || argv[i + 1] === "en"))
      args.lang = argv[++i] as Lang;
    else if (!a.startsWith("-") && args.file === "") args.file = a;
    else return null;
  }
  return args.file === "" || (args.sheet === undefined && argv.includes("--sheet")) ? null : args;
}

/** The JSON shape of the issue: areas, tasks in the list's order, findings with their messages. */
export function importJson(result: AppendixImport, lang: Lang): unknown {
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

/** Runs the import command; returns the exit status. */
export async function runImport(argv: string[], io: ImportIo): Promise<number> {
  const args = importArgs(argv);
  if (!args) {
    io.stderr(`${t("vi", "cli.import.usage")}\n`);
    return 2;
  }
  const grid = gridFromWorkbook((await readXlsxFile(args.file)).workbook);
  const result = importFromWorkbook(grid, args.sheet);
  if (!result) {
    io.stderr(`${t(args.lang, "cli.import.noList", { file: args.file })}\n`);
    return 2;
  }
  if (args.json) io.stdout(`${JSON.stringify(importJson(result, args.lang))}\n`);
  else io.stdout(`${importText(result, args.lang).join("\n")}\n`);
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
