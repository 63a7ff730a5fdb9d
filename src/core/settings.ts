// Settings the workbook carries in its settings sheet, read the same by the CLI and the add-in.
import type { Lang } from "./model";
import type { MessageKey, SheetText } from "../i18n/sheets";
import { colLetter, toA1 } from "./a1";
import { parseDateCell } from "./dates";
import { finding, type CellChange, type Finding } from "./findings";
import type { WorkbookGrid } from "./grid";
import type { SheetPlan } from "./plan";
import { lineHeight, linesIn } from "./report/page";
import { findRoleSheet, SHEET_CANDIDATES } from "./read";
import {
  formatReportTables,
  parseReportTables,
  REPORT_TABLES,
  type ReportTable,
} from "./report/tables";
import { SheetReader } from "./sheet-reader";
import { BAD_SHEET_CHARS, isDueSoonDays, MAX_SHEET_NAME_LENGTH } from "./settings-rules";
import { cleanText, looseKey } from "./text";

export interface Settings {
  /** Superior body, first line at top left, e.g. "ĐẢNG BỘ TỈNH …". */
  parentBody: string;
  /** Issuing body, second line at top left in capitals, with "*" under it. */
  issuingBody: string;
  /** Place for the date line; "" prints "…". */
  place: string;
  programme: string;
  period: string;
  /** Report date as an Excel serial; null means "today" at refresh time. */
  reportDate: number | null;
  summarySheet: string;
  dueSoonDays: number;
  /** Language of the generated sheets. */
  language: Lang;
  /** The report's parts a refresh generates (issue 15 §5); all by default. */
  reportTables: ReportTable[];
  /** The report this summary is attached to, e.g. "125-BC/BCĐ"; "" prints no "(Kèm theo …)" line. */
  reportNumber: string;
  /** The signer's title in the signature block, e.g. "T/M BAN CHỈ ĐẠO"; "" prints "T/M {issuing body}". */
  signerTitle: string;
  /** The signer's name under the signature; "" leaves the line blank to write by hand. */
  signerName: string;
  /** The name of the one who prepared the table ("Người lập biểu"); "" leaves it blank. */
  preparerName: string;
}

export const DEFAULT_SETTINGS: Settings = {
  parentBody: "ĐẢNG BỘ TỈNH",
  issuingBody: "BAN CHỈ ĐẠO",
  place: "",
  programme: "Chương trình xây dựng hệ thống chính trị",
  period: "",
  reportDate: null,
  summarySheet: "Tổng hợp",
  dueSoonDays: 7,
  language: "vi",
  reportTables: [...REPORT_TABLES],
  reportNumber: "",
  signerTitle: "",
  signerName: "",
  preparerName: "",
};

// ---------------------------------------------------------------------------------------------
// The settings sheet: a two-column table (label, value) the user can read and edit. Labels are
// matched in Vietnamese or English, so a sheet created in either language reads back the same.

export const SETTINGS_MARK = "TDNV_Settings";
/** The clerk's fields of the printed summary (issue 14 §6): optional rows, text as typed. */
const CLERK_KEYS = ["reportNumber", "signerTitle", "signerName", "preparerName"] as const;
const SETTING_KEYS = [
  "parentBody",
  "issuingBody",
  "place",
  "programme",
  "period",
  "reportDate",
  "summarySheet",
  "dueSoonDays",
  "language",
  "reportTables",
  ...CLERK_KEYS,
] as const satisfies readonly (keyof Settings)[];
type SettingKey = (typeof SETTING_KEYS)[number];
/** Settings every settings sheet has a row for; a sheet without a clerk's row still reads and saves. */
const CORE_KEY_COUNT = SETTING_KEYS.length - CLERK_KEYS.length;

const labelKey = (key: SettingKey): MessageKey => `settings.${key}`;

const labelIndexes = new WeakMap<SheetText, Map<string, SettingKey>>();

/** Each setting by its label in either language (built once per lookup the caller passes). */
function labelIndex(t: SheetText): Map<string, SettingKey> {
  let index = labelIndexes.get(t);
  if (!index) {
    index = new Map(
      SETTING_KEYS.flatMap((k) => [
        [looseKey(t("vi", labelKey(k))), k] as const,
        [looseKey(t("en", labelKey(k))), k] as const,
      ])
    );
    labelIndexes.set(t, index);
  }
  return index;
}

