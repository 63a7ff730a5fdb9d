// The messages every consumer needs (catalogues/sheets.*): the entry the ribbon command, the core, the
// use-cases and the adapters import, so that their bundles carry no pane or CLI string.
import { sheets as en } from "./catalogues/sheets.en";
import { sheets as vi, type SheetKey } from "./catalogues/sheets.vi";
import type { Lang } from "./lang";
import { LOCALE, translator, type Translate } from "./translate";

export type { SheetKey };
/** The keys this entry knows. */
export type MessageKey = SheetKey;
export { LOCALE, type Params } from "./translate";

export const sheetCatalogues: Record<Lang, Readonly<Record<SheetKey, string>>> = { vi, en };

export const t = translator(sheetCatalogues);

/** A message with a singular ".one" and a plural ".other" form, named without the suffix. */
export type PluralKey = {
  [K in SheetKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends SheetKey
      ? Base
      : never
    : never;
}[SheetKey];

export type CountUnit = "task" | "area" | "error" | "warning";

/** "1 task", "58 tasks", "1.000 nhiệm vụ": a count with its noun in the right number, digits grouped. */
export function count(lang: Lang, unit: CountUnit, n: number): string {
  const key: SheetKey = n === 1 ? `count.${unit}.one` : `count.${unit}.other`;
  return t(lang, key, { n: n.toLocaleString(LOCALE[lang], { maximumFractionDigits: 0 }) });
}

/**
 * The lookup the core receives from its caller (it imports i18n's types only): `t` over the strings
 * every consumer needs. A lookup over more keys (merge's, the pane's) is one too.
 */
export type SheetText = Translate<SheetKey>;
