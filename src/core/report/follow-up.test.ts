// The follow-up list: which tasks it holds, how it groups them by unit and how it sorts them; and the
// printed sheet's shape (title block, print setup, the as-of statement).
import type { Area, Model, Rollup, Task } from "../model";
import { rollupModel } from "../rollup";
import { DEFAULT_SETTINGS } from "../settings";
import { followUpList, followUpSheetPlan, FOLLOW_UP_MARK } from "./follow-up";
import { t as sheetText } from "../../i18n";

const R = 43281; // 30/06/2018
const area = (id: string, leadUnit: string, order: number): Area => ({
  id,
  name: `Area ${id}`,
  leadUnit,
  order,
  group: "",
  row: order + 1,
});
let row = 1;
const task = (over: Partial<Task>): Task => ({
  id: `T${row}`,
  areaId: "A",
  areaText: "A",
  title: `Task ${row}`,
  kind: "roadmap",
  unit: "",
  due: R + 30,
  status: "in-progress",
  progress: null,
  completedOn: null,
  notes: "",
  row: ++row,
  ...over,
});
const model = (tasks: Task[]): Model => ({
  areas: [area("A", "Ban A", 1), area("B", "Ban B", 2)],
  tasks,
  areasTable: null,
  tasksTable: null,
});
const list = (tasks: Task[], dueSoonDays = 7): ReturnType<typeof followUpList> => {
  const m = model(tasks);
  return followUpList(m, rollupModel(m, R, dueSoonDays));
};

describe("the follow-up list", () => {
  it("holds a task done after the report date that was overdue at it, as the rollup counts it", () => {
    const m = model([
      task({ id: "late", due: R - 10, status: "done", completedOn: R + 20 }),
      task({ id: "soon", due: R + 3, status: "done", completedOn: R + 5 }),
      task({ id: "before", due: R - 10, status: "done", completedOn: R - 1 }),
    ]);
    const rollup = rollupModel(m, R, 7);
    const groups = followUpList(m, rollup);
    const items = groups.flatMap((g) => g.items);
    expect(items.map((i) => [i.taskId, i.overdue, i.status])).toEqual([
      ["late", true, "in-progress"],
      ["soon", false, "in-progress"],
    ]);
    expect(items.filter((i) => i.overdue)).toHaveLength(rollup.total.overdue);
    expect(items.filter((i) => !i.overdue)).toHaveLength(rollup.total.dueSoon);
  });

  it("holds overdue and due-soon tasks only", () => {
    const groups = list([
      task({ id: "over", due: R - 3 }),
      task({ id: "soon", due: R + 2 }),
      task({ id: "later", due: R + 30 }),
      task({ id: "done", due: R - 3, status: "done", completedOn: R - 1 }),
      task({ id: "paused", due: R - 3, status: "suspended" }),
      task({ id: "recurring", due: R - 3, kind: "recurring" }),
      task({ id: "nodate", due: null }),
    ]);
    expect(groups.flatMap((g) => g.items.map((i) => i.taskId))).toEqual(["over", "soon"]);
    expect(groups[0].items.map((i) => [i.daysOverdue, i.overdue])).toEqual([
      [3, true],
      [-2, false],
    ]);
  });

  it("follows the due-soon window of the settings", () => {
    expect(list([task({ due: R + 10 })], 7)).toEqual([]);
    expect(list([task({ due: R + 10 })], 10)).toHaveLength(1);
  });

  it("groups by the task's unit, and by the area's lead unit where the task names none", () => {
    const groups = list([
      task({ id: "a1", due: R - 1 }),
      task({ id: "b1", areaId: "B", due: R - 1 }),
      task({ id: "x1", unit: "Sở Nội vụ", due: R - 1 }),
      task({ id: "a2", unit: "ban a", due: R - 1 }),
    ]);
    const byUnit = Object.fromEntries(groups.map((g) => [g.unit, g.items.map((i) => i.taskId)]));
    expect(byUnit).toEqual({ "Ban A": ["a1", "a2"], "Ban B": ["b1"], "Sở Nội vụ": ["x1"] });
  });

  it("sorts tasks by days overdue, most first, then by area order and row; groups by their worst task", () => {
    const groups = list([
      task({ id: "a-5", due: R - 5 }),
      task({ id: "b-9", areaId: "B", due: R - 9 }),
      task({ id: "a-20", due: R - 20 }),
      task({ id: "a-soon", due: R + 1 }),
      task({ id: "a-5-later-row", due: R - 5 }),
      task({ id: "b-5", areaId: "B", unit: "Ban A", due: R - 5 }),
    ]);
    expect(groups.map((g) => g.unit)).toEqual(["Ban A", "Ban B"]);
    expect(groups[0].items.map((i) => i.taskId)).toEqual([
      "a-20",
      "a-5",
      "a-5-later-row",
      "b-5",
      "a-soon",
    ]);
    expect([groups[0].overdue, groups[0].dueSoon]).toEqual([4, 1]);
  });

  it("orders groups with the same worst task by Vietnamese collation of their names", () => {
    const groups = list([
      task({ unit: "Ủy ban Kiểm tra", due: R - 1 }),
      task({ unit: "Ban Tuyên giáo", due: R - 1 }),
      task({ unit: "Đảng đoàn", due: R - 1 }),
    ]);
    expect(groups.map((g) => g.unit)).toEqual(["Ban Tuyên giáo", "Đảng đoàn", "Ủy ban Kiểm tra"]);
  });
});

