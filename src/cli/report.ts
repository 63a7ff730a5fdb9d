// What the CLI prints: the one JSON object of `--json`, or findings and the rollup table for a terminal.
import type { RefreshResult } from "../app/ports";
import { formatVnDate, isoFromSerial } from "../core/dates";
import type { Finding } from "../core/findings";
import type { AreaRollup, Counts, Lang } from "../core/model";
import { summaryRows } from "../core/summary";
import { count, t, type MessageKey } from "../i18n";
import { findingMessage } from "../i18n/finding";
import { renderTable, type TextColumn } from "./text-table";

/** What the CLI reports: a refresh's result, or a merge's analysis of the merged master. */
type Reported = Pick<RefreshResult, "rollup" | "findings">;

/** The rollup figures `--json` reports, in this order. */
const JSON_COUNT_KEYS = [
  "total",
  "done",
  "doneOnTime",
  "doneLate",
  "doneNoDeadline",
  "inProgress",
  "notStarted",
  "inTime",
  "suspended",
  "overdue",
  "dueSoon",
  "noDeadline",
  "nonStandardStatus",
  "noStatus",
  "completionRate",
  "dueCompletionRate",
  "averageProgress",
] as const satisfies readonly (keyof Counts)[];

type JsonCounts = { [K in (typeof JSON_COUNT_KEYS)[number]]: Counts[K] };

export interface JsonFinding {
  severity: Finding["severity"];
  code: Finding["code"];
  sheet: string;
  cell: string;
  message: string;
}

export interface JsonReport {
  reportDate: string;
  /** `no` numbers the areas as the summary sheet does (1, 2, …). */
  areas: ({ no: string; id: string; name: string } & JsonCounts)[];
  /** The group rows the sheet shows (I, II, …), with the ids of their areas; empty without groups. */
  groups: ({ no: string; name: string; areaIds: string[] } & JsonCounts)[];
  total: JsonCounts;
  findings: JsonFinding[];
}

const FRACTION_KEYS = new Set<string>(["completionRate", "dueCompletionRate", "averageProgress"]);

/** Rates and averages to 4 decimals (0.7273, not 0.7272727272727273; 0.73, not 0.7300000000000001). */
function roundFraction(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10_000) / 10_000;
}

function pickCounts(c: Counts): JsonCounts {
  const out = {} as Record<string, number | null>;
  for (const key of JSON_COUNT_KEYS)
    out[key] = FRACTION_KEYS.has(key) ? roundFraction(c[key]) : c[key];
  return out as JsonCounts;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** A group row's number on the sheet and in the terminal table: I, II, … */
const groupNumber = (i: number): string => ROMAN[i] ?? String(i + 1);

/** The numbers the summary sheet gives its rows: areas by id, groups by name. */
function sheetNumbers(a: Reported): { areas: Map<string, string>; groups: Map<string, string> } {
  const areas = new Map<string, string>();
  const groups = new Map<string, string>();
  for (const row of summaryRows(a.rollup)) {
    if (row.kind === "area") areas.set(row.area.id, row.label);
    if (row.kind === "group") groups.set(row.name, row.label);
  }
  return { areas, groups };
}

export function jsonReport(a: Reported, lang: Lang): JsonReport {
  const numbers = sheetNumbers(a);
  return {
    reportDate: isoFromSerial(a.rollup.reportDate),
    areas: a.rollup.areas.map((r: AreaRollup, i) => ({
      no: numbers.areas.get(r.id) ?? String(i + 1),
      id: r.id,
      name: r.name,
      ...pickCounts(r),
    })),
    groups: a.rollup.groups.map((g, i) => ({
      no: numbers.groups.get(g.name) ?? groupNumber(i),
      name: g.name,
      areaIds: g.areaIds,
      ...pickCounts(g),
    })),
    total: pickCounts(a.rollup.total),
    findings: a.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      message: findingMessage(lang, f),
    })),
  };
}

