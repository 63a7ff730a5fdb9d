// The follow-up list (đôn đốc): overdue and due-soon tasks at the report date, grouped by responsible
// unit (the area's lead unit where the task names none), most overdue first; and its printed sheet,
// "Biểu số 02: Danh mục nhiệm vụ chưa hoàn thành". A list cannot stay live without dynamic arrays (Excel
// 2016, LibreOffice), so the sheet is values as of the report date, rewritten at every refresh, and says so.
import type { SheetText } from "../../i18n/sheets";
import { formatVnDate } from "../dates";
import type { Lang, Model, Rollup, Status } from "../model";
import { asAt, timeClass } from "../rollup";
import type { SheetPlan } from "../plan";
import type { Settings } from "../settings";
import { roman } from "../summary";
import { cleanText } from "../text";
import { COLORS, PageBuilder, titleBlock } from "./page";
import { formatCount } from "./numbers";

export interface FollowUpItem {
  taskId: string;
  title: string;
  areaId: string;
  areaName: string;
  due: number;
  status: Status;
  /** Whole days past the due date: positive when overdue, 0 or less (days left, negated) when due soon. */
  daysOverdue: number;
  overdue: boolean;
  /** 1-based row on the tasks sheet. */
  row: number;
}

export interface FollowUpGroup {
  unit: string;
  items: FollowUpItem[];
  overdue: number;
  dueSoon: number;
}

const collator = new Intl.Collator("vi");
const unitKey = (unit: string): string => unit.normalize("NFC").toLocaleLowerCase("vi");

/** The unit a task is followed up with: its own, else its area's lead unit. */
export function responsibleUnit(taskUnit: string, leadUnit: string): string {
  const own = cleanText(taskUnit);
  return own !== "" ? own : cleanText(leadUnit);
}

/**
 * Tasks that are overdue or due soon at the rollup's report date, as the time layer says, in groups by
 * unit. Groups come most overdue first (then by name); within a group, most days overdue first, then in
 * the programme's area order and by task row. Tasks of an unknown area or status are left out, as the
 * rollup leaves them out of its overdue and due-soon counts.
 */
export function followUpList(model: Model, rollup: Rollup): FollowUpGroup[] {
  const areaOrder = new Map(rollup.areas.map((a, i) => [a.id, i]));
  const areas = new Map(model.areas.map((a) => [a.id, a]));
  const groups = new Map<string, FollowUpGroup>();
  for (const recorded of model.tasks) {
    // As the rollup counts it at the report date: a task done after that date was then unfinished.
    const task = asAt(recorded, rollup.reportDate);
    const area = task.areaId === null ? undefined : areas.get(task.areaId);
    if (!area || task.status === null || task.due === null) continue;
    const time = timeClass(task, rollup.reportDate, rollup.dueSoonDays);
    if (time !== "overdue" && time !== "due-soon") continue;
    const unit = responsibleUnit(task.unit, area.leadUnit);
    const key = unitKey(unit);
    const group = groups.get(key) ?? { unit, items: [], overdue: 0, dueSoon: 0 };
    group.items.push({
      taskId: task.id,
      title: task.title,
      areaId: area.id,
      areaName: area.name,
      due: task.due,
      status: task.status,
      daysOverdue: Math.ceil(rollup.reportDate - task.due),
      overdue: time === "overdue",
      row: task.row,
    });
    if (time === "overdue") group.overdue++;
    else group.dueSoon++;
    groups.set(key, group);
  }
  const byItem = (a: FollowUpItem, b: FollowUpItem): number =>
    b.daysOverdue - a.daysOverdue ||
    (areaOrder.get(a.areaId) ?? 0) - (areaOrder.get(b.areaId) ?? 0) ||
    a.row - b.row;
  const list = [...groups.values()];
  for (const g of list) g.items.sort(byItem);
  return list.sort(
    (a, b) => b.items[0].daysOverdue - a.items[0].daysOverdue || collator.compare(a.unit, b.unit)
  );
}

// --- the printed sheet ---

export const FOLLOW_UP_MARK = "TDNV_FollowUp";
const COLS = {
  no: "A",
  id: "B",
  title: "C",
  area: "D",
  due: "E",
  status: "F",
  days: "G",
  note: "H",
};
const WIDTHS: Record<string, number> = { A: 6, B: 10, C: 52, D: 30, E: 12, F: 16, G: 11, H: 22 };
const LAST = "H";

export interface FollowUpPlanArgs {
  groups: FollowUpGroup[];
  rollup: Rollup;
  settings: Settings;
  sheetName: string;
  previousName?: string;
  t: SheetText;
  lang: Lang;
}

