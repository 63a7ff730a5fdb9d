// The corpus of messy workbooks (issue 6, item 1), each case through both hosts: the CLI path
// (.xlsx read → analyse → write -o) and the Office.js adapter against the Excel double loaded with
// the same grid. For every case: the hand-written expected findings (code, sheet!cell) and rollups,
// every user sheet unchanged (values, formulas, formats, merges, hidden rows), and formula-looking
// text written back as text. The 100,000-row case is generated into a temp dir at test time.
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { refresh } from "../src/app/use-cases";
import { parseA1, sheetOfReference } from "../src/core/a1";
import { analyse } from "../src/core/analyse";
import { serialFromIso } from "../src/core/dates";
import { SEVERITY, type FindingCode } from "../src/core/findings";
import type { Counts } from "../src/core/model";
import type { PlanCell, SheetPlan } from "../src/core/plan";
import { SUMMARY_MARK } from "../src/core/summary";
import { main } from "../src/cli/main";
import { readExcelJsFile, readXlsxGrid } from "../src/cli/xlsx-file";
import { gridFromWorkbook } from "../src/xlsx/read";
import { parseRelationships, relsPathOf, resolveTarget, sheetParts } from "../src/xlsx/package";
import { topLevelElements } from "../src/xlsx/sheet-xml";
import { OfficeWorkbookHost } from "../src/office/host";
import { buildCase, CORPUS_DIR, type CaseSpec, type CellSpec } from "./corpus/build";
import { CASES } from "./corpus/cases";
import {
  createDouble,
  findSheet,
  fingerprint,
  getCell,
  workbookFromGrid,
  type ExcelDouble,
  type SheetState,
} from "../src/testing/excel-double";
import { clientEnv } from "./office-client/harness";
import { t as sheetText } from "../src/i18n";

/** Counts every case states in full: a key left out of the expected JSON means 0. */
const COUNT_KEYS = [
  "total",
  "done",
  "doneOnTime",
  "doneLate",
  "doneNoDeadline",
  "inProgress",
  "notStarted",
  "inTime",
  "suspended",
  "overdue",
  "dueSoon",
  "noDeadline",
  "nonStandardStatus",
  "noStatus",
] as const;
/** Rates every case must state (null when undefined); averageProgress is checked where given. */
const RATE_KEYS = ["completionRate", "dueCompletionRate"] as const;

type ExpectedCounts = Partial<Record<keyof Counts, number | null>>;

interface Expected {
  summarySheet: string;
  findings: string[];
  areas: (ExpectedCounts & { id: string })[];
  groups?: (ExpectedCounts & { name: string })[];
  total: ExpectedCounts;
  texts?: { text: string; inSummary: boolean }[];
  /** Where the CLI sees more than the adapter (it reads every sheet): its own findings, and `-o` refused. */
  cli?: { findings: string[]; writesNothing: boolean };
  /** No input sheets: the pane's refresh writes nothing either (issue 17), only the finding. */
  writesNothing?: boolean;
}

const tmp = mkdtempSync(join(tmpdir(), "corpus-"));
const stats = { cases: 0, cliCells: 0, doubleSheets: 0, userParts: 0 };

function loadExpected(id: string): Expected {
  return JSON.parse(readFileSync(join(CORPUS_DIR, `${id}.expected.json`), "utf8")) as Expected;
}

function checkCounts(actual: Counts, expected: ExpectedCounts, where: string): void {
  for (const key of RATE_KEYS)
    if (!(key in expected)) throw new Error(`${where}: the expected JSON must state ${key}`);
  for (const key of COUNT_KEYS)
    expect([where, key, actual[key]]).toEqual([where, key, expected[key] ?? 0]);
  for (const key of [...RATE_KEYS, "averageProgress"] as const) {
    if (!(key in expected)) continue;
    const want = expected[key];
    const got = actual[key];
    if (want === null || got === null) expect([where, key, got]).toEqual([where, key, want]);
    else if (Math.abs((got as number) - (want as number)) >= 5e-5)
      expect([where, key, got]).toEqual([where, key, want]);
  }
}

