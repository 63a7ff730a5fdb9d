// The returned-copies corpus through the CLI: for each case (tests/merge/corpus/cases.ts), `merge` of
// the mid-term master with the case's returned files gives exactly the golden review next to them
// (review.txt, as the terminal shows it, and expected.json, the --json object) and its exit status.
// The goldens were written by UPDATE_GOLDENS=1 and read case by case against what the clerk did; a
// change of the merge's rules or wording shows here as a diff to reason about, never to accept blindly.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join, relative } from "path";
import { main } from "../src/cli/main";
import { CASES, CORPUS_DIR, MASTER, SHARED_ON, TODAY } from "./merge/corpus/cases";

const UPDATE = process.env.UPDATE_GOLDENS === "1";
const root = join(__dirname, "..");

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
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()
      .map((f) => relative(root, join(dir, f)));
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
});
