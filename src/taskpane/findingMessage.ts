// A finding's message in the pane's language, from its code and parameters.
import type { Finding } from "../core/findings";
import type { Lang } from "../core/model";
import { t, type MessageKey } from "../i18n";

export function findingMessage(lang: Lang, finding: Finding): string {
  return t(
    lang,
    `finding.${finding.code}` as MessageKey,
    finding.params as unknown as Record<string, string | number>
  );
}