function checkRollups(
  rollup: {
    areas: (Counts & { id: string })[];
    total: Counts;
    groups?: (Counts & { name: string })[];
  },
  expected: Expected
): void {
  expect(rollup.areas.map((a) => a.id)).toEqual(expected.areas.map((a) => a.id));
  rollup.areas.forEach((a, i) => checkCounts(a, expected.areas[i], `area ${a.id}`));
  checkCounts(rollup.total, expected.total, "total");
  if (expected.groups && rollup.groups) {
    expect(rollup.groups.map((g) => g.name)).toEqual(expected.groups.map((g) => g.name));
    rollup.groups.forEach((g, i) => checkCounts(g, expected.groups![i], `group ${g.name}`));
  }
}

const findingKeys = (fs: { code: string; sheet: string; cell: string }[]): string[] =>
  fs.map((f) => `${f.code} ${f.sheet}!${f.cell}`).sort();

const sameName = (a: string, b: string): boolean =>
  a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();

// ---- the .xlsx side --------------------------------------------------------------------------

/** The sheet the summary mark points at in an ExcelJS workbook, if any. */
function markedSummary(wb: ExcelJS.Workbook): string | null {
  const ref = gridFromWorkbook(wb).names?.[SUMMARY_MARK];
  return ref ? sheetOfReference(ref) : null;
}

/** A hash of a sheet's values, formulas, number formats, merges and hidden rows. */
function sheetHash(ws: ExcelJS.Worksheet): { hash: string; cells: number } {
  const h = createHash("sha256");
  let cells = 0;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) h.update(`hidden ${r}\n`);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells++;
      h.update(`${r},${c}|${cell.type}|${JSON.stringify(cell.value)}|${cell.numFmt ?? ""}\n`);
    });
  });
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  h.update(JSON.stringify([...merges].sort()));
  return { hash: h.digest("hex"), cells };
}

/** Hashes of every user sheet (every sheet but the marked summary), by name. */
function userHashes(wb: ExcelJS.Workbook, names?: string[]): Record<string, string> {
  const summary = markedSummary(wb);
  const out: Record<string, string> = {};
  for (const ws of wb.worksheets) {
    if (names ? !names.includes(ws.name) : summary !== null && sameName(ws.name, summary)) continue;
    const { hash, cells } = sheetHash(ws);
    out[ws.name] = hash;
    stats.cliCells += cells;
  }
  return out;
}

/** ExcelJS keeps formulas without their "="; the texts must never be one, in any spelling. */
function asFormulaSpellings(text: string): string[] {
  const bare = text.replace(/^[=+@]/, "");
  return [text, bare, `=${bare}`, text.replace(/^=/, "")];
}

function planCellAt(plan: SheetPlan, a1: string): PlanCell | null {
  const { row, col } = parseA1(a1);
  for (const block of plan.blocks) {
    const at = parseA1(block.at);
    const cell = block.rows[row - at.row]?.[col - at.col];
    if (cell) return cell;
  }
  return null;
}

const editValue = (v: CellSpec): string | number | boolean | null =>
  v === null || typeof v !== "object" ? v : null;

async function runCli(spec: CaseSpec, file: string, out: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(["refresh", file, "--json", "--as-of", spec.asOf, "-o", out], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    today: serialFromIso("2026-03-05") as number,
  });
  return { code, stderr, report: stdout ? JSON.parse(stdout) : null };
}

// ---- byte for byte: every part the add-in does not own ----------------------------------------

/** Workbook-level parts that list the add-in's sheets: rewritten by a refresh (styles only appended to). */
const LISTING_PARTS = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
  "docProps/app.xml",
]);

