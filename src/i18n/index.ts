// Message lookup over every catalogue (the CLI, the preview, the tests): one catalogue per language,
// placeholders filled from parameters. Bundles that need fewer strings import sheets.ts or pane.ts.
import { en } from "./en";
import type { Lang } from "./lang";
import { translator } from "./translate";
import { vi, type MessageKey } from "./vi";

export type { MessageKey };
export { isLang, LANGS, langFromLocale, type Lang } from "./lang";
export { count, LOCALE, type CountUnit, type PluralKey, type SheetKey } from "./sheets";

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

export const t = translator(catalogues);
