// The merge rules: matching by ID whatever the copy did to the sheet, three-way against the snapshot,
// agreements applied once, conflicts never applied, structural edits and added/deleted rows reported.
import fc from "fast-check";
import type { Status } from "../model";
import { unifyTonePlacement } from "../text";
import {
  mergeCopies,
  resolveConflicts,
  type CopyInput,
  type MergeResult,
  type UpdateField,
} from ".";
import {
  D,
  snapshotOf,
  task,
  workbookOf,
  type SheetShape,
  type TaskSpec,
  type Typing,
} from "../../../tests/merge/fixtures";
import { t as sheetText } from "../../i18n";

const MASTER_TASKS: TaskSpec[] = [
  task("NV1", { status: "done", progress: 1, completedOn: D("2020-05-01"), notes: "Đã xong" }),
  task("NV2"),
  task("NV3", { area: "TC", status: "not-started", progress: null }),
  task("NV4", { area: "TC", notes: "Chờ ý kiến" }),
];
const master = workbookOf(MASTER_TASKS);
const edit = (tasks: TaskSpec[], id: string, change: Partial<TaskSpec>): TaskSpec[] =>
  tasks.map((t) => (t.id === id ? { ...t, ...change } : t));
const copy = (
  source: string,
  tasks: TaskSpec[],
  opts: { typing?: Typing; shape?: SheetShape; snapshot?: boolean; office?: "TT" | "TC" } = {}
): CopyInput => ({
  source,
  grid: workbookOf(
    tasks,
    opts.typing,
    opts.shape,
    opts.snapshot === false ? [] : [snapshotOf(master, opts.office)]
  ),
});

