// The appendix import (issue 11 §2): shapes from grid literals, and the seed programme as a list.
import { AREAS, TASKS } from "../../../samples/source/programme";
import { sheet } from "../../../tests/helpers/grid";
import type { CellValue } from "../grid";
import { importAppendix } from "./appendix";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"];
const vnDate = (iso: string) => iso.split("-").reverse().join("/");

/** The seed programme as a plan's appendix: title block, header, column numbers, sections, footer. */
function seedAppendix(): CellValue[][] {
  const rows: CellValue[][] = [
    ["PHỤ LỤC"],
    ["DANH MỤC NHIỆM VỤ (Kèm theo Kế hoạch số 45-KH/TU)"],
    [""],
    [
      "STT",
      "Nội dung nhiệm vụ",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời gian hoàn thành",
      "Sản phẩm",
      "Ghi chú",
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
  ];
  AREAS.forEach((area, i) => {
    rows.push([ROMAN[i], area.name.toLocaleUpperCase("vi"), area.leadUnit, "", "", "", ""]);
    TASKS.filter((t) => t.area === area.id).forEach((task, j) => {
      const due = task.kind === "recurring" ? "Thường xuyên" : vnDate(task.due!);
      rows.push([j + 1, task.title, task.unit, "", due, "", ""]);
    });
  });
  rows.push(
    [""],
    ["", "Ghi chú: danh mục có thể được bổ sung."],
    ["", "", "", "", "NGƯỜI LẬP BIỂU"]
  );
  return rows;
}

describe("importing a programme from its appendix list", () => {
  it("imports the seed programme to its 7 areas and 5/15/4/11/4/16/3 = 58 tasks", () => {
    const result = importAppendix(sheet("Phụ lục", seedAppendix()))!;
    expect(result.findings).toEqual([]);
    expect(result.areas.map((a) => a.name)).toEqual(AREAS.map((a) => a.name));
    const counts = result.areas.map((a) => result.tasks.filter((t) => t.area === a.id).length);
    expect(counts).toEqual([5, 15, 4, 11, 4, 16, 3]);
    expect(new Set(result.tasks.map((t) => t.id)).size).toBe(58);
    expect(result.tasks.map((t) => t.kind)).toEqual(TASKS.map((t) => t.kind));
    expect(result.tasks.every((t) => t.status === "not-started")).toBe(true);
    expect(result.areas[0]).toMatchObject({ id: "TT", lead: AREAS[0].leadUnit });
    expect(result.tasks[0].id).toBe("TT-01");
  });

  it("reads sub-items, letters for sections, deadline text, a result column and Word's artefacts", () => {
    const result = importAppendix(
      sheet("DM", [
        ["Nội dung", "STT", "Thời gian thực hiện", "Kết quả thực hiện", "Cơ quan chủ trì"],
        ["A. CÔNG TÁC DÂN VẬN", "", "", "", "Ban Dân vận"],
        ["Mô hình\n“Dân vận khéo”", 1, "Quý II/2021", "Đã hoàn thành", ""],
        ["a) Ở\u00a0xã", "", "Hằng năm", "", "UBND xã"],
        ["- Ở phường", "", "Theo tiến độ dự án", "Đang làm", ""],
        ["1.1. Tổng kết", "", "2021-2025", "", ""],
      ])
    )!;
    expect(result.areas).toEqual([
      { id: "DV", name: "Công tác dân vận", lead: "Ban Dân vận", row: 2 },
    ]);
    expect(result.tasks.map((t) => [t.id, t.title, t.kind, t.due, t.status, t.unit])).toEqual([
      ["DV-01", "Mô hình “Dân vận khéo”", "roadmap", 44377, "done", "Ban Dân vận"],
      ["DV-02", "Ở xã", "recurring", null, "not-started", "UBND xã"],
      ["DV-03", "Ở phường", "roadmap", null, "in-progress", "Ban Dân vận"],
      ["DV-04", "Tổng kết", "roadmap", 46022, "not-started", "Ban Dân vận"],
    ]);
    expect(result.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(["unknown-deadline@C5"]);
  });

  it("points at a task above the first section, and finds no list on a sheet without one", () => {
    const result = importAppendix(
      sheet("DM", [
        ["STT", "Nội dung nhiệm vụ"],
        [1, "Việc không có lĩnh vực"],
      ])
    )!;
    expect(result.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      "import-task-before-section@B2",
    ]);
    expect(
      importAppendix(
        sheet("X", [
          ["a", "b"],
          [1, 2],
        ])
      )
    ).toBeNull();
  });
});