export function followUpSheetPlan(args: FollowUpPlanArgs): SheetPlan {
  const { groups, rollup, settings, t, lang } = args;
  const L = (key: Parameters<SheetText>[1], params?: Record<string, string | number>): string =>
    t(lang, key, params);
  const page = new PageBuilder(LAST, WIDTHS);
  const date = formatVnDate(rollup.reportDate);
  const header = titleBlock(
    page,
    t,
    lang,
    settings,
    {
      appendix: L("followUp.appendix"),
      title: L("followUp.title"),
      subtitle: L("followUp.subtitle", { days: rollup.dueSoonDays }),
      asOf: L("followUp.asOf", { date }),
    },
    rollup.reportDate
  );
  const heads: [keyof typeof COLS, string][] = [
    ["no", L("followUp.col.no")],
    ["id", L("followUp.col.id")],
    ["title", L("followUp.col.title")],
    ["area", L("followUp.col.area")],
    ["due", L("followUp.col.due")],
    ["status", L("followUp.col.status")],
    ["days", L("followUp.col.days")],
    ["note", L("followUp.col.note")],
  ];
  for (const [key, label] of heads) page.text(COLS[key], header, label);
  page.fit(
    header,
    heads.map(([key, label]) => [label, COLS[key]] as [string, string])
  );
  page.style(`A${header}:${LAST}${header}`, {
    bold: true,
    horizontal: "center",
    wrap: true,
    fill: COLORS.headerFill,
  });

  let row = header + 1;
  if (groups.length === 0) {
    page.text("A", row, L("followUp.none"));
    page.merge(`A${row}:${LAST}${row}`);
    page.style(`A${row}:${LAST}${row}`, { italic: true, horizontal: "center" });
    page.fit(row, [[L("followUp.none"), "A", LAST]]);
    row++;
  }
  groups.forEach((group, g) => {
    const label = L("followUp.group", {
      unit: group.unit === "" ? L("followUp.noUnit") : group.unit,
      overdue: formatCount(lang, group.overdue),
      dueSoon: formatCount(lang, group.dueSoon),
    });
    page.text(COLS.no, row, roman(g + 1));
    page.text(COLS.id, row, label);
    page.merge(`${COLS.id}${row}:${LAST}${row}`);
    page.style(`A${row}:${LAST}${row}`, { bold: true, fill: COLORS.groupFill });
    page.fit(row, [[label, COLS.id, LAST]]);
    row++;
    group.items.forEach((item, i) => {
      page.text(COLS.no, row, String(i + 1));
      page.text(COLS.id, row, item.taskId);
      page.text(COLS.title, row, item.title);
      page.text(COLS.area, row, item.areaName);
      page.put(COLS.due, row, { value: item.due });
      page.text(COLS.status, row, L(`followUp.status.${item.status}`));
      const left = -item.daysOverdue;
      const note = item.overdue
        ? L("followUp.note.overdue")
        : left <= 0
          ? L("followUp.note.dueToday")
          : L(left === 1 ? "followUp.note.dueSoon.one" : "followUp.note.dueSoon.other", {
              n: formatCount(lang, left),
            });
      page.put(COLS.days, row, item.overdue ? { value: item.daysOverdue } : { value: null });
      page.text(COLS.note, row, note);
      page.fit(row, [
        [item.title, COLS.title],
        [item.areaName, COLS.area],
        [note, COLS.note],
      ]);
      row++;
    });
  });
  const lastTableRow = row - 1;
  const footnote = L("followUp.footnote", { date });
  page.text("A", row + 1, footnote);
  page.merge(`A${row + 1}:${LAST}${row + 1}`);
  page.style(`A${row + 1}:${LAST}${row + 1}`, { fontSize: 11, italic: true, wrap: true });
  page.fit(row + 1, [[footnote, "A", LAST]], 11);

  page.style(`A${header}:${LAST}${lastTableRow}`, { border: "thin" });
  page.style(`A${header + 1}:A${lastTableRow}`, { horizontal: "center" });
  page.style(`${COLS.title}${header + 1}:${COLS.area}${lastTableRow}`, { wrap: true });
  page.style(`${COLS.due}${header + 1}:${COLS.due}${lastTableRow}`, {
    horizontal: "center",
    numberFormat: "dd/mm/yyyy",
  });
  page.style(`${COLS.days}${header + 1}:${COLS.days}${lastTableRow}`, {
    horizontal: "center",
    numberFormat: "#,##0",
    fontColor: "#C00000",
  });
  page.style(`${COLS.note}${header + 1}:${COLS.note}${lastTableRow}`, { wrap: true });
  return page.plan({
    name: args.sheetName,
    previousName: args.previousName,
    ownerMark: FOLLOW_UP_MARK,
    t,
    lang,
    headerRows: [header, header],
    tabColor: "#ED7D31",
  });
}
