// Every .xlsx of both corpora (the refresh corpus and the merge's returned copies), for tests that run
// one reader against another on all of them.
import { readdirSync, statSync } from "fs";
import path from "path";

const ROOT = path.join(__dirname, "..", "..");

function xlsxUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return xlsxUnder(full);
    return name.endsWith(".xlsx") ? [full] : [];
  });
}

export const corpusWorkbooks = (): string[] => [
  ...xlsxUnder(path.join(ROOT, "tests", "corpus", "files")),
  ...xlsxUnder(path.join(ROOT, "tests", "merge", "corpus", "files")),
];
