import fc from "fast-check";
import type { Model, Status, Task, TaskKind } from "./model";
import { rollupModel, timeClass } from "./rollup";

const R = 44141; // report date 06/11/2020
const task = (over: Partial<Task>): Task => ({
  id: "T",
  areaId: "A",
  areaText: "A",
  title: "x",
  kind: "roadmap",
  unit: "",
  due: R + 30,
  status: "not-started",
  progress: null,
  completedOn: null,
  notes: "",
  row: 2,
  ...over,
});
const model = (tasks: Task[], areas = [{ id: "A", group: "" }]): Model => ({
  areas: areas.map((a, i) => ({
    id: a.id,
    name: `Area ${a.id}`,
    leadUnit: "",
    order: i + 1,
    group: a.group,
    row: i + 2,
  })),
  tasks,
  areasTable: null,
  tasksTable: null,
});

describe("the time layer at the report date", () => {
  it("judges done tasks on time or late by completion against due date", () => {
    expect(timeClass(task({ status: "done", due: R, completedOn: R }), R, 7)).toBe("done-on-time");
    expect(timeClass(task({ status: "done", due: R, completedOn: R + 1 }), R, 7)).toBe("done-late");
    expect(timeClass(task({ status: "done", due: R }), R, 7)).toBe("done-undated");
  });

  it("judges unfinished tasks overdue, due soon or in time", () => {
    expect(timeClass(task({ due: R - 1 }), R, 7)).toBe("overdue");
    expect(timeClass(task({ due: R, status: "in-progress" }), R, 7)).toBe("due-soon");
    expect(timeClass(task({ due: R + 7 }), R, 7)).toBe("due-soon");
    expect(timeClass(task({ due: R + 8 }), R, 7)).toBe("in-time");
    expect(timeClass(task({ due: R + 8 }), R, 10)).toBe("due-soon");
  });

  it("counts dates with a time of day as the summary's formulas compare them", () => {
    // Due 7 days on at 17:00 is still within "due soon" (due < R+8), 8 days on at 00:30 is not.
    expect(timeClass(task({ due: R + 7.7 }), R, 7)).toBe("due-soon");
    expect(timeClass(task({ due: R + 8.02 }), R, 7)).toBe("in-time");
    // Due yesterday at 23:00 is overdue; due today at 09:00 is not yet.
    expect(timeClass(task({ due: R - 0.04 }), R, 7)).toBe("overdue");
    expect(timeClass(task({ due: R + 0.375 }), R, 7)).toBe("due-soon");
    // Done at 15:00 on the due day (due at 00:00) is late, as the formula completed<=due says.
    expect(timeClass(task({ status: "done", due: R, completedOn: R + 0.625 }), R, 7)).toBe(
      "done-late"
    );
    expect(timeClass(task({ status: "done", due: R + 0.75, completedOn: R + 0.625 }), R, 7)).toBe(
      "done-on-time"
    );
  });

  it("puts recurring tasks and tasks without a deadline outside the deadline rules", () => {
    expect(timeClass(task({ kind: "recurring", due: R - 100 }), R, 7)).toBe("no-deadline");
    expect(timeClass(task({ due: null }), R, 7)).toBe("no-deadline");
    expect(timeClass(task({ status: "suspended", due: R - 100 }), R, 7)).toBe("suspended");
  });
});

describe("rollups per area, group and total", () => {
  it("counts statuses and computes both completion rates", () => {
    const tasks = [
      task({ status: "done", due: R - 10, completedOn: R - 12, progress: 1 }),
      task({ status: "done", due: R - 10, completedOn: R - 5 }),
      task({ status: "in-progress", due: R - 1, progress: 0.5 }),
      task({ status: "not-started", due: R + 3 }),
      task({ status: "suspended" }),
      task({ status: "in-progress", kind: "recurring", progress: 0.2 }),
    ];
    const r = rollupModel(model(tasks), R, 7);
    expect(r.areas[0]).toMatchObject({
      total: 6,
      done: 2,
      doneOnTime: 1,
      doneLate: 1,
      inProgress: 2,
      notStarted: 1,
      suspended: 1,
      overdue: 1,
      dueSoon: 1,
      noDeadline: 1,
    });
    expect(r.areas[0].completionRate).toBeCloseTo(2 / 5);
    expect(r.areas[0].dueCompletionRate).toBeCloseTo(2 / 3);
    expect(r.areas[0].averageProgress).toBeCloseTo((1 + 1 + 0.5 + 0 + 0.2) / 5);
    expect(r.total).toMatchObject({ total: 6, done: 2 });
  });

  it("gives no rate where there is nothing to divide by", () => {
    const r = rollupModel(model([task({ status: "suspended" })]), R, 7);
    expect(r.areas[0].completionRate).toBeNull();
    expect(r.areas[0].dueCompletionRate).toBeNull();
  });

  it("subtotals groups in the order of their first area and leaves unknown areas out", () => {
    const m = model(
      [
        task({ areaId: "A" }),
        task({ areaId: "B", status: "done", completedOn: R }),
        task({ areaId: "C" }),
        task({ areaId: null, row: 9 }),
      ],
      [
        { id: "A", group: "Khối Đảng" },
        { id: "B", group: "Khối chính quyền" },
        { id: "C", group: "Khối Đảng" },
      ]
    );
    const r = rollupModel(m, R, 7);
    expect(r.groups.map((g) => [g.name, g.areaIds, g.total])).toEqual([
      ["Khối Đảng", ["A", "C"], 2],
      ["Khối chính quyền", ["B"], 1],
    ]);
    expect(r.total.total).toBe(3);
    expect(r.excludedRows).toEqual([9]);
  });

  it("always adds status counts up to the total and keeps every rate within 0..1", () => {
    const status = fc.constantFrom<Status | null>(
      "not-started",
      "in-progress",
      "done",
      "suspended",
      null
    );
    const kind = fc.constantFrom<TaskKind | null>("roadmap", "recurring", null);
    const date = fc.option(fc.integer({ min: R - 400, max: R + 400 }), { nil: null });
    const arbTask = fc.record({
      areaId: fc.constantFrom("A", "B", "C", null),
      status,
      kind,
      due: date,
      completedOn: date,
      progress: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(arbTask, { maxLength: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (specs, n) => {
          const tasks = specs.map((s, i) => task({ ...s, row: i + 2 }));
          const r = rollupModel(
            model(tasks, [
              { id: "A", group: "G" },
              { id: "B", group: "G" },
              { id: "C", group: "" },
            ]),
            R,
            n
          );
          for (const c of [...r.areas, ...r.groups, r.total]) {
            expect(c.done + c.inProgress + c.notStarted + c.suspended + c.unknownStatus).toBe(
              c.total
            );
            expect(c.doneOnTime + c.doneLate).toBeLessThanOrEqual(c.done);
            expect(c.overdue + c.dueSoon).toBeLessThanOrEqual(c.inProgress + c.notStarted);
            for (const rate of [c.completionRate, c.dueCompletionRate, c.averageProgress]) {
              if (rate !== null) {
                expect(rate).toBeGreaterThanOrEqual(0);
                expect(rate).toBeLessThanOrEqual(1);
              }
            }
          }
          expect(r.total.total + r.excludedRows.length).toBe(tasks.length);
        }
      ),
      { numRuns: 300 }
    );
  });
});