/** The marked summary's part and what hangs off it (relationships, drawing, charts). */
async function ownedParts(zip: JSZip): Promise<Set<string>> {
  const owned = new Set<string>();
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const mark = new RegExp(`<definedName name="${SUMMARY_MARK}">([^<]*)</definedName>`).exec(
    workbook
  );
  const sheet = mark
    ? sheetOfReference(mark[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"))
    : null;
  const part = sheet === null ? undefined : (await sheetParts(zip)).get(sheet);
  const visit = async (path: string): Promise<void> => {
    if (owned.has(path) || !zip.file(path)) return;
    owned.add(path);
    const rels = zip.file(relsPathOf(path));
    if (!rels) return;
    owned.add(relsPathOf(path));
    for (const rel of parseRelationships(await rels.async("string")))
      if (rel.targetMode !== "External") await visit(resolveTarget(path, rel.target));
  };
  if (part) await visit(part);
  return owned;
}

/** Every part of the package the add-in neither owns nor lists, with its bytes. */
async function userParts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const owned = await ownedParts(zip);
  const out = new Map<string, Buffer>();
  for (const [path, entry] of Object.entries(zip.files))
    if (!entry.dir && !owned.has(path) && !LISTING_PARTS.has(path))
      out.set(path, Buffer.from(await entry.async("uint8array")));
  return out;
}

/** The styles part's lists (fonts, fills, cellXfs...), each as its entries' texts. */
async function styleEntries(file: string): Promise<Record<string, string[]>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  const out: Record<string, string[]> = {};
  if (!xml) return out;
  for (const c of topLevelElements(xml).children) {
    const el = xml.slice(c.start, c.end);
    out[c.name] =
      el.endsWith("/>") && !el.includes("</")
        ? []
        : topLevelElements(el).children.map((x) => el.slice(x.start, x.end));
  }
  return out;
}

/** `after` holds every user part of `before` with the same bytes, and every style entry at its index. */
async function expectUserPartsKept(before: string, after: string): Promise<void> {
  const [was, now] = [await userParts(before), await userParts(after)];
  const changed = [...was].filter(([path, bytes]) => !now.get(path)?.equals(bytes)).map(([p]) => p);
  expect(changed).toEqual([]);
  const [stylesWas, stylesNow] = [await styleEntries(before), await styleEntries(after)];
  for (const [name, items] of Object.entries(stylesWas))
    if (name !== "extLst")
      expect([name, (stylesNow[name] ?? []).slice(0, items.length)]).toEqual([name, items]);
  stats.userParts += was.size;
}

async function checkCli(spec: CaseSpec, file: string, expected: Expected): Promise<void> {
  const input = await readExcelJsFile(file);
  const before = userHashes(input);
  const out = join(tmp, `${spec.id}.out.xlsx`);
  const { code, stderr, report } = await runCli(spec, file, out);
  if (expected.cli?.writesNothing) {
    // No input sheets: -o writes nothing and says how to start (the template command).
    expect(stderr).toContain("template");
    expect(existsSync(out)).toBe(false);
    expect(findingKeys(report.findings)).toEqual([...expected.cli.findings].sort());
    return;
  }
  expect(stderr).toBe("");
  const errors = expected.findings.some(
    (f) => SEVERITY[f.split(" ")[0] as FindingCode] === "error"
  );
  expect(code).toBe(errors ? 1 : 0);
  expect(findingKeys(report.findings)).toEqual([...expected.findings].sort());
  checkRollups(report, expected);

  // Every part the add-in does not own is the input's bytes, after one refresh and after a second.
  await expectUserPartsKept(file, out);
  const again = join(tmp, `${spec.id}.again.xlsx`);
  expect((await runCli(spec, out, again)).stderr).toBe("");
  await expectUserPartsKept(file, again);
  await expectUserPartsKept(out, again);

  const written = await readExcelJsFile(out);
  expect(userHashes(written, Object.keys(before))).toEqual(before);
  const summaryName = markedSummary(written);
  expect(summaryName).toBe(expected.summarySheet);
  const summary = written.getWorksheet(expected.summarySheet)!;
  expect(summary).toBeDefined();
  expect(written.worksheets.filter((ws) => ws.name.startsWith(expected.summarySheet))).toHaveLength(
    1
  );

  for (const { text, inSummary } of expected.texts ?? []) {
    const spellings = asFormulaSpellings(text);
    let inSummaryAsText = 0;
    for (const ws of written.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula)
            expect(spellings.map((f) => `${ws.name}!${cell.address} ${f}`)).not.toContain(
              `${ws.name}!${cell.address} ${cell.formula}`
            );
          if (cell.value === text) {
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            if (ws === summary) inSummaryAsText++;
          }
        })
      );
    }
    if (inSummary) expect([text, inSummaryAsText > 0]).toEqual([text, true]);
  }

  if (spec.summaryEdits) {
    const asOf = serialFromIso(spec.asOf) as number;
    const plan = analyse(gridFromWorkbook(input), {
      t: sheetText,
      today: asOf,
      reportDate: asOf,
      lang: "vi",
    }).plan.sheets.find((p) => p.role === "summary")!;
    for (const [a1, typed] of Object.entries(spec.summaryEdits)) {
      const planned = planCellAt(plan, a1);
      const cell = summary.getCell(a1);
      if (planned && "formula" in planned)
        expect(cell.formula).toBe(planned.formula.replace(/^=/, ""));
      else expect(cell.value ?? null).toEqual(planned?.value ?? null);
      expect(cell.value).not.toEqual(editValue(typed));
    }
  }
}

