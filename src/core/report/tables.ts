// Which of the report's parts a refresh generates (the "Bảng báo cáo" / "Report tables" setting): the
// follow-up list (Biểu số 02), the rollup by unit (Biểu số 03), the history sheet and the paragraph.
// Stored in the settings sheet as words of either language, e.g. "Biểu số 02, Lịch sử"; read back
// loosely (case, accents, spaces), so a sheet typed in Vietnamese or English means the same.
import type { MessageKey, SheetText } from "../../i18n/sheets";
import type { Lang } from "../model";
import { cleanText, looseKey } from "../text";

export const REPORT_TABLES = ["followUp", "units", "history", "paragraph"] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

const wordKey = (table: ReportTable): MessageKey => `reportTables.${table}`;

/** Extra spellings a clerk may type for each part, besides the catalogue's words. */
const ALIASES: Record<ReportTable, string[]> = {
  followUp: ["02", "biểu 02", "bieu so 02", "đôn đốc", "follow-up", "followup", "table 2"],
  units: ["03", "biểu 03", "đơn vị", "units", "by unit", "table 3"],
  history: ["lịch sử", "history", "xu hướng", "trend"],
  paragraph: ["đoạn văn", "đoạn báo cáo", "paragraph", "report paragraph"],
};

const wordIndexes = new WeakMap<SheetText, Map<string, ReportTable>>();

/** Each part by its words in either language and its aliases (built once per lookup passed). */
function wordIndex(t: SheetText): Map<string, ReportTable> {
  let index = wordIndexes.get(t);
  if (!index) {
    index = new Map(
      REPORT_TABLES.flatMap((table) =>
        [t("vi", wordKey(table)), t("en", wordKey(table)), ...ALIASES[table]].map(
          (w) => [looseKey(w), table] as const
        )
      )
    );
    wordIndexes.set(t, index);
  }
  return index;
}
const NONE = new Set(["không", "none"].map(looseKey));
const ALL = new Set(["tất cả", "all"].map(looseKey));

/**
 * The parts a settings value names, in the fixed order; undefined when some word is not one of them
 * (the settings reader makes that a finding). Empty text means all: a workbook from before the
 * setting generates everything.
 */
export function parseReportTables(
  t: SheetText,
  raw: string | number | boolean
): ReportTable[] | undefined {
  const text = cleanText(raw);
  if (text === "" || ALL.has(looseKey(text))) return [...REPORT_TABLES];
  if (NONE.has(looseKey(text))) return [];
  const chosen = new Set<ReportTable>();
  for (const word of text.split(/[,;\n]+/).map((w) => w.trim())) {
    if (word === "") continue;
    const table = wordIndex(t).get(looseKey(word));
    if (!table) return undefined;
    chosen.add(table);
  }
  return REPORT_TABLES.filter((table) => chosen.has(table));
}

/** The settings value for a choice, in the sheet's language: "Biểu số 02, Biểu số 03, Lịch sử, …". */
export function formatReportTables(
  t: SheetText,
  lang: Lang,
  tables: readonly ReportTable[]
): string {
  if (tables.length === 0) return t(lang, "reportTables.none");
  return REPORT_TABLES.filter((table) => tables.includes(table))
    .map((table) => t(lang, wordKey(table)))
    .join(", ");
}

/** The display name of one part, for the pane's choices. */
export const reportTableLabel = (t: SheetText, lang: Lang, table: ReportTable): string =>
  t(lang, wordKey(table));
