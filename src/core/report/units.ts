// The rollup by responsible unit ("Biểu số 03"): the summary's figures per unit ("Đơn vị thực hiện"; the
// area's lead unit where the task names none). The core's figures come from the rollup itself, run over
// the tasks regrouped by unit, so they follow its rules; the sheet's figures are the summary's measure
// formulas with the unit column as criterion, plus each area's tasks without a unit for its lead unit.
import type { MessageKey } from "../../i18n/sheets";
import { formatVnDate } from "../dates";
import {
  areaKeys,
  measureCell,
  minusCell,
  taskColumnsOf,
  type Measure,
  type TaskColumns,
  type TimeRefs,
} from "../formulas";
import type { Model, Rollup } from "../model";
import type { PlanCell, SheetPlan } from "../plan";
import { rollupModel } from "../rollup";
import { COUNT_FIELDS, type SummaryPlanArgs } from "../summary";
import { cleanText } from "../text";
import { figuresOf } from "./figures";
import { COLORS, PageBuilder, titleBlock } from "./page";

export const UNITS_MARK = "TDNV_Units";

export interface Unit {
  name: string;
  /** The spellings the task sheet holds for it (Excel compares text case-insensitively, so these differ in more). */
  spellings: string[];
  /** Areas whose lead unit it is: their tasks that name no unit count for it. */
  leadOf: { id: string; name: string }[];
}

const fold = (s: string): string => s.normalize("NFC").toLocaleLowerCase("vi");
const collator = new Intl.Collator("vi");

/**
 * The units in report order: lead units in the programme's area order first, then the other units by
 * Vietnamese collation; and the model regrouped with one "area" per unit, for rollupModel. A lead unit
 * is listed even with no task at the moment (the table's formulas must count a task that gets its area
 * later); a task of an unknown area counts for the unit it names, and for none when it names none.
 */
export function unitsOf(model: Model): { units: Unit[]; byUnit: Model } {
  const areas = new Map(model.areas.map((a) => [a.id, a]));
  const units = new Map<string, Unit>();
  const unitOf = (name: string): Unit => {
    const key = fold(name);
    // Its own name is always a spelling: a task given this unit later must count for it.
    const unit = units.get(key) ?? { name, spellings: name === "" ? [] : [name], leadOf: [] };
    units.set(key, unit);
    return unit;
  };
  const lead = [...model.areas].sort((a, b) => a.order - b.order);
  for (const area of lead) {
    const name = cleanText(area.leadUnit);
    if (name !== "") unitOf(name).leadOf.push({ id: area.id, name: area.name });
  }
  const leadKeys = new Set(units.keys());
  const tasks = model.tasks.flatMap((task) => {
    const area = task.areaId === null ? undefined : areas.get(task.areaId);
    const own = cleanText(task.unit);
    if (!area && own === "") return [];
    const name = own !== "" ? own : cleanText(area?.leadUnit ?? "");
    const unit = unitOf(name);
    if (own !== "" && !unit.spellings.some((s) => fold(s) === fold(own))) unit.spellings.push(own);
    // Areas without a lead unit: their tasks without a unit stand under "no unit".
    if (own === "" && area && !unit.leadOf.some((a) => a.id === area.id))
      unit.leadOf.push({ id: area.id, name: area.name });
    return [{ ...task, areaId: fold(name) }];
  });
  const ordered = [...units].sort(([ka, a], [kb, b]) => {
    const la = leadKeys.has(ka);
    const lb = leadKeys.has(kb);
    if (la !== lb) return la ? -1 : 1;
    return la ? 0 : collator.compare(a.name, b.name);
  });
  return {
    units: ordered.map(([, u]) => u),
    byUnit: {
      ...model,
      areas: ordered.map(([key, u], i) => ({
        id: key,
        name: u.name,
        leadUnit: "",
        order: i + 1,
        group: "",
        row: i + 1,
      })),
      tasks,
    },
  };
}

