// The lookup itself, shared by every entry of src/i18n: a message of a language's catalogue with its
// placeholders filled, falling back to Vietnamese (the product's first language), always NFC.
import type { Lang } from "./lang";

export type Params = Record<string, string | number>;

export type Translate<K extends string> = (lang: Lang, key: K, params?: Params) => string;

/** The locale each language formats numbers in ("0,4" and "1.000" in Vietnamese). */
export const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/** "{n} tasks" with n = 3 -> "3 tasks"; a placeholder without a parameter stays as written. */
export function fill(template: string, params: Params = {}): string {
  return template
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
    .normalize("NFC");
}

type Catalogues<K extends string> = Record<Lang, Readonly<Record<K, string>>>;

/** A base's catalogues with one more catalogue per language on top: how each entry builds on the last. */
export function layered<B extends string, K extends string>(
  base: Catalogues<B>,
  top: Catalogues<K>
): Catalogues<B | K> {
  return { vi: { ...base.vi, ...top.vi }, en: { ...base.en, ...top.en } };
}

/** `t` over one set of catalogues, one per language. */
export function translator<K extends string>(
  catalogues: Record<Lang, Readonly<Record<K, string>>>
): Translate<K> {
  return (lang, key, params) => fill(catalogues[lang][key] ?? catalogues.vi[key], params);
}
