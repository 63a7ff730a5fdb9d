import type { Model } from "./model";
import { taskColumnsOf } from "./formulas";

const modelWithRows = (first: number, last: number): Model => ({
  areas: [],
  tasks: [],
  areasTable: null,
  tasksTable: {
    sheet: "Nhiệm vụ",
    headerRow: first - 1,
    firstDataRow: first,
    lastDataRow: last,
    columns: { area: { index: 1, letter: "B", header: "Lĩnh vực" } },
  },
});

describe("the rows SUMPRODUCT compares", () => {
  it("covers the data plus at least 10,000 rows for rows added without the add-in", () => {
    expect(taskColumnsOf(modelWithRows(5, 62))?.compareRows).toEqual({ first: 5, last: 10004 });
  });

  it("covers twice the data for large tables, and never past Excel's last row", () => {
    expect(taskColumnsOf(modelWithRows(2, 50001))?.compareRows).toEqual({ first: 2, last: 100002 });
    expect(taskColumnsOf(modelWithRows(2, 900000))?.compareRows).toEqual({
      first: 2,
      last: 1048576,
    });
  });
});
