// Messages of the exchange of copies (catalogues/merge.*) with what every consumer needs: the entry of
// the core's merge and the Office adapter's, which the pane's merge chunk and the CLI load.
import { merge as en } from "./catalogues/merge.en";
import { merge as vi, type MergeKey } from "./catalogues/merge.vi";
import type { Lang } from "./lang";
import { findingCatalogues, type MessageKey as FindingMessageKey } from "./findings";
import { layered, translator, type Translate } from "./translate";

export type { MergeKey };
/** The keys this entry knows. */
export type MessageKey = FindingMessageKey | MergeKey;

/** The sheets' strings, the findings' and merge's, by language: the pane's entry builds on them. */
export const mergeCatalogues: Record<Lang, Readonly<Record<MessageKey, string>>> = layered(
  findingCatalogues,
  { vi, en }
);

export const t = translator(mergeCatalogues);

/** The lookup the core's merge receives from its caller: the sheets' strings, the findings' and merge's. */
export type MergeText = Translate<MessageKey>;