describe("the follow-up sheet (Biểu số 02)", () => {
  const tasks = [task({ id: "X", due: R - 4 }), task({ id: "Y", due: R + 1 })];
  const m = model(tasks);
  const rollup: Rollup = rollupModel(m, R, 7);
  const plan = followUpSheetPlan({
    t: sheetText,
    groups: followUpList(m, rollup),
    rollup,
    settings: DEFAULT_SETTINGS,
    sheetName: "Danh mục chưa hoàn thành",
    lang: "vi",
  });
  const cells = plan.blocks[0].rows.flat().flatMap((c) => ("value" in c ? [c.value] : []));

  it("is an owned sheet printed on A4 with its header repeated and page numbers", () => {
    expect(plan.role).toBe("summary");
    expect(plan.ownerMark).toBe(FOLLOW_UP_MARK);
    expect(plan.print).toMatchObject({
      paper: "A4",
      printTitleRows: "10:10",
      footerCenter: "Trang &P/&N",
    });
  });

  it("carries the title block, and states that it is as of the report date", () => {
    expect(cells).toEqual(
      expect.arrayContaining([
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Biểu số 02",
        "DANH MỤC NHIỆM VỤ CHƯA HOÀN THÀNH",
        "Danh mục tính đến ngày 30/06/2018",
        "…, ngày 30 tháng 06 năm 2018",
      ])
    );
    expect(cells.some((v) => typeof v === "string" && v.includes("lập lại mỗi lần làm mới"))).toBe(
      true
    );
  });

  it("lists the group, then its tasks with due date and days overdue", () => {
    const rows = plan.blocks[0].rows.map((r) => r.map((c) => ("value" in c ? c.value : null)));
    const x = rows.find((r) => r[1] === "X")!;
    expect(x).toEqual([
      "1",
      "X",
      "Task " + (tasks[0].row - 1),
      "Area A",
      R - 4,
      "Đang thực hiện",
      4,
      "Quá hạn",
    ]);
    const y = rows.find((r) => r[1] === "Y")!;
    expect(y.slice(6)).toEqual([null, "Sắp đến hạn (còn 1 ngày)"]);
    expect(rows.find((r) => r[0] === "I")?.[1]).toBe("Ban A (quá hạn: 1, sắp đến hạn: 1)");
  });

  it("says so when no task is overdue or due soon", () => {
    const empty = followUpSheetPlan({
      t: sheetText,
      groups: [],
      rollup,
      settings: DEFAULT_SETTINGS,
      sheetName: "S",
      lang: "en",
    });
    const values = empty.blocks[0].rows.flat().flatMap((c) => ("value" in c ? [c.value] : []));
    expect(values).toContain("No task is overdue or due soon.");
  });
});