// ---- the adapter side ------------------------------------------------------------------------

function doubleSummary(double: ExcelDouble): SheetState | null {
  const mark = double.wb.names.find((n) => n.name === SUMMARY_MARK);
  return mark ? (double.wb.sheets.find((s) => s.id === mark.sheetId) ?? null) : null;
}

function doubleUserPrints(double: ExcelDouble, names?: string[]): Record<string, string> {
  const summary = doubleSummary(double);
  return Object.fromEntries(
    double.wb.sheets
      .filter((s) => (names ? names.includes(s.name) : s !== summary))
      .map((s) => [s.name, fingerprint(s)])
  );
}

async function checkDouble(spec: CaseSpec, file: string, expected: Expected): Promise<void> {
  const grid = await readXlsxGrid(file);
  const double = createDouble(workbookFromGrid(grid));
  // Through Microsoft's Excel client (tests/office-client), the double answering its batches.
  const host = new OfficeWorkbookHost(clientEnv(double));
  const before = doubleUserPrints(double);
  const asOf = serialFromIso(spec.asOf) as number;
  const result = await refresh(host, { lang: "vi", today: asOf, reportDate: asOf });

  expect(result.findings.filter((f) => f.code === "host-error")).toEqual([]);
  expect(findingKeys(result.findings)).toEqual([...expected.findings].sort());
  checkRollups(result.rollup, expected);
  expect(doubleUserPrints(double, Object.keys(before))).toEqual(before);
  stats.doubleSheets += Object.keys(before).length;
  if (expected.writesNothing) {
    expect(doubleSummary(double)).toBeNull();
    expect(double.wb.sheets.map((s) => s.name)).toEqual(Object.keys(before));
    return;
  }
  expect(result.summarySheet).toBe(expected.summarySheet);
  const summary = doubleSummary(double);
  expect(summary?.name).toBe(expected.summarySheet);
  expect(double.wb.sheets.filter((s) => s.name.startsWith(expected.summarySheet))).toHaveLength(1);

  for (const { text, inSummary } of expected.texts ?? []) {
    const spellings = asFormulaSpellings(text);
    for (const s of double.wb.sheets)
      for (const c of s.cells.values())
        if (c.formula !== undefined) expect(spellings).not.toContain(c.formula);
    const cells = [...summary!.cells.values()].filter((c) => c.value === text);
    for (const c of cells)
      expect([text, c.formula, c.quotePrefix]).toEqual([text, undefined, true]);
    if (inSummary) expect([text, cells.length > 0]).toEqual([text, true]);
  }

  if (spec.summaryEdits) {
    const plan = analyse(grid, {
      t: sheetText,
      today: asOf,
      reportDate: asOf,
      lang: "vi",
    }).plan.sheets.find((p) => p.role === "summary")!;
    for (const [a1, typed] of Object.entries(spec.summaryEdits)) {
      const planned = planCellAt(plan, a1);
      const { row, col } = parseA1(a1);
      const cell = getCell(summary!, row - 1, col);
      if (planned && "formula" in planned) expect(cell?.formula).toBe(planned.formula);
      else expect(cell?.value ?? "").toEqual(planned?.value ?? "");
      expect(cell?.value).not.toEqual(editValue(typed));
    }
  }
  // A second refresh changes nothing more: the summary is replaced, never duplicated.
  const summaryPrint = fingerprint(summary!);
  await refresh(host, { lang: "vi", today: asOf, reportDate: asOf });
  expect(fingerprint(findSheet(double.wb, expected.summarySheet)!)).toBe(summaryPrint);
  expect(doubleUserPrints(double, Object.keys(before))).toEqual(before);
}

// ---- the cases -------------------------------------------------------------------------------

