// The paragraph's dated block in the workbook: under everything the summary plan holds (table, note,
// charts), across the printed table's width, inside the print area, tall enough for its lines.
import { midGrid } from "../../../samples/source";
import { parseA1 } from "../a1";
import { analyse } from "../analyse";
import { serialFromIso } from "../dates";
import { buildSummaryPlan } from "../summary";
import { SUMMARY_MARK } from "../summary";
import { t as sheetText } from "../../i18n";

const today = serialFromIso("2026-03-05") ?? 0;
const lastRow = (range: string): number => parseA1(range.split(":")[1]).row;

describe("the paragraph block under the summary", () => {
  const withReport = analyse(midGrid(), { t: sheetText, today, lang: "vi", report: true });
  const summary = withReport.plan.sheets.find((s) => s.ownerMark === SUMMARY_MARK)!;
  const plain = buildSummaryPlan({
    t: sheetText,
    model: withReport.model,
    rollup: withReport.rollup,
    settings: withReport.settings,
    sheetName: summary.name,
    lang: "vi",
  });

  it("adds one block two rows under the summary's own extent, dated, holding the paragraph", () => {
    const block = summary.blocks[summary.blocks.length - 1];
    const start = lastRow(plain.extent) + 2;
    expect(block.at).toBe(`A${start}`);
    expect(block.rows).toEqual([
      [
        {
          value:
            "Báo cáo tóm tắt: số liệu tính đến ngày 30/06/2018 (văn bản ghi khi làm mới, không tự cập nhật)",
        },
      ],
      [{ value: withReport.report!.paragraph }],
    ]);
    expect(summary.blocks.slice(0, -1)).toEqual(plain.blocks);
  });

  it("spans the printed table, is printed with it and is tall enough to show its lines", () => {
    const start = lastRow(plain.extent) + 2;
    const printCol = plain.print!.printArea!.split(":")[1].replace(/\d+/g, "");
    expect(summary.merges).toEqual(
      expect.arrayContaining([
        `A${start}:${printCol}${start}`,
        `A${start + 1}:${printCol}${start + 1}`,
      ])
    );
    expect(summary.print?.printArea).toBe(`A1:${printCol}${start + 1}`);
    expect(lastRow(summary.extent)).toBe(start + 1);
    // Several lines of 15 pt: the paragraph is longer than the table is wide.
    expect(summary.rowHeights[start + 1]).toBeGreaterThan(3 * 15);
    expect(summary.rowHeights[start + 1]).toBeLessThanOrEqual(409);
  });

  it("is left out when the settings leave the paragraph out", () => {
    const grid = midGrid();
    const row = grid.sheets
      .find((s) => s.name === "Cấu hình")!
      .values.find((r) => r[0] === "Bảng báo cáo")!;
    row[1] = "Lịch sử";
    const a = analyse(grid, { t: sheetText, today, lang: "vi", report: true });
    expect(a.plan.sheets[0].blocks).toEqual(plain.blocks);
  });
});