/** Terminal output lists this many findings; --json gives them all. */
const MAX_FINDINGS_SHOWN = 50;

function formatRate(rate: number | null, lang: Lang): string {
  if (rate === null) return "–";
  const text = (rate * 100).toFixed(1);
  return `${lang === "vi" ? text.replace(".", ",") : text}%`;
}

function countCells(c: Counts, lang: Lang): string[] {
  return [
    c.total,
    c.done,
    c.doneOnTime,
    c.doneLate,
    c.inProgress,
    c.notStarted,
    c.suspended,
    c.overdue,
    c.dueSoon,
  ]
    .map(String)
    .concat(formatRate(c.completionRate, lang), formatRate(c.dueCompletionRate, lang));
}

const COUNT_HEADERS: MessageKey[] = [
  "cli.col.total",
  "cli.col.done",
  "cli.col.doneOnTime",
  "cli.col.doneLate",
  "cli.col.inProgress",
  "cli.col.notStarted",
  "cli.col.suspended",
  "cli.col.overdue",
  "cli.col.dueSoon",
  "cli.col.completionRate",
  "cli.col.dueCompletionRate",
];

/** The rollup as a table: areas in the programme's order, group rows (I, II…) above their areas, a total row. */
export function rollupTable(a: Reported, lang: Lang): string[] {
  const columns: TextColumn[] = [
    { header: t(lang, "cli.col.no"), align: "right" },
    { header: t(lang, "cli.col.area"), align: "left", max: 40 },
    ...COUNT_HEADERS.map((key): TextColumn => ({ header: t(lang, key), align: "right" })),
  ];
  const rows: string[][] = [];
  const groups = new Map(
    a.rollup.groups.map((g, i) => [g.name, { rollup: g, no: groupNumber(i) }])
  );
  let currentGroup = "";
  a.rollup.areas.forEach((area, i) => {
    const group = groups.get(area.group);
    if (group && area.group !== currentGroup)
      rows.push([group.no, group.rollup.name, ...countCells(group.rollup, lang)]);
    currentGroup = area.group;
    rows.push([String(i + 1), area.name, ...countCells(area, lang)]);
  });
  const totalAt = rows.length;
  rows.push(["", t(lang, "cli.totalRow"), ...countCells(a.rollup.total, lang)]);
  return renderTable(columns, rows, [totalAt]);
}

export function textReport(
  a: Reported & Pick<RefreshResult, "taskCount" | "areaCount">,
  lang: Lang,
  file: string
): string[] {
  const errors = a.findings.filter((f) => f.severity === "error").length;
  const out: string[] = [
    t(lang, "cli.file", { file }),
    t(lang, "cli.reportDate", {
      date: lang === "vi" ? formatVnDate(a.rollup.reportDate) : isoFromSerial(a.rollup.reportDate),
    }),
    t(lang, "cli.counts", {
      tasks: count(lang, "task", a.taskCount),
      areas: count(lang, "area", a.areaCount),
      errors: count(lang, "error", errors),
      warnings: count(lang, "warning", a.findings.length - errors),
    }),
    "",
  ];
  if (a.findings.length === 0) {
    out.push(t(lang, "cli.noFindings"));
  } else {
    out.push(t(lang, "cli.findings"));
    const labels = a.findings.map((f) => t(lang, `severity.${f.severity}`));
    const width = Math.max(...labels.map((l) => l.length));
    a.findings.slice(0, MAX_FINDINGS_SHOWN).forEach((f, i) => {
      out.push(`  ${labels[i].padEnd(width)}  ${f.sheet}!${f.cell}  ${findingMessage(lang, f)}`);
    });
    if (a.findings.length > MAX_FINDINGS_SHOWN) {
      out.push(
        `  ${t(lang, "cli.moreFindings", { count: a.findings.length - MAX_FINDINGS_SHOWN })}`
      );
    }
  }
  out.push("", t(lang, "cli.rollup"), ...rollupTable(a, lang), t(lang, "cli.legend"));
  return out;
}
