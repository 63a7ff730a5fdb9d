// The architecture's one hard rule, enforced by lint: the domain core imports no host, UI, DOM or
// node module. These cases prove the rule fires (a rule that never fires protects nothing).
import { spawnSync } from "child_process";
import path from "path";

const root = path.join(__dirname, "..");

function lint(file: string, source: string): string[] {
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules", "eslint", "bin", "eslint.js"),
      "--stdin",
      "--stdin-filename",
      file,
      "--format",
      "json",
      "--rule",
      "prettier/prettier: off",
    ],
    { cwd: root, input: source, encoding: "utf8" }
  );
  const report = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return report[0].messages.map((m) => m.ruleId ?? "parse");
}

describe("the pure-core lint rule", () => {
  it.each([
    ['import React from "react";', "no-restricted-imports"],
    ['import ExcelJS from "exceljs";', "no-restricted-imports"],
    ['import { readFileSync } from "fs";', "no-restricted-imports"],
    ['import { readFileSync } from "node:fs";', "no-restricted-imports"],
    ['import { OfficeWorkbookHost } from "../office/host";', "layers/import-direction"],
    ["export const w = window.innerWidth;", "no-restricted-globals"],
    ["export const ok = Office.context;", "no-restricted-globals"],
    ["export const d = document.title;", "no-restricted-globals"],
  ])("refuses %s in src/core", (source, rule) => {
    expect(lint("src/core/probe.ts", source)).toContain(rule);
  });

  it("allows the same imports outside the core and pure imports inside it", () => {
    expect(
      lint(
        "src/cli/probe.ts",
        'import { readFileSync } from "fs";\nexport const r = readFileSync;\n'
      )
    ).toEqual([]);
    expect(
      lint(
        "src/core/probe.ts",
        'import { colLetter } from "./a1";\nexport const c = colLetter(0);\n'
      )
    ).toEqual([]);
  });
});
