// The input workbook a user starts from ("Tạo mẫu" in the pane, `cli template`), as data: the two input
// sheets with the contract's headers (PRODUCT.md, "The workbook contract"), their columns' widths and
// formats, the rows of the seed sample when asked, the settings, and the drop-down lists and checks of
// the tasks sheet. The Office adapter and the .xlsx writer apply it; samples/source builds from it too.
import type { CellValue } from "./grid";
import { serialFromIso } from "./dates";
import type { Lang } from "./model";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { AREA_HEADERS, CANONICAL_KIND, CANONICAL_STATUS, TASK_HEADERS } from "./vocab";
import { AREAS, TASKS, type SampleArea, type SampleTask } from "./sample/programme";
import type { AppendixImport } from "./import/appendix";

export const DATE_FORMAT = "dd/mm/yyyy";
export const PERCENT_FORMAT = "0%";

export interface TemplateColumn {
  header: string;
  /** Number format of the data cells ("General" when absent). */
  format?: string;
  /** Column width in characters. */
  width: number;
  wrap?: boolean;
}

export const AREAS_SHEET = "Lĩnh vực";
export const TASKS_SHEET = "Nhiệm vụ";
export const AREAS_TABLE = "tblLinhVuc";
export const TASKS_TABLE = "tblNhiemVu";
/** Defined name of the area names column, the source of the tasks' area drop-down. */
export const AREA_LIST_NAME = "TDNV_AreaList";
/** Rows below the header that get the drop-downs and checks (a table extends them as it grows). */
export const VALIDATED_ROWS = 1000;

export const KIND_TEXT = { roadmap: "Theo lộ trình", recurring: "Thường xuyên" } as const;

/** ISO date → Excel serial; the sample data is checked, so a bad date is a programming error. */
export function sampleSerial(iso: string): number {
  const s = serialFromIso(iso);
  if (s === null) throw new Error(`Bad date in sample source: ${iso}`);
  return s;
}

export function areaColumns(withGroup: boolean): TemplateColumn[] {
  const columns: TemplateColumn[] = [
    { header: "Mã", width: 8 },
    { header: "Lĩnh vực", width: 40, wrap: true },
    { header: "Đơn vị chủ trì", width: 32, wrap: true },
    { header: "Thứ tự", width: 8 },
  ];
  if (withGroup) columns.push({ header: "Nhóm", width: 32, wrap: true });
  return columns;
}

export function areaRows(withGroup: boolean): CellValue[][] {
  return AREAS.map((a: SampleArea, i) => {
    const row: CellValue[] = [a.id, a.name, a.leadUnit, i + 1];
    if (withGroup) row.push(a.group);
    return row;
  });
}

export const TASK_COLUMNS: TemplateColumn[] = [
  { header: "Mã", width: 8 },
  { header: "Lĩnh vực", width: 28, wrap: true },
  { header: "Nội dung nhiệm vụ", width: 60, wrap: true },
  { header: "Loại", width: 14 },
  { header: "Đơn vị thực hiện", width: 28, wrap: true },
  { header: "Thời hạn", width: 12, format: DATE_FORMAT },
  { header: "Trạng thái", width: 16 },
  { header: "Tiến độ (%)", width: 10, format: PERCENT_FORMAT },
  { header: "Ngày hoàn thành", width: 14, format: DATE_FORMAT },
  { header: "Ghi chú", width: 36, wrap: true },
];

export interface TaskState {
  status: string;
  progress: number;
  completedOn: string | null;
  note: string;
}

/** One task row in TASK_COLUMNS order; the area column carries the area's name, as offices type it. */
export function taskRow(task: SampleTask, state: TaskState): CellValue[] {
  const area = AREAS.find((a) => a.id === task.area);
  if (!area) throw new Error(`Sample task ${task.id} has unknown area ${task.area}`);
  return [
    task.id,
    area.name,
    task.title,
    KIND_TEXT[task.kind],
    task.unit,
    task.due ? sampleSerial(task.due) : "",
    state.status,
    state.progress,
    state.completedOn ? sampleSerial(state.completedOn) : "",
    state.note,
  ];
}

export const SEED_REPORT_ISO = "2020-11-06";

/** A task's state at the seed's report date (the review meeting of 06/11/2020). */
export function seedState(task: SampleTask): TaskState {
  if (task.done && task.done <= SEED_REPORT_ISO) {
    return { status: "Hoàn thành", progress: 1, completedOn: task.done, note: task.note ?? "" };
  }
  if (!task.final)
    throw new Error(`Seed task ${task.id} is neither done by the report date nor given a state`);
  return {
    status: task.final.status,
    progress: task.final.progress,
    completedOn: null,
    note: task.final.note ?? "",
  };
}

/**
 * The samples' settings, filled in as the office in the seed article would: the article reports the review
 * meeting of 06/11/2020 of the province's steering committee for the political-system programme, chaired by
 * its head Trần Hồng Quảng, who with Mai Văn Tuất and Tô Văn Từ held the posts it names in Ninh Bình in
 * 2015-2020. So the header is the Tỉnh ủy's (a steering committee the Tỉnh ủy set up writes "TỈNH ỦY …" over
 * its own name, as the party's document rules have its committees and boards do), the date line says Ninh
 * Bình and the chairman signs on the committee's behalf. The article names no report number and no one who
 * prepared the table, so those stay blank.
 */