/** A sheet name Excel accepts (≤ 31 characters, no : \ / ? * [ ], not quoted), or "" when none is left. */
export function sanitiseSheetName(name: string): string {
  return cleanText(name)
    .replace(new RegExp(BAD_SHEET_CHARS.source, "g"), " ")
    .replace(/\s+/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .trim();
}

function parseSetting(
  t: SheetText,
  key: SettingKey,
  raw: string | number | boolean,
  format: string
): Settings[SettingKey] | undefined {
  const text = cleanText(raw);
  switch (key) {
    case "reportDate": {
      const d = parseDateCell(raw, format);
      // The report date is a day: the summary writes it into its date cell and compares whole days.
      return d.kind === "date" ? Math.floor(d.serial) : d.kind === "empty" ? null : undefined;
    }
    case "dueSoonDays": {
      const n = typeof raw === "number" ? raw : Number(text);
      return text !== "" && isDueSoonDays(n) ? n : undefined;
    }
    case "language": {
      const k = looseKey(text);
      if (["vi", "vn", "tiengviet", "vietnamese"].includes(k)) return "vi";
      if (["en", "english", "tienganh"].includes(k)) return "en";
      return undefined;
    }
    case "reportTables":
      return parseReportTables(t, raw);
    case "signerTitle":
      // Two lines as a signature block writes them ("T/M BAN CHỈ ĐẠO" over "TRƯỞNG BAN"): breaks kept.
      return String(raw)
        .split(/\r?\n/)
        .map((line) => cleanText(line))
        .filter((line) => line !== "")
        .join("\n");
    case "summarySheet": {
      const name = sanitiseSheetName(text);
      return name === "" ? undefined : name;
    }
    default:
      return text;
  }
}

/** Reads the settings sheet; absent sheet or cells keep the defaults, bad values are findings. */
export function readSettings(
  t: SheetText,
  grid: WorkbookGrid
): {
  settings: Settings;
  sheet: string | null;
  findings: Finding[];
} {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const findings: Finding[] = [];
  const sheet = findRoleSheet(grid, SHEET_CANDIDATES.settings);
  if (!sheet) return { settings, sheet: null, findings };
  const reader = new SheetReader(sheet);
  const seen = new Set<SettingKey>();
  const labels = labelIndex(t);
  for (let row = reader.firstRow; row <= reader.lastRow; row++) {
    for (let col = reader.firstCol; col < reader.lastCol; col++) {
      const key = labels.get(looseKey(reader.value(row, col)));
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const raw = reader.value(row, col + 1);
      const value = parseSetting(t, key, raw, reader.format(row, col + 1));
      if (value === undefined) {
        if (cleanText(raw) !== "") {
          findings.push(
            finding("invalid-setting", sheet.name, toA1(row, col + 1), {
              setting: cleanText(reader.value(row, col)),
              value: cleanText(raw),
            })
          );
        }
      } else {
        (settings as unknown as Record<SettingKey, Settings[SettingKey]>)[key] = value;
      }
      break;
    }
  }
  return { settings, sheet: sheet.name, findings };
}

/** A setting as its value cell holds it (the report tables as words of the sheet's language). */
function sheetValue(
  t: SheetText,
  settings: Settings,
  key: SettingKey,
  lang: Lang
): string | number {
  if (key === "reportTables") return formatReportTables(t, lang, settings.reportTables);
  const value = settings[key];
  return value === null ? "" : value;
}

// The settings sheet's two columns (Excel's width units) and its printed page: A4 portrait, one page wide,
// its rows as tall as their wrapped text, so the sheet prints whole on one page.
const SETTINGS_WIDTHS = { A: 30, B: 60 };
const SETTINGS_MARGINS = { top: 20, bottom: 20, left: 25, right: 15, header: 8, footer: 8 };

/** Points a settings row needs for its cells' text wrapped in their columns at 12 pt. */
function settingsRowHeight(texts: [string, number][]): number {
  const lines = Math.max(1, ...texts.map(([text, width]) => linesIn(text, width)));
  return lines * lineHeight() + 6;
}

/** The settings sheet the add-in creates when a workbook has none: labels in `lang`, current values. */
export function settingsSheetPlan(t: SheetText, settings: Settings, lang: Lang): SheetPlan {
  const font = { fontName: "Times New Roman", fontSize: 12 };
  const firstRow = 4;
  const rows = SETTING_KEYS.map((key) => {
    return [{ value: t(lang, labelKey(key)) }, { value: sheetValue(t, settings, key, lang) }];
  });
  const last = firstRow + rows.length - 1;
  const dateRow = firstRow + SETTING_KEYS.indexOf("reportDate");
  const { A, B } = SETTINGS_WIDTHS;
  const rowHeights: Record<number, number> = {
    1: lineHeight(14) + 6,
    2: settingsRowHeight([[t(lang, "settings.hint"), A + B]]),
    3: lineHeight() + 6,
  };
  rows.forEach(([label, value], i) => {
    // The date cell shows dd/mm/yyyy, not its serial: one line.
    const shown = i === dateRow - firstRow ? "" : String(value.value);
    rowHeights[firstRow + i] = settingsRowHeight([
      [String(label.value), A],
      [shown, B],
    ]);
  });
  return {
    name: t(lang, "settings.sheetName"),
    role: "settings",
    ownerMark: SETTINGS_MARK,
    blocks: [
      { at: "A1", rows: [[{ value: t(lang, "settings.title") }]] },
      { at: "A2", rows: [[{ value: t(lang, "settings.hint") }]] },
      {
        at: "A3",
        rows: [
          [{ value: t(lang, "settings.header.key") }, { value: t(lang, "settings.header.value") }],
        ],
      },
      { at: `A${firstRow}`, rows },
    ],
    styles: [
      { range: `A1:B${last}`, style: { ...font, vertical: "center" } },
      { range: "A1", style: { bold: true, fontSize: 14 } },
      { range: "A2", style: { italic: true, wrap: true } },
      {
        range: "A3:B3",
        style: { bold: true, fill: "#DDEBF7", border: "thin", horizontal: "center" },
      },
      { range: `A${firstRow}:B${last}`, style: { border: "thin", wrap: true } },
      { range: `B${firstRow}:B${last}`, style: { horizontal: "left" } },
      { range: `B${dateRow}`, style: { numberFormat: "dd/mm/yyyy" } },
    ],
    merges: ["A2:B2"],
    columnWidths: { ...SETTINGS_WIDTHS },
    rowHeights,
    freeze: { rows: 3, columns: 0 },
    conditionalFormats: [],
    print: {
      paper: "A4",
      orientation: "portrait",
      margins: { ...SETTINGS_MARGINS },
      fitToWidth: true,
      printArea: `A1:B${last}`,
    },
    charts: [],
    extent: `A1:${colLetter(1)}${last}`,
  };
}

/**
 * The value cells to write so the existing settings sheet holds `settings`: only cells whose value
 * differs. Null when the workbook has no settings sheet, or it lacks a row for some setting
 * (then the caller creates the sheet from settingsSheetPlan). A sheet from before the report-tables
 * setting gets that row appended under the others.
 */
export function settingsChanges(
  t: SheetText,
  grid: WorkbookGrid,
  settings: Settings
): CellChange[] | null {
  const found = settingCells(t, grid);
  if (!found) return null;
  const appended = reportTablesRow(found, settings);
  const coreCells = [...found.cells.keys()].filter((k) => !isClerkKey(k)).length;
  if (!appended && coreCells < CORE_KEY_COUNT) return null;
  const changes = SETTING_KEYS.flatMap((key) => {
    const change = found.cells.has(key) ? settingChange(found, key, settings) : null;
    return change ? [change] : [];
  });
  const rows = [...(appended ?? []), ...clerkRows(found, settings, appended ? 1 : 0)];
  return [...changes, ...rows];
}

const isClerkKey = (key: SettingKey): boolean => (CLERK_KEYS as readonly string[]).includes(key);

/**
 * The label and value rows, under the others, of the clerk's fields a sheet has no row for and that
 * now hold a value (a sheet from before those fields keeps its rows as they are while they are empty).
 */
function clerkRows(found: SettingCells, settings: Settings, skip: number): CellChange[] {
  const { t, sheet, reader, cells } = found;
  const col = cells.get("language")?.col ?? reader.firstCol + 1;
  const lang = languageOf(found, settings);
  const missing = CLERK_KEYS.filter((k) => !cells.has(k) && settings[k].trim() !== "");
  return missing.flatMap((key, i) => {
    const row = reader.lastRow + 1 + skip + i;
    return [
      { sheet, cell: toA1(row, col - 1), from: "", to: t(lang, labelKey(key)) },
      { sheet, cell: toA1(row, col), from: "", to: settings[key] },
    ];
  });
}

/**
 * The change that records `reportDate` in the existing settings sheet (a refresh at a chosen date, so
 * the next one does not silently return to the old date). Null when there is no settings sheet or it
 * has no report-date row (the caller then leaves it as it is), or the cell already holds that date.
 */
export function reportDateChange(
  t: SheetText,
  grid: WorkbookGrid,
  reportDate: number
): CellChange | null {
  const found = settingCells(t, grid);
  if (!found?.cells.has("reportDate")) return null;
  const change = settingChange(found, "reportDate", { ...DEFAULT_SETTINGS, reportDate });
  return change && { ...change, date: true };
}

interface SettingCells {
  t: SheetText;
  sheet: string;
  reader: SheetReader;
  /** The value cell of each setting the sheet has a label for. */
  cells: Map<SettingKey, { row: number; col: number }>;
}

function settingCells(t: SheetText, grid: WorkbookGrid): SettingCells | null {
  const sheet = findRoleSheet(grid, SHEET_CANDIDATES.settings);
  if (!sheet) return null;
  const reader = new SheetReader(sheet);
  const cells = new Map<SettingKey, { row: number; col: number }>();
  const labels = labelIndex(t);
  for (let row = reader.firstRow; row <= reader.lastRow; row++) {
    for (let col = reader.firstCol; col < reader.lastCol; col++) {
      const key = labels.get(looseKey(reader.value(row, col)));
      if (key && !cells.has(key)) {
        cells.set(key, { row, col: col + 1 });
        break;
      }
    }
  }
  return { t, sheet: sheet.name, reader, cells };
}

/** The label and value of the report-tables row for a sheet made before it; null when not needed. */
function reportTablesRow(
  { t, sheet, reader, cells }: SettingCells,
  settings: Settings
): CellChange[] | null {
  const coreCells = [...cells.keys()].filter((k) => !isClerkKey(k)).length;
  if (cells.has("reportTables") || coreCells !== CORE_KEY_COUNT - 1) return null;
  const { col } = cells.get("language")!;
  const row = reader.lastRow + 1;
  const lang = settings.language;
  return [
    { sheet, cell: toA1(row, col - 1), from: "", to: t(lang, labelKey("reportTables")) },
    {
      sheet,
      cell: toA1(row, col),
      from: "",
      to: formatReportTables(t, lang, settings.reportTables),
    },
  ];
}

/** The change of one setting's value cell to `settings[key]`, null when it already holds it. */
function settingChange(
  found: SettingCells,
  key: SettingKey,
  settings: Settings
): CellChange | null {
  const { t, sheet, reader, cells } = found;
  const { row, col } = cells.get(key)!;
  const from = reader.value(row, col);
  const same =
    key === "reportTables"
      ? sameTables(parseReportTables(t, from), settings.reportTables)
      : key === "reportDate" || key === "signerTitle"
        ? parseSetting(t, key, from, reader.format(row, col)) === settings[key]
        : cleanText(from) === String(settings[key] ?? "");
  if (same) return null;
  return {
    sheet,
    cell: toA1(row, col),
    from: typeof from === "boolean" ? String(from) : from,
    to: sheetValue(t, settings, key, languageOf(found, settings)),
  };
}

const sameTables = (a: readonly ReportTable[] | undefined, b: readonly ReportTable[]): boolean =>
  a !== undefined && a.length === b.length && a.every((x) => b.includes(x));

/** The language the sheet's labels are in (the language row's own label tells), for written words. */
function languageOf({ t, reader, cells }: SettingCells, settings: Settings): Lang {
  const at = cells.get("language");
  if (!at) return settings.language;
  const label = looseKey(reader.value(at.row, at.col - 1));
  return label === looseKey(t("en", labelKey("language"))) ? "en" : "vi";
}
