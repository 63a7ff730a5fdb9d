// A programme's appendix list ("Phụ lục: Danh mục nhiệm vụ ..."), as typed in Word and pasted into
// Excel, turned into areas and tasks: section rows (I, II ... or A, B, C) name the areas, numbered rows
// and their sub-items (1.1, a), -, +, •) are tasks of that area, deadlines come from the text.
import { toA1 } from "../a1";
import { parseDueCell } from "../deadline";
import { finding, type Finding } from "../findings";
import type { CellValue, SheetGrid } from "../grid";
import type { Status, TaskKind } from "../model";
import { isFooterText } from "../read/locate";
import { SheetReader } from "../sheet-reader";
import { cleanText, looseKey } from "../text";
import { parseStatus, splitStatusPercent } from "../vocab";

export interface ImportedArea {
  id: string;
  name: string;
  lead: string;
  /** 1-based sheet row of the section row. */
  row: number;
}

export interface ImportedTask {
  id: string;
  /** The id of its area. */
  area: string;
  title: string;
  unit: string;
  partners: string;
  kind: TaskKind;
  /** Excel serial of the deadline, null when none. */
  due: number | null;
  /** The deadline cell as written. */
  dueText: string;
  status: Status;
  row: number;
}

export interface AppendixImport {
  sheet: string;
  areas: ImportedArea[];
  tasks: ImportedTask[];
  findings: Finding[];
}

type ListField = "number" | "title" | "lead" | "partners" | "due" | "product" | "notes" | "result";

const LIST_HEADERS: Record<ListField, string[]> = {
  number: ["STT", "Số TT", "TT", "No."],
  title: [
    "Nội dung nhiệm vụ",
    "Nội dung",
    "Nhiệm vụ",
    "Tên nhiệm vụ",
    "Nội dung công việc",
    "Task",
  ],
  lead: [
    "Cơ quan chủ trì",
    "Đơn vị chủ trì",
    "Cơ quan thực hiện",
    "Cơ quan, đơn vị chủ trì",
    "Chủ trì",
  ],
  partners: ["Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp"],
  due: [
    "Thời gian hoàn thành",
    "Thời gian thực hiện",
    "Thời hạn",
    "Thời hạn hoàn thành",
    "Hạn hoàn thành",
  ],
  product: ["Sản phẩm", "Hình thức văn bản", "Sản phẩm dự kiến"],
  notes: ["Ghi chú"],
  result: ["Kết quả thực hiện", "Tình hình thực hiện", "Kết quả", "Trạng thái"],
};
const LIST_INDEX = new Map<string, ListField>();
for (const [field, words] of Object.entries(LIST_HEADERS) as [ListField, string[]][])
  for (const w of words) if (!LIST_INDEX.has(looseKey(w))) LIST_INDEX.set(looseKey(w), field);

const HEADER_SCAN_ROWS = 20;
type Columns = Partial<Record<ListField, number>>;

/** The header row: the first row naming the title column and at least one other. */
function findListHeader(reader: SheetReader): { row: number; columns: Columns } | null {
  const last = Math.min(reader.lastRow, reader.firstRow + HEADER_SCAN_ROWS - 1);
  for (let row = reader.firstRow; row <= last; row++) {
    const columns: Columns = {};
    for (let col = reader.firstCol; col <= reader.lastCol; col++) {
      const field = LIST_INDEX.get(looseKey(cleanText(reader.value(row, col))));
      if (field && columns[field] === undefined) columns[field] = col;
    }
    if (columns.title !== undefined && Object.keys(columns).length >= 2) return { row, columns };
  }
  return null;
}

const ROMAN_SECTION = /^(?:[IVX]{1,5}|[A-Z])\.?$/;
const ROMAN_IN_TEXT = /^((?:[IVX]{1,5}|[A-Z]))[.)]\s+(.+)$/;
// Numbering typed into the text itself: "1. ", "1.1. ", "a) ", "- ", "+ ", "• ".
const TEXT_MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\)|[-+•*–])\s+/u;

/** Cell text with Word's artefacts gone: line breaks and non-breaking spaces as single spaces. */
const textAt = (reader: SheetReader, row: number, col: number | undefined): string =>
  col === undefined ? "" : cleanText(String(reader.value(row, col)).replace(/[\r\n]+/g, " "));

