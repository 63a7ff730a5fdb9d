// Tables as clerks build them (issue 11 §1): each shape from a grid literal.
import { AREAS, sheet } from "../../../tests/helpers/grid";
import type { Finding } from "../findings";
import type { CellValue, WorkbookGrid } from "../grid";
import { readModel } from "./index";

const AREA_ROWS: CellValue[][] = [["Mã", "Lĩnh vực", "Đơn vị chủ trì", "Thứ tự", "Nhóm"], ...AREAS];
const withTasks = (rows: CellValue[][]): WorkbookGrid => ({
  sheets: [sheet("Lĩnh vực", AREA_ROWS), sheet("Nhiệm vụ", rows)],
});
const codes = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.cell}`);
const D = 44141; // 06/11/2020

describe("tables as clerks build them", () => {
  it("reads a header over two rows with merged group headers, a column-number row, under a title block", () => {
    const title: CellValue[][] = Array.from({ length: 10 }, (_, i) => [
      i === 0 ? "BAN CHỈ ĐẠO" : "",
    ]);
    const { model, findings } = readModel(
      withTasks([
        ...title,
        ["STT", "Mã", "Lĩnh vực", "Nội dung nhiệm vụ", "Thời gian", "", "Kết quả", ""],
        ["", "", "", "", "Thời hạn", "Ngày hoàn thành", "Trạng thái", "Tiến độ"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
        [1, "NV1", "TT", "Sinh hoạt chính trị", D, D - 1, "Hoàn thành", 1],
        [2, "NV2", "TC", "Đánh giá chất lượng", D + 30, "", "Đang thực hiện", 0.5],
      ])
    );
    expect(findings).toEqual([]);
    expect(model.tasksTable).toMatchObject({ headerRow: 12, firstDataRow: 14, lastDataRow: 15 });
    expect(model.tasksTable?.columns.id?.letter).toBe("B");
    expect(model.tasksTable?.columns.due?.letter).toBe("E");
    expect(model.tasksTable?.columns.completedOn?.letter).toBe("F");
    expect(model.tasksTable?.columns.progress?.letter).toBe("H");
    expect(model.tasks.map((t) => [t.id, t.status, t.due])).toEqual([
      ["NV1", "done", D],
      ["NV2", "in-progress", D + 30],
    ]);
  });

  it("ends the table at its footer: notes and the signature block are no task and no error", () => {
    const { model, findings } = readModel(
      withTasks([
        ["Mã", "Lĩnh vực", "Nội dung nhiệm vụ", "Trạng thái"],
        ["NV1", "TT", "Sinh hoạt chính trị", "Hoàn thành"],
        ["NV2", "TC", "Đánh giá chất lượng", "Chưa thực hiện"],
        ["", "", "", ""],
        ["Ghi chú: số liệu đến ngày 06/11/2020", "", "", ""],
        ["", "", "NGƯỜI LẬP BIỂU", ""],
        ["", "", "(Ký, ghi rõ họ tên)", ""],
        ["", "", "", ""],
        ["", "", "Nguyễn Văn A", ""],
      ])
    );
    expect(findings).toEqual([]);
    expect(model.tasks.map((t) => t.id)).toEqual(["NV1", "NV2"]);
    expect(model.tasksTable?.lastDataRow).toBe(3);
  });

  it("warns at rows below the footer that look like tasks, instead of dropping them silently", () => {
    const { model, findings } = readModel(
      withTasks([
        ["Mã", "Lĩnh vực", "Nội dung nhiệm vụ", "Trạng thái"],
        ["NV1", "TT", "Sinh hoạt chính trị", "Hoàn thành"],
        ["", "", "", ""],
        ["Ghi chú: bổ sung", "", "", ""],
        ["NV9", "TC", "Nhiệm vụ bổ sung", "Chưa thực hiện"],
      ])
    );
    expect(model.tasks.map((t) => t.id)).toEqual(["NV1"]);
    expect(codes(findings)).toEqual(["row-after-table@A5", "empty-area@B3"]);
    expect(findings[0].params).toEqual({ row: 5 });
  });

  it("reads the header words of real plans; STT is the row number, never the id", () => {
    const { model, findings } = readModel(
      withTasks([
        [
          "STT",
          "Mã",
          "Lĩnh vực",
          "Nội dung nhiệm vụ",
          "Cơ quan chủ trì",
          "Cơ quan phối hợp",
          "Thời gian hoàn thành",
          "Ngày hoàn thành",
          "Kết quả thực hiện",
          "Tỷ lệ (%)",
        ],
        [
          1,
          "NV1",
          "TT",
          "Sinh hoạt chính trị",
          "Ban Tuyên giáo",
          "Sở VHTT",
          D,
          D - 2,
          "Hoàn thành",
          100,
        ],
        [2, "NV2", "TC", "Đánh giá", "Ban Tổ chức", "", D, "", "Đang thực hiện", 40],
      ])
    );
    expect(findings).toEqual([]);
    const c = model.tasksTable!.columns;
    expect([
      c.id?.letter,
      c.unit?.letter,
      c.due?.letter,
      c.completedOn?.letter,
      c.status?.letter,
      c.progress?.letter,
    ]).toEqual(["B", "E", "G", "H", "I", "J"]);
    expect(model.tasks[0]).toMatchObject({
      unit: "Ban Tuyên giáo",
      due: D,
      completedOn: D - 2,
      progress: 1,
    });
  });

  it("reads the status wordings used in practice as aliases with a fix, and a bracketed percentage as progress", () => {
    const words = [
      "Hoàn thành đúng hạn",
      "Hoàn thành quá hạn",
      "Hoàn thành chậm",
      "Đã xong",
      "Đang làm",
      "Chưa làm",
      "Dừng thực hiện",
      "Tạm ngừng",
      "Không thực hiện",
      "Đang thực hiện (80%)",
    ];
    const { model, findings } = readModel(
      withTasks([
        ["Mã", "Lĩnh vực", "Nội dung nhiệm vụ", "Loại", "Trạng thái", "Tiến độ"],
        ...words.map((w, i) => [`NV${i}`, "TT", "Việc", "Thường xuyên", w, ""]),
        ["NVX", "TC", "Việc", "Thường xuyên", "Đang thực hiện (80%)", 0.5],
      ])
    );
    expect(model.tasks.map((t) => t.status)).toEqual([
      "done",
      "done",
      "done",
      "done",
      "in-progress",
      "not-started",
      "suspended",
      "suspended",
      "suspended",
      "in-progress",
      "in-progress",
    ]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    expect(findings.filter((f) => f.code === "alias-not-counted")).toHaveLength(11);
    expect(model.tasks[9].progress).toBe(0.8);
    expect(model.tasks[10].progress).toBe(0.5); // the progress cell wins when it is filled
    const bracket = findings.find((f) => f.cell === "E11")!;
    expect(bracket.fix?.changes).toEqual([
      { sheet: "Nhiệm vụ", cell: "E11", from: "Đang thực hiện (80%)", to: "Đang thực hiện" },
      { sheet: "Nhiệm vụ", cell: "F11", from: "", to: 0.8 },
    ]);
  });

  it("reads dates as clerks type them and refuses two-digit years with a message that says so", () => {
    const typed = [
      "6/11/2020",
      "06-11-2020",
      "06.11.2020",
      "ngày 06 tháng 11 năm 2020",
      "06/11/2020 15:00",
      "15h00 ngày 06/11/2020",
      "06/11/20",
    ];
    const { model, findings } = readModel(
      withTasks([
        ["Mã", "Lĩnh vực", "Nội dung nhiệm vụ", "Trạng thái", "Ngày hoàn thành"],
        ...typed.map((d, i) => [`NV${i}`, i % 2 ? "TC" : "TT", "Việc", "Hoàn thành", d]),
      ])
    );
    expect(model.tasks.map((t) => t.completedOn)).toEqual([D, D, D, D, D + 0.625, D + 0.625, null]);
    expect(codes(findings.filter((f) => f.severity === "error"))).toEqual(["two-digit-year@E8"]);
    expect(findings.filter((f) => f.code === "text-date")).toHaveLength(6);
  });

  it("reads deadline text in the due column: periods as their last day with a fix, recurring words, and other words as a warning", () => {
    const due: CellValue[] = [
      "Quý II/2021",
      "Tháng 6/2021",
      "6 tháng đầu năm 2021",
      2021,
      "Trước ngày 30/6/2021",
      "Giai đoạn 2021-2025",
      "Hằng năm",
      "Theo tiến độ dự án",
    ];
    const { model, findings } = readModel(
      withTasks([
        ["Mã", "Lĩnh vực", "Nội dung nhiệm vụ", "Loại", "Thời hạn", "Trạng thái"],
        ...due.map((d, i) => [`NV${i}`, i % 2 ? "TC" : "TT", "Việc", "", d, "Chưa thực hiện"]),
      ])
    );
    expect(model.tasks.map((t) => t.due)).toEqual([
      44377,
      44377,
      44377,
      44561,
      44377,
      46022,
      null,
      null,
    ]);
    expect(model.tasks[6].kind).toBe("recurring");
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    expect(codes(findings)).toEqual([
      "deadline-text@E2",
      "deadline-text@E3",
      "deadline-text@E4",
      "deadline-text@E5",
      "deadline-text@E6",
      "deadline-text@E7",
      "deadline-recurring@E8",
      "unknown-deadline@E9",
    ]);
    expect(findings[0].params).toEqual({ value: "Quý II/2021", due: "30/06/2021" });
    expect(findings[0].fix?.changes).toEqual([
      { sheet: "Nhiệm vụ", cell: "E2", from: "Quý II/2021", to: 44377 },
    ]);
    expect(findings[6].fix).toEqual({
      label: "fix.setRecurring",
      changes: [{ sheet: "Nhiệm vụ", cell: "D8", from: "", to: "Thường xuyên" }],
    });
  });

  it("says an empty tasks sheet is empty, in one finding", () => {
    const { findings } = readModel(withTasks([]));
    expect(codes(findings)).toEqual(["empty-sheet@A1"]);
    expect(findings[0].sheet).toBe("Nhiệm vụ");
  });

  it("points an empty workbook at a cell that exists and says the input sheets are missing", () => {
    const { findings } = readModel({ sheets: [sheet("Sheet1", [])] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "no-input-sheets",
      sheet: "Sheet1",
      cell: "A1",
      severity: "error",
    });
  });
});
