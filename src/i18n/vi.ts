// Vietnamese: every catalogue in one object (the CLI, the preview and the tests); the bundles import the
// catalogues they need from catalogues/ through sheets.ts and pane.ts instead.
import { cli } from "./catalogues/cli.vi";
import { findings } from "./catalogues/findings.vi";
import { merge } from "./catalogues/merge.vi";
import { pane } from "./catalogues/pane.vi";
import { sheets } from "./catalogues/sheets.vi";

export const vi = { ...sheets, ...findings, ...merge, ...pane, ...cli } as const;

export type MessageKey = keyof typeof vi;
