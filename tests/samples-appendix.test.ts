// The third sample (samples/phu-luc-chuong-trinh-2015-2020.xlsx): the seed programme as a plan's
// appendix list. It imports to the seed's 7 areas and 5/15/4/11/4/16/3 tasks, and `import -o` then
// `refresh` gives the seed sample's rollup at 06/11/2020 for every figure a list carries. The split of
// done tasks into on time and late needs completion dates, which an appendix does not have: those tasks
// are counted done with no completion date, each with its warning.
import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { main } from "../src/cli/main";
import { APPENDIX_FILE, appendixToExcel } from "../samples/source/appendix-2020";
import { AREAS, SEED_FILE, TASKS } from "../samples/source";
import JSZip from "jszip";

const samples = path.join(__dirname, "..", "samples");

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: () => undefined });
  return { code, out };
}

/** The figures an appendix list carries: everything but the on-time/late split and the progress mean. */
const LIST_FIGURES = [
  "total",
  "done",
  "inProgress",
  "notStarted",
  "inTime",
  "suspended",
  "overdue",
  "dueSoon",
  "noDeadline",
  "completionRate",
] as const;

type Figures = Record<(typeof LIST_FIGURES)[number], number> & { id: string; name: string };
const pick = (f: Figures) => Object.fromEntries(LIST_FIGURES.map((k) => [k, f[k]]));

describe("the appendix sample", () => {
  it("is built from the programme's source of truth (the bundled file holds the same cells)", async () => {
    const built = await JSZip.loadAsync(await appendixToExcel().xlsx.writeBuffer());
    const bundled = await JSZip.loadAsync(readFileSync(path.join(samples, APPENDIX_FILE)));
    const sheet = "xl/worksheets/sheet1.xml";
    expect(await bundled.file(sheet)!.async("string")).toBe(
      await built.file(sheet)!.async("string")
    );
  });

  it("imports to the seed's areas, task counts, titles and deadlines", async () => {
    const { code, out } = await run("import", path.join(samples, APPENDIX_FILE), "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    // The ids are generated from the names' initials (the seed's were chosen by hand); the names match.
    expect(json.areas.map((a: { name: string }) => a.name)).toEqual(AREAS.map((a) => a.name));
    const counts = json.areas.map(
      (a: { id: string }) => json.tasks.filter((t: { area: string }) => t.area === a.id).length
    );
    expect(counts).toEqual([5, 15, 4, 11, 4, 16, 3]);
    expect(json.tasks.map((t: { title: string; due: string | null }) => [t.title, t.due])).toEqual(
      TASKS.map((t) => [t.title, t.kind === "recurring" ? null : t.due])
    );
    expect(json.findings).toEqual([]);
  });

  it("import -o then refresh gives the seed sample's rollup at 06/11/2020, figure for figure", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "appendix-")), "nhap.xlsx");
    expect((await run("import", path.join(samples, APPENDIX_FILE), "-o", out)).code).toBe(0);
    const imported = await run("refresh", out, "--as-of", "2020-11-06", "--json");
    const seed = await run(
      "refresh",
      path.join(samples, SEED_FILE),
      "--as-of",
      "2020-11-06",
      "--json"
    );
    expect([imported.code, seed.code]).toEqual([0, 0]);
    const a = JSON.parse(imported.out);
    const b = JSON.parse(seed.out);
    expect(pick(a.total)).toEqual(pick(b.total));
    expect(a.areas.map((x: Figures) => [x.name, pick(x)])).toEqual(
      b.areas.map((x: Figures) => [x.name, pick(x)])
    );
    // The done tasks have no completion date in a list: each is said, none is counted late or on time.
    const undated = a.findings.filter((f: { code: string }) => f.code === "done-without-date");
    expect(undated).toHaveLength(b.total.doneOnTime + b.total.doneLate);
    expect(a.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
  });
});