/** Readable area ids: the initials of the name without "Công tác", unique ("TT", "TCXDD"). */
function areaId(name: string, taken: Set<string>): string {
  const words = looseWords(name).filter((w) => w !== "cong" && w !== "tac");
  const base = (words.map((w) => w[0]).join("") || "LV").toUpperCase().slice(0, 6);
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}${i}`;
  taken.add(id);
  return id;
}

function looseWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Area name without its numbering and in sentence case when typed in capitals. */
function areaName(text: string): string {
  const bare = text.replace(ROMAN_IN_TEXT, "$2").trim();
  if (bare !== bare.toLocaleUpperCase("vi")) return bare;
  // Acronyms (MTTQ, UBND, HĐND) have no vowel and stay in capitals.
  const lower = bare
    .split(" ")
    .map((w) => (looseWords(w).every((x) => !/[aeiouy]/.test(x)) ? w : w.toLocaleLowerCase("vi")))
    .join(" ");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/** Reads an appendix list from one sheet; null when the sheet holds no such list. */
export function importAppendix(sheet: SheetGrid): AppendixImport | null {
  const reader = new SheetReader(sheet);
  const header = findListHeader(reader);
  if (!header) return null;
  const c = header.columns;
  const result: AppendixImport = { sheet: sheet.name, areas: [], tasks: [], findings: [] };
  const taken = new Set<string>();
  let area: ImportedArea | null = null;
  let count = 0;
  for (let row = header.row + 1; row <= reader.lastRow; row++) {
    const number = textAt(reader, row, c.number);
    const title = textAt(reader, row, c.title);
    if (number === "" && title === "") continue;
    if (isFooterText(number || title)) break; // notes and the signature block end the list
    if (isColumnNumbers(number, title)) continue;
    const section = sectionOf(number, title);
    if (section !== null) {
      const name = areaName(section);
      area = { id: areaId(name, taken), name, lead: textAt(reader, row, c.lead), row };
      result.areas.push(area);
      count = 0;
      continue;
    }
    if (title === "") continue; // a number alone, a footer line outside the title column
    if (!area) {
      result.findings.push(
        finding("import-task-before-section", sheet.name, toA1(row, c.title!), { row })
      );
      continue;
    }
    count++;
    result.tasks.push(
      readListTask(
        reader,
        row,
        c,
        area,
        `${area.id}-${String(count).padStart(2, "0")}`,
        result.findings
      )
    );
  }
  return result;
}

function isColumnNumbers(number: string, title: string): boolean {
  return /^\(?1\)?$/.test(number) && /^\(?\d\)?$/.test(title);
}

/** A section row's text (its numbering and the area's name), or null for any other row. */
function sectionOf(number: string, title: string): string | null {
  if (number !== "" && ROMAN_SECTION.test(number) && title !== "") return title;
  if (number === "" && ROMAN_IN_TEXT.test(title) && title === title.toLocaleUpperCase("vi"))
    return title;
  return null;
}

function readListTask(
  reader: SheetReader,
  row: number,
  c: Columns,
  area: ImportedArea,
  id: string,
  findings: Finding[]
): ImportedTask {
  const sheet = reader.name;
  const title = textAt(reader, row, c.title).replace(TEXT_MARKER, "");
  const dueRaw: CellValue = c.due === undefined ? "" : reader.value(row, c.due);
  const dueText = typeof dueRaw === "string" ? cleanText(dueRaw) : String(dueRaw);
  const due = parseDueCell(dueRaw, c.due === undefined ? undefined : reader.format(row, c.due));
  const dueCell = c.due === undefined ? "" : toA1(row, c.due);
  let kind: TaskKind = "roadmap";
  let serial: number | null = null;
  if (due.kind === "date" || due.kind === "period") serial = Math.floor(due.serial);
  else if (due.kind === "recurring") kind = "recurring";
  else if (due.kind !== "empty")
    findings.push(finding("unknown-deadline", sheet, dueCell, { value: dueText }));
  return {
    id,
    area: area.id,
    title,
    unit: textAt(reader, row, c.lead) || area.lead,
    partners: textAt(reader, row, c.partners),
    kind,
    due: serial,
    dueText,
    status: statusOf(
      textAt(reader, row, c.result),
      sheet,
      c.result === undefined ? "" : toA1(row, c.result),
      findings
    ),
    row,
  };
}

/** The status a result column gives, "Chưa thực hiện" when it gives none (reported when unreadable). */
function statusOf(text: string, sheet: string, cell: string, findings: Finding[]): Status {
  if (text === "") return "not-started";
  const parsed = parseStatus(splitStatusPercent(text).word);
  if (parsed.kind === "ok") return parsed.value;
  findings.push(finding("unknown-status", sheet, cell, { value: text }));
  return "not-started";
}
