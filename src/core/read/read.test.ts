import { AREAS, sheet, TASK_HEADER, workbook } from "../../../tests/helpers/grid";
import type { Finding, FindingCode } from "../findings";
import type { CellValue } from "../grid";
import { parseProgress, readModel } from "./index";

const D = 44141; // 06/11/2020
const ok = (over: Partial<Record<number, CellValue>> = {}): CellValue[] => {
  const row: CellValue[] = [
    "NV1",
    "TT",
    "Sinh hoạt chính trị dưới cờ",
    "Theo lộ trình",
    "Ban Tuyên giáo",
    D,
    "Hoàn thành",
    1,
    D - 3,
    "",
  ];
  for (const [k, v] of Object.entries(over)) row[Number(k)] = v as CellValue;
  return row;
};
const codes = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
const only = (fs: Finding[], code: FindingCode) => fs.filter((f) => f.code === code);

describe("reading the areas and tasks tables", () => {
  it("reads a clean workbook without findings", () => {
    const { model, findings } = readModel(workbook(AREAS, [ok(), ok({ 0: "NV2", 1: "TC" })]));
    expect(findings).toEqual([]);
    expect(model.areas.map((a) => a.id)).toEqual(["TT", "TC"]);
    expect(model.tasks[0]).toMatchObject({
      id: "NV1",
      areaId: "TT",
      status: "done",
      kind: "roadmap",
      due: D,
      progress: 1,
      row: 2,
    });
    expect(model.tasksTable?.columns.status?.letter).toBe("G");
  });

  it("finds a header row under a title block and columns in any order, in English", () => {
    const grid = {
      sheets: [
        sheet("Areas", [
          ["AREAS OF WORK"],
          [""],
          ["Area", "ID", "Extra"],
          ["Propaganda", "TT", "x"],
        ]),
        sheet("Tasks", [
          ["TASK LIST", "", ""],
          ["Status", "Task", "ID", "Area", "Notes"],
          ["Done", "Publish the book", "T1", "TT", ""],
        ]),
      ],
    };
    const { model, findings } = readModel(grid);
    expect(model.areasTable?.headerRow).toBe(3);
    expect(model.tasksTable?.headerRow).toBe(2);
    expect(model.tasks[0]).toMatchObject({ id: "T1", areaId: "TT", status: "done" });
    expect(codes(findings)).toEqual(["alias-not-counted@Tasks!A3"]);
  });

  it("reads a used range that does not start at A1 and an Excel Table's range", () => {
    const grid = {
      sheets: [
        sheet(
          "Lĩnh vực",
          [
            ["Mã", "Lĩnh vực"],
            ["TT", "Công tác tư tưởng"],
          ],
          { address: "C5" }
        ),
        sheet(
          "Nhiệm vụ",
          [
            ["ghi chú ngoài bảng", "", "", ""],
            ["Mã", "Lĩnh vực", "Nội dung nhiệm vụ", "Trạng thái"],
            ["A", "TT", "X", "Đang thực hiện"],
          ],
          {
            address: "B2",
            tables: [{ name: "NhiemVu", range: "B3:E4" }],
          }
        ),
      ],
    };
    const { model, findings } = readModel(grid);
    expect(findings).toEqual([]);
    expect(model.areas[0].row).toBe(6);
    expect(model.tasksTable).toMatchObject({ tableName: "NhiemVu", headerRow: 3, lastDataRow: 4 });
    expect(model.tasksTable?.columns.status?.letter).toBe("E");
  });

  it("reports a missing tasks sheet", () => {
    const { findings } = readModel({
      sheets: [sheet("Lĩnh vực", [["Mã", "Lĩnh vực"], ...AREAS])],
    });
    expect(codes(findings)).toEqual(["missing-sheet@Nhiệm vụ!A1"]);
  });

  it("reports a missing required column at the header row", () => {
    const grid = workbook(AREAS, []);
    grid.sheets[1] = sheet("Nhiệm vụ", [
      ["Mã", "Lĩnh vực", "Nội dung nhiệm vụ"],
      ["A", "TT", "X"],
    ]);
    expect(codes(readModel(grid).findings)).toContain("missing-column@Nhiệm vụ!A1");
    expect(only(readModel(grid).findings, "missing-column")[0].params).toEqual({
      column: "Trạng thái",
      table: "Nhiệm vụ",
    });
  });

  it("flags an empty required cell", () => {
    const { findings } = readModel(workbook(AREAS, [ok({ 2: "" }), ok({ 0: "NV2", 1: "TC" })]));
    expect(codes(findings)).toEqual(["empty-required@Nhiệm vụ!C2"]);
  });

  it("flags duplicate task ids and duplicate areas", () => {
    const { findings } = readModel(workbook([...AREAS, ["TT", "Khác", "", "", ""]], [ok(), ok()]));
    expect(codes(findings)).toEqual([
      "duplicate-id@Lĩnh vực!A4",
      "duplicate-id@Nhiệm vụ!A3",
      "empty-area@Lĩnh vực!B3",
    ]);
    expect(only(findings, "duplicate-id")[1].params).toEqual({ id: "NV1", firstCell: "A2" });
  });

  it("flags a task whose area is unknown and leaves it out", () => {
    const { model, findings } = readModel(
      workbook(AREAS, [ok({ 1: "XX" }), ok({ 0: "NV2", 1: "TC" })])
    );
    expect(codes(findings)).toEqual(["unknown-area@Nhiệm vụ!B2", "empty-area@Lĩnh vực!B2"]);
    expect(model.tasks[0].areaId).toBeNull();
  });

  it("matches areas by name typed in decomposed Unicode, old tone placement or stray spaces, with warnings", () => {
    const areas = [["UB", "Công tác xây dựng bộ máy chính quyền Uỷ ban", "", "", ""]];
    const tasks = [
      ok({ 1: "Công tác xây dựng bộ máy chính quyền Ủy ban" }),
      ok({ 0: "NV2", 1: "  Công tác xây dựng  bộ máy chính quyền Uỷ ban".normalize("NFD") }),
      ok({ 0: "NV3", 1: "công tác xây dựng bộ máy chính quyền uỷ ban" }),
    ];
    const { model, findings } = readModel(workbook(areas, tasks));
    expect(model.tasks.map((t) => t.areaId)).toEqual(["UB", "UB", "UB"]);
    expect(only(findings, "unknown-area")).toEqual([]);
    expect(codes(findings)).toEqual(["text-normalised@Nhiệm vụ!B2", "text-normalised@Nhiệm vụ!B3"]);
    expect(findings[0].fix?.changes).toEqual([
      {
        sheet: "Nhiệm vụ",
        cell: "B2",
        from: "Công tác xây dựng bộ máy chính quyền Ủy ban",
        to: "Công tác xây dựng bộ máy chính quyền Uỷ ban",
      },
    ]);
  });

  it("flags an unknown status with the nearest canonical one as a fix", () => {
    const { findings } = readModel(
      workbook(AREAS, [ok({ 6: "Hoàn thàn" }), ok({ 0: "NV2", 1: "TC", 6: "xyz" })])
    );
    expect(codes(findings)).toEqual(["unknown-status@Nhiệm vụ!G2", "unknown-status@Nhiệm vụ!G3"]);
    expect(findings[0].fix?.changes[0]).toMatchObject({ from: "Hoàn thàn", to: "Hoàn thành" });
    expect(findings[1].fix).toBeUndefined();
  });

  it("accepts English, lower-case and dotted statuses but warns that formulas will not count aliases", () => {
    const { model, findings } = readModel(
      workbook(AREAS, [
        ok({ 6: "done." }),
        ok({ 0: "NV2", 6: "hoàn thành" }),
        ok({ 0: "NV3", 1: "TC", 6: "In progress", 7: 0.5, 8: "" }),
      ])
    );
    expect(model.tasks.map((t) => t.status)).toEqual(["done", "done", "in-progress"]);
    expect(codes(findings)).toEqual([
      "alias-not-counted@Nhiệm vụ!G2",
      "alias-not-counted@Nhiệm vụ!G4",
    ]);
    expect(findings[1].fix?.changes[0].to).toBe("Đang thực hiện");
  });

  it("flags an unknown task kind", () => {
    const { findings } = readModel(
      workbook(AREAS, [ok({ 3: "Bất thường" }), ok({ 0: "NV2", 1: "TC" })])
    );
    expect(codes(findings)).toEqual(["unknown-kind@Nhiệm vụ!D2"]);
  });

  it("flags impossible dates and warns on dates typed as text", () => {
    const { model, findings } = readModel(
      workbook(AREAS, [
        ok({ 5: "31/02/2020" }),
        ok({ 0: "NV2", 1: "TC", 5: "06/11/2020", 8: "2020-11-01" }),
      ])
    );
    expect(codes(findings)).toEqual([
      "invalid-date@Nhiệm vụ!F2",
      "text-date@Nhiệm vụ!F3",
      "text-date@Nhiệm vụ!I3",
    ]);
    expect(model.tasks[1]).toMatchObject({ due: D, completedOn: D - 5 });
    expect(findings[1].fix?.changes[0]).toEqual({
      sheet: "Nhiệm vụ",
      cell: "F3",
      from: "06/11/2020",
      to: D,
    });
  });

  it("warns on a task done on its due day after the due time, with a fix that keeps the date", () => {
    const { model, findings } = readModel(
      workbook(AREAS, [
        ok({ 5: D, 8: D + 0.625 }), // done 15:00 on the due day: late by hours
        ok({ 0: "NV2", 1: "TC", 5: D + 0.75, 8: D + 0.625 }), // due 18:00, done 15:00: on time
        ok({ 0: "NV3", 1: "TC", 5: D, 8: D + 1.25 }), // a day late: late by days, no warning
        ok({ 0: "NV4", 1: "TC", 3: "Thường xuyên", 5: D, 8: D + 0.5 }), // recurring: no deadline
      ])
    );
    expect(codes(findings)).toEqual(["late-by-time-of-day@Nhiệm vụ!I2"]);
    expect(findings[0].params).toEqual({
      id: "NV1",
      completed: "06/11/2020 15:00",
      due: "06/11/2020",
    });
    expect(findings[0].fix).toEqual({
      label: "fix.dropTime",
      changes: [{ sheet: "Nhiệm vụ", cell: "I2", from: D + 0.625, to: D }],
    });
    // The model keeps the time of day, as the cells and the formulas do.
    expect(model.tasks.map((t) => t.completedOn)).toEqual([
      D + 0.625,
      D + 0.625,
      D + 1.25,
      D + 0.5,
    ]);
  });

  it("reads percentages in every shape and flags those out of range", () => {
    expect([0.8, 80, "80%", "80,5%", "0,8", 1, 0].map((v) => parseProgress(v))).toEqual([
      0.8, 0.8, 0.8, 0.805, 0.8, 1, 0,
    ]);
    expect(parseProgress(0.8, "0%")).toBe(0.8);
    expect([120, -5, "abc", true].map((v) => parseProgress(v))).toEqual([
      "invalid",
      "invalid",
      "invalid",
      "invalid",
    ]);
    const { findings } = readModel(
      workbook(AREAS, [ok({ 7: 120 }), ok({ 0: "NV2", 1: "TC", 7: -5 })])
    );
    expect(codes(findings)).toEqual([
      "invalid-progress@Nhiệm vụ!H2",
      "invalid-progress@Nhiệm vụ!H3",
    ]);
  });

  it("reports formula errors in input cells and reads them as empty", () => {
    const { findings } = readModel(
      workbook(AREAS, [
        ok({ 5: "#REF!" }),
        ok({ 0: "NV2", 1: "#N/A" }),
        ok({ 0: "NV3", 1: "TC", 7: "#DIV/0!" }),
      ])
    );
    expect(codes(findings)).toEqual([
      "cell-error@Nhiệm vụ!F2",
      "cell-error@Nhiệm vụ!B3",
      "cell-error@Nhiệm vụ!H4",
    ]);
  });

  it("warns when a done task has no completion date", () => {
    const { findings } = readModel(
      workbook(AREAS, [ok({ 8: "" }), ok({ 0: "NV2", 1: "TC", 3: "Thường xuyên", 8: "" })])
    );
    expect(codes(findings)).toEqual(["done-without-date@Nhiệm vụ!G2"]);
  });

  it("warns when progress and status disagree", () => {
    const { findings } = readModel(
      workbook(AREAS, [ok({ 7: 0.6 }), ok({ 0: "NV2", 1: "TC", 6: "Đang thực hiện", 7: 1, 8: "" })])
    );
    expect(codes(findings)).toEqual([
      "progress-status-mismatch@Nhiệm vụ!H2",
      "progress-status-mismatch@Nhiệm vụ!H3",
    ]);
    expect(findings[0].params).toMatchObject({ id: "NV1", progress: 60 });
  });

  it("warns when a roadmap task has no due date", () => {
    const { findings } = readModel(workbook(AREAS, [ok({ 5: "" }), ok({ 0: "NV2", 1: "TC" })]));
    expect(codes(findings)).toEqual(["roadmap-without-due-date@Nhiệm vụ!F2"]);
  });

  it("warns about an area with no task at its name cell", () => {
    const { findings } = readModel(workbook(AREAS, [ok()]));
    expect(codes(findings)).toEqual(["empty-area@Lĩnh vực!B3"]);
  });

  it("warns when identifying text needed normalising", () => {
    const { findings } = readModel(
      workbook(AREAS, [
        ok({ 0: " NV1 " }),
        ok({ 0: "NV2", 1: "TC", 6: "Hoàn thành".normalize("NFD") }),
      ])
    );
    expect(codes(findings)).toEqual([
      "text-normalised@Nhiệm vụ!A2",
      "alias-not-counted@Nhiệm vụ!G3",
    ]);
  });

  it("keeps areas in the order column's order, else in row order", () => {
    const areas = [
      ["C", "Ba", "", 3, ""],
      ["A", "Một", "", 1, ""],
      ["B", "Hai", "", "", ""],
    ];
    const { model } = readModel(workbook(areas, []));
    expect(model.areas.map((a) => [a.id, a.order])).toEqual([
      ["A", 1],
      ["C", 2],
      ["B", 3],
    ]);
  });

  it("skips empty rows and reads rows after them", () => {
    const { model } = readModel(
      workbook(AREAS, [ok(), TASK_HEADER.map(() => ""), ok({ 0: "NV2", 1: "TC" })])
    );
    expect(model.tasks.map((t) => t.row)).toEqual([2, 4]);
  });
});
