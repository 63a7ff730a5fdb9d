// The seed programme as its plan's appendix (src/sample/appendix-2020.ts, the bundled
// samples/phu-luc-chuong-trinh-2015-2020.xlsx and the preview's "appendix" workbook): the importer reads it back to the seed's 7 areas and 5/15/4/11/4/16/3 = 58 tasks, in order,
// with the seed's lead units, units and deadlines, and the footer is not a task.
import { serialFromIso } from "../src/core/dates";
import { importAppendix } from "../src/core/import/appendix";
import { appendixGrid } from "../src/sample/appendix-2020";
import { AREAS, TASKS } from "../samples/source";

describe("the seed programme as an appendix list", () => {
  const imported = importAppendix(appendixGrid().sheets[0]);

  it("imports to the seed's 7 areas, in order, with their lead units", () => {
    expect(imported).not.toBeNull();
    expect(imported!.areas.map((a) => [a.name.toLocaleLowerCase("vi"), a.lead])).toEqual(
      AREAS.map((a) => [a.name.toLocaleLowerCase("vi"), a.leadUnit])
    );
  });

  it("imports 5/15/4/11/4/16/3 = 58 tasks with the seed's titles, units, kinds and deadlines", () => {
    const perArea = imported!.areas.map(
      (a) => imported!.tasks.filter((t) => t.area === a.id).length
    );
    expect(perArea).toEqual([5, 15, 4, 11, 4, 16, 3]);
    expect(imported!.tasks.map((t) => [t.title, t.unit, t.kind, t.due])).toEqual(
      TASKS.map((t) => [
        t.title,
        t.unit,
        t.kind,
        t.kind === "roadmap" && t.due ? serialFromIso(t.due) : null,
      ])
    );
  });

  it("raises no finding: every deadline is read and the footer ends the list", () => {
    expect(imported!.findings).toEqual([]);
  });
});