/** The rollup per unit, in report order: one "area" row per unit. */
export function rollupByUnit(model: Model, reportDate: number, dueSoonDays: number): Rollup {
  return rollupModel(unitsOf(model).byUnit, reportDate, dueSoonDays);
}

// --- the printed sheet ---

/** The counted columns, in table order: the summary's own counted measures, so the two tables agree. */
export const UNIT_FIELDS = COUNT_FIELDS;

export const UNIT_COLUMNS = {
  no: "A",
  unit: "B",
  total: "C",
  done: "D",
  doneOnTime: "E",
  doneLate: "F",
  inProgress: "G",
  notStarted: "H",
  suspended: "I",
  overdue: "J",
  dueSoon: "K",
  completionRate: "L",
  dueCompletionRate: "M",
} as const;
const C = UNIT_COLUMNS;
const LAST = "M";
const WIDTHS: Record<string, number> = {
  A: 6,
  B: 40,
  C: 9.5,
  D: 9.5,
  E: 9.5,
  F: 9.5,
  G: 10,
  H: 10,
  I: 9.5,
  J: 10,
  K: 10,
  L: 11,
  M: 13,
};
export const UNITS_HEADER_ROW = 10;
/** The report date cell every time-dependent formula of the sheet refers to. */
export const UNITS_DATE_CELL = "M9";

/** The task columns the formulas read, and the unit column. */
type UnitColumns = TaskColumns & { unit?: string };

/** One measure for one unit: its own spellings in the unit column, plus its areas' tasks without a unit. */
function unitMeasure(
  columns: UnitColumns | null,
  unit: Unit,
  measure: Measure,
  time: TimeRefs
): PlanCell {
  const terms: string[] = [];
  if (columns?.unit && unit.spellings.length > 0) {
    const cell = measureCell({ ...columns, area: columns.unit }, unit.spellings, measure, time);
    if ("formula" in cell) terms.push(cell.formula.slice(1));
  }
  for (const area of unit.leadOf) {
    const also = columns?.unit ? { column: columns.unit, equals: "" } : undefined;
    const cell = measureCell(columns, areaKeys(area.id, area.name), measure, time, also);
    if ("formula" in cell) terms.push(cell.formula.slice(1));
  }
  return terms.length === 0 ? { value: 0 } : { formula: "=" + terms.join("+") };
}

/** What the unit table is built from: what the summary is built from. */
export type UnitsPlanArgs = SummaryPlanArgs;

