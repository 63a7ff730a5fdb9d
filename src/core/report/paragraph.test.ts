// The paragraph's grammar on small made-up snapshots: English singular and plural, clauses left out
// when they would say nothing, and the change since an earlier report date in both directions.
import { withRates, type ReportFigures } from "./figures";
import { reportParagraph } from "./paragraph";
import type { Snapshot } from "./snapshot";
import { t as sheetText } from "../../i18n";

const zero = {
  total: 0,
  done: 0,
  doneOnTime: 0,
  doneLate: 0,
  doneNoDeadline: 0,
  unfinished: 0,
  unfinishedInTime: 0,
  overdue: 0,
  dueSoon: 0,
  suspended: 0,
};
const figures = (f: Partial<typeof zero>): ReportFigures => withRates({ ...zero, ...f });
const snap = (date: number, total: ReportFigures, areas: Snapshot["areas"] = []): Snapshot => ({
  date,
  total,
  areas,
});

describe("the report paragraph", () => {
  it("says 1 task, not 1 tasks, in English", () => {
    const one = figures({ total: 1, done: 1, doneOnTime: 1 });
    const text = reportParagraph({
      t: sheetText,
      lang: "en",
      current: snap(44141, one, [{ id: "A", name: "Area A", figures: one }]),
      subject: "",
    });
    expect(text).toContain("there is 1 task in total");
    expect(text).toContain("1 task that has come due is done, a rate of 100%");
    expect(text).toContain("Area A has 1 task (1 done)");
    expect(text).not.toMatch(/\b1 tasks\b/);
  });

  it("leaves out the rate when no task has come due, and suspended when there is none", () => {
    const f = figures({ total: 3, unfinished: 3, unfinishedInTime: 3 });
    const text = reportParagraph({
      t: sheetText,
      lang: "vi",
      current: snap(44141, f),
      subject: "",
    });
    expect(text).toContain("có 0 nhiệm vụ đến hạn đã hoàn thành (đúng hạn: 0, trễ hạn: 0)");
    expect(text).not.toContain("đã hoàn thành, đạt");
    expect(text).not.toContain("tạm dừng:");
    expect(text).toContain("(không kể nhiệm vụ tạm dừng) đạt 0%");
  });

  it("states a fall in done tasks and a rise in overdue ones since the earlier date", () => {
    const before = figures({
      total: 10,
      done: 5,
      doneOnTime: 5,
      unfinished: 5,
      unfinishedInTime: 5,
    });
    const after = figures({
      total: 10,
      done: 4,
      doneOnTime: 4,
      unfinished: 6,
      unfinishedInTime: 4,
      overdue: 2,
    });
    const text = reportParagraph({
      t: sheetText,
      lang: "vi",
      current: snap(44141, after),
      previous: snap(43281, before),
      subject: "Chương trình",
    });
    expect(text).toContain("So với ngày 30/06/2018:");
    expect(text).toContain("số nhiệm vụ hoàn thành giảm 1 (từ 5 xuống 4)");
    expect(text).toContain("số nhiệm vụ quá hạn tăng 2 (từ 0 lên 2)");
    expect(text).toContain(
      "tỷ lệ hoàn thành nhiệm vụ đến hạn giảm 33,33 điểm phần trăm (từ 100% xuống 66,67%)"
    );
    expect(text).toContain(
      "tỷ lệ hoàn thành trên tổng số giảm 10 điểm phần trăm (từ 50% xuống 40%)"
    );
  });

  it("says a figure is unchanged rather than up by 0", () => {
    const f = figures({ total: 2, done: 1, doneOnTime: 1, unfinished: 1, unfinishedInTime: 1 });
    const text = reportParagraph({
      t: sheetText,
      lang: "en",
      current: snap(44141, f),
      previous: snap(43281, f),
      subject: "",
    });
    expect(text).toContain("Since 30/06/2018: done unchanged at 1; overdue unchanged at 0");
    expect(text).not.toContain("up 0");
  });
});