export function sampleSettings(reportDate: number): Settings {
  return {
    ...DEFAULT_SETTINGS,
    parentBody: "TỈNH ỦY NINH BÌNH",
    issuingBody: "BAN CHỈ ĐẠO THỰC HIỆN CHƯƠNG TRÌNH XÂY DỰNG HỆ THỐNG CHÍNH TRỊ",
    place: "Ninh Bình",
    programme: "Chương trình xây dựng hệ thống chính trị của tỉnh",
    period: "2015-2020",
    reportDate,
    signerTitle: "T/M BAN CHỈ ĐẠO\nTRƯỞNG BAN",
    signerName: "Trần Hồng Quảng",
  };
}

export interface TemplateSheet {
  name: string;
  table: string;
  columns: TemplateColumn[];
  rows: CellValue[][];
}

export interface TemplateSpec {
  areas: TemplateSheet;
  tasks: TemplateSheet;
  settings: Settings;
}

const pick = (lang: Lang, names: string[]): string => (lang === "vi" ? names[0] : names[1]);

const AREA_FIELDS = ["id", "name", "leadUnit", "order", "group"] as const;
const TASK_FIELDS = [
  "id",
  "area",
  "title",
  "kind",
  "unit",
  "due",
  "status",
  "progress",
  "completedOn",
  "notes",
] as const;

/** The two input sheets, empty (headers in `lang`) or with the seed sample (Vietnamese, as offices type it). */
export function templateSheets(withSample: boolean, lang: Lang): TemplateSpec {
  if (withSample) {
    return {
      areas: {
        name: AREAS_SHEET,
        table: AREAS_TABLE,
        columns: areaColumns(false),
        rows: areaRows(false),
      },
      tasks: {
        name: TASKS_SHEET,
        table: TASKS_TABLE,
        columns: TASK_COLUMNS,
        rows: TASKS.map((t) => taskRow(t, seedState(t))),
      },
      settings: sampleSettings(sampleSerial(SEED_REPORT_ISO)),
    };
  }
  return {
    areas: {
      name: lang === "vi" ? AREAS_SHEET : "Areas",
      table: AREAS_TABLE,
      columns: areaColumns(true).map((c, i) => ({
        ...c,
        header: pick(lang, AREA_HEADERS[AREA_FIELDS[i]]),
      })),
      rows: [],
    },
    tasks: {
      name: lang === "vi" ? TASKS_SHEET : "Tasks",
      table: TASKS_TABLE,
      columns: TASK_COLUMNS.map((c, i) => ({
        ...c,
        header: pick(lang, TASK_HEADERS[TASK_FIELDS[i]]),
      })),
      rows: [],
    },
    settings: { ...DEFAULT_SETTINGS, language: lang },
  };
}

/** A check on one column of the tasks table, rows 2..VALIDATED_ROWS+1; `message` is a catalogue key. */
export type TemplateValidation = { column: number } & (
  | { kind: "list"; values: string[]; message: "template.validation.list" }
  /** The area names column of the areas table, through the defined name AREA_LIST_NAME. */
  | { kind: "areaList"; message: "template.validation.list" }
  /** A date on or after 01/01/1990. */
  | { kind: "date"; minIso: string; message: "template.validation.date" }
  /** A fraction 0..1 (0 % to 100 %). */
  | { kind: "fraction"; message: "template.validation.progress" }
);

/** The tasks sheet's drop-downs and checks, by column position in TASK_COLUMNS order. */
export function taskValidations(): TemplateValidation[] {
  const at = (field: (typeof TASK_FIELDS)[number]): number => TASK_FIELDS.indexOf(field);
  return [
    {
      column: at("status"),
      kind: "list",
      values: Object.values(CANONICAL_STATUS),
      message: "template.validation.list",
    },
    {
      column: at("kind"),
      kind: "list",
      values: Object.values(CANONICAL_KIND),
      message: "template.validation.list",
    },
    { column: at("area"), kind: "areaList", message: "template.validation.list" },
    { column: at("due"), kind: "date", minIso: "1990-01-01", message: "template.validation.date" },
    { column: at("progress"), kind: "fraction", message: "template.validation.progress" },
    {
      column: at("completedOn"),
      kind: "date",
      minIso: "1990-01-01",
      message: "template.validation.date",
    },
  ];
}

/**
 * The input sheets from a programme's appendix list (issue 11 §2, "Nhập từ danh mục"): its areas in the
 * programme's order with their lead unit, its tasks in the list's order. A deadline the importer could not
 * read as a date keeps its words in the notes, so nothing of the list is lost.
 */
export function templateFromImport(imported: AppendixImport, lang: Lang): TemplateSpec {
  const areaName = new Map(imported.areas.map((a) => [a.id, a.name]));
  return {
    areas: {
      name: AREAS_SHEET,
      table: AREAS_TABLE,
      columns: areaColumns(false),
      rows: imported.areas.map((a, i) => [a.id, a.name, a.lead, i + 1]),
    },
    tasks: {
      name: TASKS_SHEET,
      table: TASKS_TABLE,
      columns: TASK_COLUMNS,
      rows: imported.tasks.map((task) => [
        task.id,
        areaName.get(task.area) ?? task.area,
        task.title,
        KIND_TEXT[task.kind],
        task.unit,
        task.due ?? "",
        CANONICAL_STATUS[task.status],
        "",
        "",
        task.due === null && task.kind === "roadmap" ? task.dueText : "",
      ]),
    },
    settings: { ...DEFAULT_SETTINGS, language: lang },
  };
}
