// The returned-copies corpus through the CLI: for each case (tests/merge/corpus/cases.ts), `merge` of
// the mid-term master with the case's returned files gives exactly the golden review next to them
// (review.txt, as the terminal shows it, and expected.json, the --json object) and its exit status.
// Then the pane's code path: the master opened in the Excel double through Microsoft's Excel client,
// the same files read by the pane's reader, the review's lists equal to the same golden.
// The goldens were written by UPDATE_GOLDENS=1 and read case by case against what the clerk did; a
// change of the merge's rules or wording shows here as a diff to reason about, never to accept blindly.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join, relative } from "path";
import { main } from "../src/cli/main";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import { mergeChangesJson } from "../src/cli/merge-command";
import { reviewMerge } from "../src/office/merge";
import { createDouble, workbookFromGrid } from "../src/testing/excel-double";
import { clientEnv } from "./office-client/harness";
import { CASES, CORPUS_DIR, MASTER, SHARED_ON, TODAY } from "./merge/corpus/cases";

const UPDATE = process.env.UPDATE_GOLDENS === "1";
const root = join(__dirname, "..");

const casesFiles = (name: string): string[] =>
  readdirSync(join(CORPUS_DIR, name))
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => relative(root, join(CORPUS_DIR, name, f)));

async function merge(files: string[], json: boolean) {
  let stdout = "";
  let stderr = "";
  const argv = ["merge", relative(root, MASTER), ...files, "--as-of", SHARED_ON];
  const code = await main(json ? [...argv, "--json"] : argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    today: TODAY,
  });
  return { code, stdout, stderr };
}

describe("the returned-copies corpus", () => {
  it.each(CASES.map((c) => [c.name, c.about]))("%s: %s", async (name) => {
    const dir = join(CORPUS_DIR, name);
    const files = casesFiles(name);
    expect(files.length).toBeGreaterThan(0);
    const text = await merge(files, false);
    const json = await merge(files, true);
    expect(text.stderr).toBe("");
    expect(json.code).toBe(text.code);
    // File paths as the review prints them, relative to the repository, so the golden is portable.
    const review = `exit ${text.code}\n${text.stdout.split(root + "/").join("")}`;
    const object = JSON.parse(json.stdout) as object;
    const reviewFile = join(dir, "review.txt");
    const jsonFile = join(dir, "expected.json");
    if (UPDATE || !existsSync(reviewFile)) {
      if (!UPDATE) throw new Error(`${name}: no golden; run with UPDATE_GOLDENS=1 and read it`);
      writeFileSync(reviewFile, review);
      writeFileSync(jsonFile, `${JSON.stringify(object, null, 2)}\n`);
    }
    expect(review).toBe(readFileSync(reviewFile, "utf8"));
    expect(object).toEqual(JSON.parse(readFileSync(jsonFile, "utf8")));
  });

  it.each(CASES.map((c) => [c.name]))(
    "%s through the pane's adapter on the Excel double: the same review",
    async (name) => {
      const golden = JSON.parse(readFileSync(join(CORPUS_DIR, name, "expected.json"), "utf8"));
      const double = createDouble(workbookFromGrid(await readXlsxGrid(MASTER)));
      const files = casesFiles(name).map((f) => ({
        name: f.split("/").pop()!,
        bytes: new Uint8Array(readFileSync(join(root, f))),
      }));
      const { result } = await reviewMerge(clientEnv(double), files);
      expect({
        ...mergeChangesJson(result),
        findings: result.findings.map((f) => [f.code, f.source]),
      }).toEqual({
        applied: golden.applied,
        conflicts: golden.conflicts,
        ignored: golden.ignored,
        findings: golden.findings.map((f: { code: string; source: string }) => [f.code, f.source]),
      });
    }
  );
});
