// The returned-copies corpus: which cases there are and what each shows. The files are built by
// tests/merge/corpus/build.ts; each case's directory holds the returned files and the review the merge
// must give for them (review.txt, the terminal review; expected.json, the --json object), checked by
// tests/merge-corpus.test.ts.
import { join } from "path";
import { serialFromIso } from "../../../src/core/dates";

export const MASTER = join(__dirname, "..", "..", "..", "samples", "giua-ky-2018.xlsx");
export const CORPUS_DIR = join(__dirname, "files");
/** The day the copies were shared and the report date of the merge. */
export const SHARED_ON = "2018-06-30";
export const TODAY = serialFromIso("2026-03-05")!;

export interface MergeCase {
  name: string;
  /** What the clerk did, and what the review must say of it. */
  about: string;
}

export const CASES: MergeCase[] = [
  { name: "01-resorted", about: "rows re-sorted by title; one progress update applied by ID" },
  {
    name: "02-filtered",
    about:
      "the office's filter replaced by another (rows hidden); an update on a visible row applied",
  },
  {
    name: "03-columns-moved-inserted",
    about: "notes moved before the status, a column of the office's own inserted; the note applied",
  },
  {
    name: "04-header-words",
    about: "header words changed to other known words (Tình hình thực hiện, % hoàn thành, Notes)",
  },
  {
    name: "05-aliases",
    about:
      "statuses typed as aliases (Đã hoàn thành, Đang triển khai); a same status retyped changes nothing",
  },
  { name: "06-text-dates", about: "a completion date typed as text 15/6/2018" },
  {
    name: "07-percent-progress",
    about:
      'progress typed as "80%" and as a plain 80 (applied); 80 under a percent format (8000%) refused; "70%" over 70% changes nothing',
  },
  {
    name: "08-unicode-forms",
    about: "decomposed accents and spaces on unchanged values change nothing; one new note applied",
  },
  {
    name: "09-stale-copy",
    about:
      "a copy shared before the centre's changes: those are not reverted, its own update applied",
  },
  { name: "10-two-agree", about: "two copies set the same progress (0.8 and 80%): applied once" },
  {
    name: "11-two-conflict",
    about:
      "two copies set different progress (a conflict, not applied) and the same note (applied)",
  },
  {
    name: "12-no-snapshot",
    about: "a copy without its snapshot sheet: merged two-way, and the review says so",
  },
  { name: "13-not-a-workbook", about: "a PDF under an .xlsx name: refused with a clear message" },
  {
    name: "14-another-programme",
    about: "a workbook of another programme (no task ID in common): refused",
  },
  {
    name: "15-rows-deleted-added-structural",
    about:
      "a row deleted, a row added, a title edited: reported, never applied; a progress applied",
  },
];
