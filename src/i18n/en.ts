// English: every catalogue in one object, the same keys as vi.ts (each catalogue is checked by type).
import { cli } from "./catalogues/cli.en";
import { findings } from "./catalogues/findings.en";
import { merge } from "./catalogues/merge.en";
import { pane } from "./catalogues/pane.en";
import { sheets } from "./catalogues/sheets.en";
import type { MessageKey } from "./vi";

export const en: Record<MessageKey, string> = { ...sheets, ...findings, ...merge, ...pane, ...cli };