describe("the corpus of messy workbooks", () => {
  it("holds at least 30 described cases, each with its workbook and hand-written expectations", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    for (const c of CASES) {
      expect(() => readFileSync(join(CORPUS_DIR, `${c.id}.xlsx`))).not.toThrow();
      expect(loadExpected(c.id).findings).toBeInstanceOf(Array);
    }
  });

  describe.each(CASES.map((c) => [c.id, c] as const))("%s", (id, spec) => {
    const file = join(CORPUS_DIR, `${id}.xlsx`);
    const expected = loadExpected(id);

    it(`through the CLI: ${spec.about}`, async () => {
      await checkCli(spec, file, expected);
      stats.cases++;
    });

    it("through the Office.js adapter against the Excel double", async () => {
      await checkDouble(spec, file, expected);
    });
  });

  describe("100,000 tasks, generated at test time", () => {
    const ROWS = 100000;
    // Task i: even rows go to TT (done and recurring, or not started and overdue), odd rows to DV
    // (in progress before its deadline, or suspended), a quarter of the table each.
    const KINDS: CellSpec[][] = [
      ["TT", "Thường xuyên", null, "Hoàn thành"],
      ["DV", "Theo lộ trình", serialFromIso("2020-12-31"), "Đang thực hiện"],
      ["TT", "Theo lộ trình", serialFromIso("2020-10-31"), "Chưa thực hiện"],
      ["DV", "Theo lộ trình", serialFromIso("2020-10-01"), "Tạm dừng"],
    ];
    const spec: CaseSpec = {
      id: "100k-rows",
      about: "a task table of 100,000 rows",
      asOf: "2020-11-06",
      sheets: [
        {
          name: "Lĩnh vực",
          rows: [
            ["Mã", "Lĩnh vực"],
            ["TT", "Công tác tư tưởng"],
            ["DV", "Công tác dân vận"],
          ],
        },
        {
          name: "Nhiệm vụ",
          rows: [
            ["Mã", "Lĩnh vực", "Nội dung nhiệm vụ", "Loại", "Thời hạn", "Trạng thái"],
            ...Array.from({ length: ROWS }, (_, i) => {
              const [area, kind, due, status] = KINDS[i % 4];
              return [
                `NV${String(i + 1).padStart(6, "0")}`,
                area,
                `Nhiệm vụ số ${i + 1}`,
                kind,
                due,
                status,
              ];
            }),
          ],
          formats: { E: "dd/mm/yyyy" },
        },
      ],
    };
    const quarter = ROWS / 4;
    const expected: Expected = {
      summarySheet: "Tổng hợp",
      findings: [],
      areas: [
        {
          id: "TT",
          total: 2 * quarter,
          done: quarter,
          doneNoDeadline: quarter,
          notStarted: quarter,
          overdue: quarter,
          noDeadline: quarter,
          completionRate: 0.5,
          // Its done tasks are recurring: none is judged against a deadline, its overdue ones are.
          dueCompletionRate: 0,
        },
        {
          id: "DV",
          total: 2 * quarter,
          inProgress: quarter,
          inTime: quarter,
          suspended: quarter,
          completionRate: 0,
          dueCompletionRate: null,
        },
      ],
      total: {
        total: ROWS,
        done: quarter,
        doneNoDeadline: quarter,
        inProgress: quarter,
        notStarted: quarter,
        inTime: quarter,
        suspended: quarter,
        overdue: quarter,
        noDeadline: quarter,
        completionRate: 1 / 3,
        dueCompletionRate: 0,
      },
    };
    const file = join(tmp, "100k-rows.xlsx");
    beforeAll(async () => {
      const started = Date.now();
      await buildCase(spec, file);
      console.log(`100,000-row workbook built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }, 300000);

    it("through the CLI", async () => {
      await checkCli(spec, file, expected);
      stats.cases++;
    }, 300000);

    it("through the Office.js adapter against the Excel double", async () => {
      await checkDouble(spec, file, expected);
    }, 300000);
  });

  afterAll(() => {
    console.log(
      `corpus: ${stats.cases} cases through the CLI and the double; ${stats.cliCells} user cells hashed in .xlsx files, ${stats.userParts} user parts compared byte for byte, ${stats.doubleSheets} user sheets fingerprinted in the double`
    );
  });
});
