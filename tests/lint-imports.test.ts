// The import directions of the architecture (README, Architecture), enforced by the lint rule in
// eslint/import-direction.mjs: each case lints a probe file at a path in src and checks that the rule
// fires for an import against the direction (relative paths of any depth) and stays silent for the
// allowed ones. All probes go through one ESLint process, with the project's own config.
import { spawnSync } from "child_process";
import path from "path";

const root = path.join(__dirname, "..");
const RULE = "layers/import-direction";

interface Probe {
  file: string;
  source: string;
}

const refused: [string, string][] = [
  // The core imports nothing of the adapters or front ends, however deep the probe sits.
  ["src/core/probe.ts", 'import { OfficeWorkbookHost } from "../office/host";'],
  ["src/core/report/probe.ts", 'import { OfficeWorkbookHost } from "../../office/host";'],
  [
    "src/core/summary/probe.ts",
    'import type { PaneServices } from "../../taskpane/PaneServices.types";',
  ],
  ["src/core/probe.ts", 'import { loadXlsx } from "../xlsx/read";'],
  ["src/core/probe.ts", 'import { parseArgs } from "../cli/args";'],
  ["src/core/probe.ts", 'import { refresh } from "../app/use-cases";'],
  ["src/core/probe.ts", 'export { refresh } from "../app/use-cases";'],
  ["src/core/probe.ts", 'export const m = () => import("../office/merge");'],
  // Adapters and front ends never import each other.
  ["src/office/probe.ts", 'import { App } from "../taskpane/App";'],
  ["src/office/probe.ts", 'import { parseArgs } from "../cli/args";'],
  ["src/xlsx/probe.ts", 'import { OfficeWorkbookHost } from "../office/host";'],
  ["src/xlsx/probe.ts", 'import { parseArgs } from "../cli/args";'],
  ["src/cli/probe.ts", 'import { OfficeWorkbookHost } from "../office/host";'],
  ["src/cli/probe.ts", 'import { App } from "../taskpane/App";'],
  ["src/taskpane/probe.ts", 'import { parseArgs } from "../cli/args";'],
  ["src/taskpane/probe.ts", 'import { loadXlsx } from "../xlsx/read";'],
  // The pane reaches Office's values only through its composition roots.
  ["src/taskpane/components/probe.ts", 'import { OfficeWorkbookHost } from "../../office/host";'],
  ["src/taskpane/probe.ts", 'export const m = () => import("../office/merge");'],
  // The core receives its strings from the caller: i18n's types only, at any depth.
  ["src/core/report/probe.ts", 'import { t } from "../../i18n";'],
  ["src/core/probe.ts", 'import { t } from "../i18n/sheets";'],
  ["src/core/summary/probe.ts", 'export const load = () => import("../../i18n/sheets");'],
  // The sample workbooks sit above the core: the core never imports them.
  ["src/core/probe.ts", 'import { seedGrid } from "../sample/seed-2020";'],
  // i18n is a leaf: types of the core only.
  ["src/i18n/probe.ts", 'import { finding } from "../core/findings";'],
  // Shipped code never imports tests, samples or scripts.
  ["src/preview/probe.ts", 'import { seedGrid } from "../../samples/source";'],
  ["src/office/probe.ts", 'import { gridOf } from "../../tests/helpers/grid";'],
  ["src/core/probe.ts", 'import { gridOf } from "../../tests/helpers/grid";'],
  ["src/cli/probe.ts", 'import { main } from "../../scripts/bench";'],
];

const allowed: [string, string][] = [
  // The samples lay out their settings sheet with the sheets' strings.
  ["src/sample/probe.ts", 'import { t } from "../i18n/sheets";'],
  ["src/core/report/probe.ts", 'import type { SheetText } from "../../i18n/sheets";'],
  ["src/core/report/probe.ts", 'import { colLetter } from "../a1";'],
  ["src/cli/probe.ts", 'import { loadXlsx } from "../xlsx/read";'],
  ["src/office/probe.ts", 'import { loadXlsx } from "../xlsx/read";'],
  ["src/office/probe.ts", 'import { refresh } from "../app/use-cases";'],
  ["src/taskpane/components/probe.ts", 'import type { MergeReview } from "../../office/merge";'],
  ["src/taskpane/probe.ts", 'import { type Feature } from "../office/features";'],
  ["src/taskpane/officeServices.ts", 'import { OfficeWorkbookHost } from "../office/host";'],
  ["src/i18n/probe.ts", 'import type { Finding } from "../core/findings";'],
  ["src/preview/probe.ts", 'import { createDouble } from "../testing/excel-double";'],
  // Tests, wherever they sit, may use the test helpers.
  ["src/core/probe.test.ts", 'import { gridOf } from "../../tests/helpers/grid";'],
];

// Message keys are typed, never cast: the compiler then checks that each key has a message.
const casts: [string, string][] = [
  [
    "src/taskpane/probe.tsx",
    'import type { MessageKey } from "../i18n";\nexport const k = `pane.${"x"}` as MessageKey;',
  ],
  [
    "src/core/probe.ts",
    'import type { PluralKey } from "../i18n";\nexport const k = String(1) as PluralKey;',
  ],
];

function lintAll(probes: Probe[]): string[][] {
  const script = `
    import { ESLint } from "eslint";
    const probes = JSON.parse(await new Promise((done) => {
      let text = ""; process.stdin.on("data", (d) => (text += d)); process.stdin.on("end", () => done(text));
    }));
    const eslint = new ESLint({ cwd: ${JSON.stringify(root)}, overrideConfig: { rules: { "prettier/prettier": "off" } } });
    const out = [];
    for (const p of probes) {
      const [r] = await eslint.lintText(p.source + "\\n", { filePath: p.file });
      out.push(r.messages.map((m) => m.ruleId ?? "parse:" + m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    input: JSON.stringify(probes.map((p) => ({ ...p, file: path.join(root, p.file) }))),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

describe("the import-direction lint rule", () => {
  let results: string[][] = [];
  beforeAll(() => {
    results = lintAll(
      [...refused, ...allowed, ...casts].map(([file, source]) => ({ file, source }))
    );
  });

  it.each(refused.map((c, i) => [...c, i] as const))("refuses in %s: %s", (_file, _source, i) => {
    expect(results[i]).toContain(RULE);
  });

  it.each(allowed.map((c, i) => [...c, refused.length + i] as const))(
    "allows in %s: %s",
    (_file, _source, i) => {
      expect(results[i]).not.toContain(RULE);
      expect(results[i].filter((r) => r.startsWith("parse"))).toEqual([]);
    }
  );

  it.each(casts.map((c, i) => [...c, refused.length + allowed.length + i] as const))(
    "refuses a cast to a message key in %s",
    (_file, _source, i) => {
      expect(results[i]).toContain("no-restricted-syntax");
    }
  );
});
