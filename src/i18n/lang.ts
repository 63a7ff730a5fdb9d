// The two languages the product speaks, and the one rule that picks one from a host's locale. A leaf:
// the core, the adapters and the catalogues all take Lang from here.

export type Lang = "vi" | "en";

export const LANGS: readonly Lang[] = ["vi", "en"];

export const isLang = (value: unknown): value is Lang =>
  (LANGS as readonly unknown[]).includes(value);

/** "vi-VN" -> vi, "en-US" -> en; no locale (outside Office) -> vi, the product's first language. */
export function langFromLocale(locale: string | undefined | null): Lang {
  if (!locale) return "vi";
  return /^vi\b/i.test(locale) ? "vi" : "en";
}