export function unitsSheetPlan(args: UnitsPlanArgs): SheetPlan {
  const { model, rollup, settings, t, lang } = args;
  const L = (key: MessageKey, params?: Record<string, string | number>): string =>
    t(lang, key, params);
  const { units, byUnit } = unitsOf(model);
  // The core's figures, stored with each formula as its cached result (viewers that never calculate).
  const computed = rollupModel(byUnit, rollup.reportDate, rollup.dueSoonDays);
  const withResult = (cell: PlanCell, result: number | string): PlanCell =>
    "formula" in cell ? { ...cell, result } : cell;
  const base = taskColumnsOf(model, args.compareMargin);
  const unitLetter = model.tasksTable?.columns.unit?.letter;
  const columns: UnitColumns | null = base ? { ...base, unit: unitLetter } : null;
  const time: TimeRefs = { reportDate: "$M$9", dueSoonDays: rollup.dueSoonDays };
  const page = new PageBuilder(LAST, WIDTHS);
  const header = titleBlock(
    page,
    t,
    lang,
    settings,
    {
      appendix: L("units.appendix"),
      title: L("units.title"),
      subtitle: L("units.subtitle"),
      asOf: L("units.asOf", { date: formatVnDate(rollup.reportDate) }),
    },
    rollup.reportDate
  );
  page.text("K", 9, L("units.dateLabel"));
  page.merge("K9:L9");
  page.put("M", 9, { value: rollup.reportDate });
  page.style("K9:L9", { italic: true, horizontal: "right" });
  page.style("M9", { italic: true, horizontal: "center", numberFormat: "dd/mm/yyyy" });

  const heads = (Object.keys(C) as (keyof typeof C)[]).map(
    (k) => [C[k], L(`units.col.${k}`, { days: rollup.dueSoonDays })] as [string, string]
  );
  for (const [col, label] of heads) page.text(col, header, label);
  page.fit(
    header,
    heads.map(([col, label]) => [label, col] as [string, string])
  );
  const first = header + 1;
  units.forEach((unit, i) => {
    const r = first + i;
    page.text(C.no, r, String(i + 1));
    page.text(C.unit, r, unit.name === "" ? L("followUp.noUnit") : unit.name);
    for (const f of UNIT_FIELDS) {
      // doneLate as doneDated minus doneOnTime: one SUMPRODUCT per row (see Measure "doneDated").
      const cell =
        f === "doneLate"
          ? minusCell(unitMeasure(columns, unit, "doneDated", time), `${C.doneOnTime}${r}`)
          : unitMeasure(columns, unit, f, time);
      page.put(C[f], r, withResult(cell, computed.areas[i][f]));
    }
    page.fit(r, [[unit.name, C.unit]]);
  });
  const totalRow = first + units.length;
  page.text(C.no, totalRow, L("units.totalRow"));
  page.merge(`${C.no}${totalRow}:${C.unit}${totalRow}`);
  for (const f of UNIT_FIELDS) {
    const col = C[f];
    page.put(
      col,
      totalRow,
      units.length > 0
        ? { formula: `=SUM(${col}${first}:${col}${totalRow - 1})`, result: computed.total[f] }
        : { value: 0 }
    );
  }
  for (let r = first; r <= totalRow; r++) {
    const f = figuresOf(r === totalRow ? computed.total : computed.areas[r - first]);
    const active = `(${C.total}${r}-${C.suspended}${r})`;
    const withDeadline = `(${C.doneOnTime}${r}+${C.doneLate}${r})`;
    page.put(C.completionRate, r, {
      formula: `=IF(${active}=0,"",${C.done}${r}/${active})`,
      result: f.completionRate ?? "",
    });
    page.put(C.dueCompletionRate, r, {
      formula: `=IF(${withDeadline}+${C.overdue}${r}=0,"",${withDeadline}/(${withDeadline}+${C.overdue}${r}))`,
      result: f.dueCompletionRate ?? "",
    });
  }
  const note = L("units.note", { date: formatVnDate(rollup.reportDate) });
  page.text("A", totalRow + 1, note);
  page.merge(`A${totalRow + 1}:${LAST}${totalRow + 1}`);
  page.fit(totalRow + 1, [[note, "A", LAST]], 11);

  page.style(`A${header}:${LAST}${header}`, {
    bold: true,
    horizontal: "center",
    wrap: true,
    fill: COLORS.headerFill,
  });
  page.style(`A${header}:${LAST}${totalRow}`, { border: "thin" });
  page.style(`A${first}:A${totalRow}`, { horizontal: "center" });
  page.style(`B${first}:B${totalRow}`, { wrap: true });
  page.style(`C${first}:K${totalRow}`, { horizontal: "center", numberFormat: "#,##0" });
  page.style(`L${first}:M${totalRow}`, { horizontal: "center", numberFormat: "0.0%" });
  page.style(`A${totalRow}:${LAST}${totalRow}`, { bold: true, fill: COLORS.totalFill });
  page.style(`A${totalRow + 1}:${LAST}${totalRow + 1}`, {
    fontSize: 11,
    italic: true,
    wrap: true,
    vertical: "top",
  });
  return page.plan({
    name: args.sheetName,
    previousName: args.previousName,
    ownerMark: UNITS_MARK,
    t,
    lang,
    headerRows: [header, header],
    tabColor: "#4472C4",
  });
}
