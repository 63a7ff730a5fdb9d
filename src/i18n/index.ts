// Message lookup: one catalogue per language, placeholders filled from parameters.
import type { Lang } from "../core/model";
import { en } from "./en";
import { vi, type MessageKey } from "./vi";

export type { MessageKey };

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

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
