// The findings' messages and fixes (catalogues/findings.*) with what every consumer needs: the entry of
// what the pane and the CLI show about a workbook, and of the template writers. The ribbon command never
// shows a finding's text (it counts them), so its bundle imports sheets.ts only.
import { findings as en } from "./catalogues/findings.en";
import { findings as vi, type FindingKey } from "./catalogues/findings.vi";
import type { Lang } from "./lang";
import { sheetCatalogues, type SheetKey } from "./sheets";
import { layered, translator } from "./translate";

export type { FindingKey };
/** The keys this entry knows. */
export type MessageKey = SheetKey | FindingKey;

/** The sheets' strings and the findings', by language: merge's and the pane's entries build on them. */
export const findingCatalogues: Record<Lang, Readonly<Record<MessageKey, string>>> = layered(
  sheetCatalogues,
  { vi, en }
);

export const t = translator(findingCatalogues);
