// Message lookup: one catalogue per language, placeholders filled from parameters.
import type { Lang } from "./lang";
import { en } from "./en";
import { vi, type MessageKey } from "./vi";

export type { MessageKey };
export { isLang, LANGS, langFromLocale, type Lang } from "./lang";

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** The locale each language formats numbers in ("0,4" and "1.000" in Vietnamese). */
export const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/** A message with a singular ".one" and a plural ".other" form, named without the suffix. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

export type CountUnit = "task" | "area" | "error" | "warning";

/** "1 task", "58 tasks", "1.000 nhiệm vụ": a count with its noun in the right number, digits grouped. */
export function count(lang: Lang, unit: CountUnit, n: number): string {
  const key: MessageKey = n === 1 ? `count.${unit}.one` : `count.${unit}.other`;
  return t(lang, key, { n: n.toLocaleString(LOCALE[lang], { maximumFractionDigits: 0 }) });
}

export function t(
  lang: Lang,
  key: MessageKey,
  params: Record<string, string | number> = {}
): string {
  const template = catalogues[lang][key] ?? catalogues.vi[key];
  return template
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
    .normalize("NFC");
}
