// The task pane's messages: its own catalogue, the exchange of copies and what every consumer needs, not
// the CLI's. The pane's files import this entry so that its bundles carry no CLI string.
import { pane as enPane } from "./catalogues/pane.en";
import { pane as viPane, type PaneKey } from "./catalogues/pane.vi";
import type { Lang } from "./lang";
import { mergeCatalogues, type MessageKey as MergeMessageKey } from "./merge";
import { layered, translator } from "./translate";

/** A key the pane can show. */
export type MessageKey = MergeMessageKey | PaneKey;

const catalogues: Record<Lang, Readonly<Record<MessageKey, string>>> = layered(mergeCatalogues, {
  vi: viPane,
  en: enPane,
});

export const t = translator(catalogues);

export { count, LOCALE, type SheetKey } from "./sheets";
export { isLang, LANGS, langFromLocale, type Lang } from "./lang";
