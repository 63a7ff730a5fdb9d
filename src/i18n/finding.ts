// A finding's message in the user's language, from its code and parameters: the one copy, for the pane,
// the CLI and the ribbon. The key is typed from the finding codes, so a code without a message in the
// catalogues does not compile.
import type { Finding, FindingCode } from "../core/findings";
import { t, type FindingKey } from "./findings";
import type { Lang } from "./lang";

/** The catalogue key of a finding code's message (a compile error for a code that has none). */
const findingKey = (code: FindingCode): FindingKey => `finding.${code}`;

export function findingMessage(lang: Lang, finding: Finding): string {
  const params: Record<string, string | number> = { ...finding.params };
  return t(lang, findingKey(finding.code), params);
}