describe("merging returned copies", () => {
  it("applies an office's update with the master's cell and the copy's cell", () => {
    const r = mergeCopies(sheetText, master, [
      copy(
        "tt.xlsx",
        edit(MASTER_TASKS, "NV2", { status: "done", progress: 1, completedOn: D("2020-06-20") })
      ),
    ]);
    expect(r.conflicts).toEqual([]);
    expect(r.applied.map((a) => [a.task, a.field, a.from, a.to])).toEqual([
      ["NV2", "status", "in-progress", "done"],
      ["NV2", "progress", 0.5, 1],
      ["NV2", "completedOn", null, D("2020-06-20")],
    ]);
    expect(r.applied[0].masterCell).toEqual({ sheet: "Nhiệm vụ", cell: "G3" });
    expect(r.applied[0].cells).toEqual([{ source: "tt.xlsx", sheet: "Nhiệm vụ", cell: "G3" }]);
    expect(r.writes.map((w) => [w.cell, w.to])).toEqual([
      ["G3", "Hoàn thành"],
      ["H3", 1],
      ["I3", D("2020-06-20")],
    ]);
    expect(r.copies).toEqual([
      { source: "tt.xlsx", mode: "three-way", office: "", sharedOn: D("2020-10-01") },
    ]);
  });

  it("matches tasks by ID in a re-sorted copy with moved and inserted columns, aliases, text dates and 80%", () => {
    const edited = edit(MASTER_TASKS, "NV3", { status: "in-progress", progress: 0.8 });
    const shape: SheetShape = { order: [9, 6, 0, 2, 1, 3, 4, 5, 7, 8], insertAt: 2, reverse: true };
    const r = mergeCopies(sheetText, master, [
      copy("tc.xlsx", edited, {
        typing: { alias: true, percentText: true, textDates: true, nfd: true },
        shape,
      }),
    ]);
    expect(r.applied.map((a) => [a.task, a.field, a.to])).toEqual([
      ["NV3", "status", "in-progress"],
      ["NV3", "progress", 0.8],
    ]);
    expect(r.ignored).toEqual([]);
  });

  it("keeps a change made at the centre since sharing that the office did not touch", () => {
    const centre = workbookOf(edit(MASTER_TASKS, "NV4", { status: "suspended" }));
    const r = mergeCopies(sheetText, centre, [
      copy("tc.xlsx", edit(MASTER_TASKS, "NV4", { notes: "Đã trình" })),
    ]);
    expect(r.applied.map((a) => [a.task, a.field, a.to])).toEqual([["NV4", "notes", "Đã trình"]]);
  });

  it("reverts nothing two-way but says the copy had no snapshot", () => {
    const r = mergeCopies(sheetText, master, [
      copy("old.xlsx", edit(MASTER_TASKS, "NV1", { notes: "Xong" }), { snapshot: false }),
    ]);
    expect(r.copies[0].mode).toBe("two-way");
    expect(r.findings.map((f) => [f.code, f.severity, f.source])).toEqual([
      ["merge-two-way", "warning", "old.xlsx"],
    ]);
    expect(r.applied.map((a) => a.to)).toEqual(["Xong"]);
  });

  it("applies an agreement once naming both offices, and reports a disagreement without applying it", () => {
    const a = copy("a.xlsx", edit(MASTER_TASKS, "NV2", { status: "done", progress: 0.9 }));
    const b = copy("b.xlsx", edit(MASTER_TASKS, "NV2", { status: "done", progress: 0.7 }));
    const r = mergeCopies(sheetText, master, [a, b]);
    expect(r.applied.map((x) => [x.field, x.sources])).toEqual([["status", ["a.xlsx", "b.xlsx"]]]);
    expect(
      r.conflicts.map((c) => [c.task, c.field, c.master, c.values.map((v) => [v.source, v.value])])
    ).toEqual([
      [
        "NV2",
        "progress",
        0.5,
        [
          ["a.xlsx", 0.9],
          ["b.xlsx", 0.7],
        ],
      ],
    ]);
    expect(r.writes.map((w) => w.field)).toEqual(["status"]);
  });

  it("writes the value the user chose for a conflict and keeps an unchosen conflict unwritten", () => {
    const a = copy("a.xlsx", edit(MASTER_TASKS, "NV2", { progress: 0.9, notes: "A" }));
    const b = copy("b.xlsx", edit(MASTER_TASKS, "NV2", { progress: 0.7, notes: "B" }));
    const r = mergeCopies(sheetText, master, [a, b]);
    expect(r.conflicts.map((c) => c.field)).toEqual(["progress", "notes"]);
    const resolved = resolveConflicts(master, r, [
      { task: "NV2", field: "progress", source: "b.xlsx" },
      { task: "NV2", field: "notes", source: null },
    ]);
    expect(resolved.applied.map((x) => [x.field, x.from, x.to, x.sources])).toEqual([
      ["progress", 0.5, 0.7, ["b.xlsx"]],
    ]);
    expect(resolved.writes.map((w) => [w.cell, w.from, w.to])).toEqual([["H3", 0.5, 0.7]]);
    expect(resolved.conflicts.map((c) => c.field)).toEqual(["notes"]);
    expect(r.conflicts).toHaveLength(2); // the review's own result is left as it was
  });

  it("reports an office's change to a field the centre also changed as a conflict", () => {
    const centre = workbookOf(edit(MASTER_TASKS, "NV2", { status: "suspended" }));
    const r = mergeCopies(sheetText, centre, [
      copy("tt.xlsx", edit(MASTER_TASKS, "NV2", { status: "done" })),
    ]);
    expect(r.applied).toEqual([]);
    expect(r.conflicts.map((c) => [c.task, c.field, c.master])).toEqual([
      ["NV2", "status", "suspended"],
    ]);
  });

  it("reports structural edits, added rows and deleted rows with their cells, and applies none", () => {
    const tasks = [
      ...edit(MASTER_TASKS, "NV2", { title: "Nhiệm vụ khác", due: D("2021-01-01") }).filter(
        (t) => t.id !== "NV4"
      ),
      task("NV9"),
    ];
    const r = mergeCopies(sheetText, master, [copy("tt.xlsx", tasks)]);
    expect(r.applied).toEqual([]);
    expect(r.ignored.map((i) => [i.task, i.field, i.reason, i.sheet, i.cell])).toEqual([
      ["NV2", "title", "structural", "Nhiệm vụ", "C3"],
      ["NV2", "due", "structural", "Nhiệm vụ", "F3"],
      ["NV9", null, "unknown-task", "Nhiệm vụ", "A5"],
      ["NV4", null, "deleted-row", "Bản chụp chia sẻ", "A14"],
    ]);
  });

  it("ignores an edit of another office's task and an unreadable value", () => {
    const tasks = edit(edit(MASTER_TASKS, "NV3", { status: "done" }), "NV2", { notes: "x" });
    const grid = workbookOf(tasks, {}, {}, [snapshotOf(master, "TT")]);
    grid.sheets[1].values[2][7] = "nhiều"; // NV2's progress, typed as a word
    const r = mergeCopies(sheetText, master, [{ source: "tt.xlsx", grid }]);
    expect(r.applied.map((a) => [a.task, a.field])).toEqual([["NV2", "notes"]]);
    expect(r.ignored.map((i) => [i.task, i.field, i.reason, i.cell])).toEqual([
      ["NV2", "progress", "invalid-value", "H3"],
      ["NV3", "status", "other-office", "G4"],
    ]);
  });

  it("refuses an unreadable file, a workbook without tasks and another programme, and merges the rest", () => {
    const other = workbookOf([task("KH1", { status: "done" }), task("KH2")]);
    const r = mergeCopies(sheetText, master, [
      { source: "anh.jpg", refused: "not-xlsx", detail: "End of data reached" },
      {
        source: "trong.xlsx",
        grid: { sheets: [{ name: "Sheet1", address: "A1", values: [["a"]] }] },
      },
      { source: "khac.xlsx", grid: other },
      copy("tt.xlsx", edit(MASTER_TASKS, "NV1", { notes: "Xong" })),
    ]);
    expect(r.findings.map((f) => [f.code, f.severity, f.source])).toEqual([
      ["merge-unreadable", "error", "anh.jpg"],
      ["merge-no-tasks", "error", "trong.xlsx"],
      ["merge-other-programme", "error", "khac.xlsx"],
    ]);
    expect(r.copies.map((c) => c.mode)).toEqual(["refused", "refused", "refused", "three-way"]);
    expect(r.applied.map((a) => a.sources[0])).toEqual(["tt.xlsx"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const STATUSES: (Status | null)[] = ["not-started", "in-progress", "done", "suspended", null];
const specArb = (id: string): fc.Arbitrary<TaskSpec> =>
  fc.record({
    id: fc.constant(id),
    area: fc.constantFrom<"TT" | "TC">("TT", "TC"),
    title: fc.constantFrom("Sinh hoạt chính trị dưới cờ", "Xuất bản sách", "Mô hình Dân vận khéo"),
    due: fc.constantFrom(D("2020-06-30"), D("2021-01-15")),
    status: fc.constantFrom(...STATUSES),
    progress: fc.constantFrom(null, 0, 0.25, 0.5, 0.8, 1),
    completedOn: fc.constantFrom(null, D("2020-05-01"), D("2020-07-02")),
    notes: fc.constantFrom("", "Đã trình", "Chờ ý kiến chỉ đạo", "Hòa giải"),
  });
const programmeArb = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => specArb(`NV${i + 1}`))));
const typingArb: fc.Arbitrary<Typing> = fc.record({
  alias: fc.boolean(),
  percentText: fc.boolean(),
  textDates: fc.boolean(),
  nfd: fc.boolean(),
});
const shapeArb: fc.Arbitrary<SheetShape> = fc.record({
  order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 10, maxLength: 10 }),
  insertAt: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  reverse: fc.boolean(),
});
type Edit = { task: number; field: UpdateField; value: number };
const editArb: fc.Arbitrary<Edit> = fc.record({
  task: fc.nat(7),
  field: fc.constantFrom<UpdateField>("status", "progress", "completedOn", "notes"),
  value: fc.nat(4),
});
const VALUES: { [F in UpdateField]: TaskSpec[F][] } = {
  status: STATUSES,
  progress: [null, 0.1, 0.5, 0.9, 1],
  completedOn: [null, D("2020-05-01"), D("2020-06-01"), D("2020-07-02"), D("2020-08-03")],
  notes: ["", "Đã trình", "Hoà giải", "Xong", "Chờ"],
};
function applyEdits(tasks: TaskSpec[], edits: Edit[]): TaskSpec[] {
  const out = tasks.map((t) => ({ ...t }));
  for (const e of edits) {
    const t = out[e.task % out.length];
    (t as unknown as Record<string, unknown>)[e.field] = VALUES[e.field][e.value];
  }
  return out;
}
const key = (x: { task: string; field: string | null }) => `${x.task}/${x.field}`;
const canonical = (r: MergeResult) => ({
  applied: r.applied.map((a) => ({
    ...a,
    sources: [...a.sources].sort(),
    offices: [],
    cells: [...a.cells].sort((p, q) => p.source.localeCompare(q.source)),
  })),
  conflicts: r.conflicts.map((c) => ({
    ...c,
    values: [...c.values].sort((p, q) => p.source.localeCompare(q.source)),
  })),
  ignored: [...r.ignored].sort((p, q) =>
    `${p.source}${key(p)}${p.reason}`.localeCompare(`${q.source}${key(q)}${q.reason}`)
  ),
  findings: [...r.findings].sort((p, q) =>
    `${p.source}${p.code}`.localeCompare(`${q.source}${q.code}`)
  ),
  writes: r.writes,
});

describe("merge properties", () => {
  it("a copy merged into its own master changes nothing, whatever the copy did to the sheet's shape", () => {
    fc.assert(
      fc.property(
        programmeArb,
        typingArb,
        shapeArb,
        fc.boolean(),
        (tasks, typing, shape, withSnapshot) => {
          const m = workbookOf(tasks);
          const extra = withSnapshot ? [snapshotOf(m)] : [];
          const r = mergeCopies(sheetText, m, [
            { source: "c.xlsx", grid: workbookOf(tasks, typing, shape, extra) },
          ]);
          expect(r.applied).toEqual([]);
          expect(r.conflicts).toEqual([]);
          expect(r.ignored).toEqual([]);
          expect(r.writes).toEqual([]);
        }
      ),
      { numRuns: 150 }
    );
  });

  it("the order of the copies changes only the order of the lists", () => {
    fc.assert(
      fc.property(
        programmeArb,
        fc.array(fc.array(editArb, { maxLength: 5 }), { minLength: 2, maxLength: 4 }),
        fc.boolean(),
        (tasks, edits, withSnapshot) => {
          const m = workbookOf(tasks);
          const extra = withSnapshot ? [snapshotOf(m)] : [];
          const copies: CopyInput[] = edits.map((e, i) => ({
            source: `c${i}.xlsx`,
            grid: workbookOf(applyEdits(tasks, e), {}, {}, extra),
          }));
          const forward = mergeCopies(sheetText, m, copies);
          const backward = mergeCopies(sheetText, m, [...copies].reverse());
          expect(canonical(backward)).toEqual(canonical(forward));
        }
      ),
      { numRuns: 100 }
    );
  });

  it("three-way never reverts a centre change the office did not touch", () => {
    fc.assert(
      fc.property(
        programmeArb,
        fc.array(editArb, { maxLength: 6 }),
        fc.array(editArb, { maxLength: 6 }),
        (tasks, centreEdits, officeEdits) => {
          const shared = workbookOf(tasks);
          const centre = applyEdits(tasks, centreEdits);
          const office = applyEdits(tasks, officeEdits);
          const r = mergeCopies(sheetText, workbookOf(centre), [
            { source: "o.xlsx", grid: workbookOf(office, {}, {}, [snapshotOf(shared)]) },
          ]);
          const touched = new Set(
            officeEdits.map((e) => `${tasks[e.task % tasks.length].id}/${e.field}`)
          );
          for (const a of r.applied) expect(touched.has(key(a))).toBe(true);
          for (const w of r.writes)
            expect(r.applied.some((a) => a.masterCell.cell === w.cell)).toBe(true);
        }
      ),
      { numRuns: 150 }
    );
  });

  it("every conflict is reported and none is applied", () => {
    fc.assert(
      fc.property(
        programmeArb,
        fc.array(editArb, { maxLength: 6 }),
        fc.array(editArb, { maxLength: 6 }),
        (tasks, editsA, editsB) => {
          const m = workbookOf(tasks);
          const a = applyEdits(tasks, editsA);
          const b = applyEdits(tasks, editsB);
          const snap = [snapshotOf(m)];
          const r = mergeCopies(sheetText, m, [
            { source: "a.xlsx", grid: workbookOf(a, {}, {}, snap) },
            { source: "b.xlsx", grid: workbookOf(b, {}, {}, snap) },
          ]);
          const conflicted = new Set(r.conflicts.map(key));
          const norm = (v: unknown) =>
            v === "" ? null : typeof v === "string" ? unifyTonePlacement(v) : v;
          tasks.forEach((t, i) => {
            for (const field of ["status", "progress", "completedOn", "notes"] as UpdateField[]) {
              const base = norm(t[field]);
              const va = norm(a[i][field]);
              const vb = norm(b[i][field]);
              const bothChanged = va !== base && vb !== base && va !== vb;
              expect(conflicted.has(`${t.id}/${field}`)).toBe(bothChanged);
            }
          });
          for (const c of r.conflicts) {
            expect(r.applied.some((x) => key(x) === key(c))).toBe(false);
            expect(r.writes.some((w) => w.cell === c.masterCell.cell)).toBe(false);
          }
        }
      ),
      { numRuns: 150 }
    );
  });
});
