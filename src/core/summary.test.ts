import { workbook } from "../../tests/helpers/grid";
import { colIndex, parseA1 } from "./a1";
import { serialFromYmd } from "./dates";
import type { CellValue } from "./grid";
import type { Lang } from "./model";
import type { CellStyle, PlanCell, SheetPlan } from "./plan";
import { readModel } from "./read";
import { rollupModel } from "./rollup";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import {
  buildSummaryPlan,
  CHART_RATE,
  CHART_STATUS,
  REPORT_DATE_CELL,
  roman,
  summaryRows,
  SUMMARY_MARK,
  wrappedLines,
} from "./summary";
import { onOnePage, pageHeights } from "./summary/estimate";
import { t as sheetText } from "../i18n";

const R = serialFromYmd(2020, 11, 6);

const AREAS: CellValue[][] = [
  ["TT", "Công tác tư tưởng", "Ban Tuyên giáo Tỉnh ủy", 1, ""],
  ["TC", "Công tác tổ chức xây dựng đảng", "Ban Tổ chức Tỉnh ủy", 2, ""],
  ["KT", "Công tác kiểm tra, giám sát", "Ủy ban Kiểm tra Tỉnh ủy", 3, ""],
];
const GROUPED: CellValue[][] = [
  ["TT", "Công tác tư tưởng", "Ban Tuyên giáo Tỉnh ủy", 1, "Xây dựng Đảng"],
  ["DV", "Công tác dân vận", "Ban Dân vận Tỉnh ủy", 2, "Dân vận, Mặt trận"],
  ["TC", "Công tác tổ chức xây dựng đảng", "Ban Tổ chức Tỉnh ủy", 3, "Xây dựng Đảng"],
  ["NC", "Công tác nội chính", "Ban Nội chính Tỉnh ủy", 4, ""],
];
const TASKS: CellValue[][] = [
  ["T1", "TT", "Sinh hoạt chính trị dưới cờ", "Thường xuyên", "", "", "Đang thực hiện", "", "", ""],
  ["T2", "TC", "Quy định nêu gương", "Theo lộ trình", "", R - 3, "Hoàn thành", "", R - 5, ""],
];

function plan(
  areas: CellValue[][] = AREAS,
  options: {
    lang?: Lang;
    settings?: Partial<Settings>;
    sheetName?: string;
    previousName?: string;
  } = {}
): SheetPlan {
  const { model } = readModel(workbook(areas, TASKS));
  const rollup = rollupModel(model, R, 7);
  return buildSummaryPlan({
    t: sheetText,
    model,
    rollup,
    settings: {
      ...DEFAULT_SETTINGS,
      parentBody: "Đảng bộ tỉnh Bình Định",
      issuingBody: "Ban Chỉ đạo",
      place: "Quy Nhơn",
      period: "2015 - 2020",
      ...options.settings,
    },
    sheetName: options.sheetName ?? "Tổng hợp",
    previousName: options.previousName,
    lang: options.lang ?? "vi",
  });
}

function cell(p: SheetPlan, a1: string): PlanCell | undefined {
  const { row, col } = parseA1(a1);
  for (const block of p.blocks) {
    const at = parseA1(block.at);
    const r = block.rows[row - at.row];
    const c = r?.[col - at.col];
    if (c) return c;
  }
  return undefined;
}
const value = (p: SheetPlan, a1: string): unknown => {
  const c = cell(p, a1);
  return c && "value" in c ? c.value : undefined;
};
const formula = (p: SheetPlan, a1: string): string => {
  const c = cell(p, a1);
  return c && "formula" in c ? c.formula : "";
};

/** The style a cell ends up with: the plan's ranges applied in order, later ones on top. */
function styleAt(p: SheetPlan, a1: string): CellStyle {
  const { row, col } = parseA1(a1);
  const out: CellStyle = {};
  for (const { range, style } of p.styles) {
    const [from, to = from] = range.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    if (row >= a.row && row <= b.row && col >= a.col && col <= b.col) Object.assign(out, style);
  }
  return out;
}

describe("summary plan: Party document layout", () => {
  test("puts the issuing bodies in capitals top left with a star under them, the Party name top right", () => {
    const p = plan();
    expect(value(p, "A1")).toBe("ĐẢNG BỘ TỈNH BÌNH ĐỊNH");
    expect(value(p, "A2")).toBe("BAN CHỈ ĐẠO");
    expect(styleAt(p, "A2").bold).toBe(true);
    expect(value(p, "A3")).toBe("*");
    expect(value(p, "I1")).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(styleAt(p, "I1")).toMatchObject({ bold: true, underline: true });
    expect(p.merges).toEqual(expect.arrayContaining(["A1:E1", "A2:E2", "A3:E3", "I1:P1", "I2:P2"]));
  });

  test("states the unit the figures count above the table, left of the report date", () => {
    const p = plan();
    expect(value(p, "A8")).toBe("Đơn vị tính: nhiệm vụ");
    expect(styleAt(p, "A8")).toMatchObject({ italic: true, horizontal: "left" });
    expect(p.merges).toContain("A8:E8");
  });

  test("writes the place-and-date line as an italic formula over the report-date cell", () => {
    const p = plan();
    expect(formula(p, "I2")).toBe(
      '="Quy Nhơn, ngày "&RIGHT("0"&DAY($P$8),2)&" tháng "&RIGHT("0"&MONTH($P$8),2)&" năm "&YEAR($P$8)'
    );
    expect(styleAt(p, "I2").italic).toBe(true);
    expect(formula(plan(AREAS, { settings: { place: "" } }), "I2")).toMatch(/^="…, ngày "/);
  });

  test("keeps the report date as a serial with a dd/mm/yyyy format", () => {
    const p = plan();
    expect(REPORT_DATE_CELL).toBe("P8");
    expect(value(p, "P8")).toBe(R);
    expect(styleAt(p, "P8").numberFormat).toBe("dd/mm/yyyy");
  });

  test("titles the table in bold capitals with the programme and period, after the appendix label", () => {
    const p = plan();
    expect(value(p, "A5")).toBe("Biểu số 01");
    expect(value(p, "A6")).toBe("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    expect(value(p, "A7")).toBe("CHƯƠNG TRÌNH XÂY DỰNG HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015 - 2020");
    expect(styleAt(p, "A6")).toMatchObject({ bold: true, horizontal: "center" });
    expect(value(plan(AREAS, { settings: { period: "" } }), "A7")).toBe(
      "CHƯƠNG TRÌNH XÂY DỰNG HỆ THỐNG CHÍNH TRỊ"
    );
  });

  test("heads the table as the convention counts: done on time, late, no deadline; not done in time, overdue", () => {
    const p = plan();
    expect(value(p, "A9")).toBe("STT");
    expect(value(p, "E9")).toBe("Hoàn thành");
    expect(["E10", "F10", "G10", "H10"].map((a1) => value(p, a1))).toEqual([
      "Tổng số",
      "Đúng hạn",
      "Trễ hạn",
      "Không xét hạn",
    ]);
    expect(value(p, "I9")).toBe("Chưa hoàn thành");
    expect(["I10", "J10", "K10", "L10", "M10"].map((a1) => value(p, a1))).toEqual([
      "Đang thực hiện",
      "Chưa thực hiện",
      "Trong hạn",
      "Quá hạn",
      "Sắp đến hạn (trong 7 ngày)",
    ]);
    expect(value(p, "N9")).toBe("Tạm dừng");
    expect(p.merges).toEqual(
      expect.arrayContaining(["A9:A10", "D9:D10", "E9:H9", "I9:M9", "N9:N10", "P9:P10"])
    );
    expect(p.merges).not.toContain("E9:E10");
    expect(styleAt(p, "F10")).toMatchObject({
      bold: true,
      fill: "#D9E1F2",
      border: "thin",
      wrap: true,
    });
  });

  test("uses Times New Roman for every planned cell of the page", () => {
    const p = plan();
    for (const a1 of ["A1", "I2", "A7", "B11", "N14", "A15", "P10", "V13"]) {
      expect(styleAt(p, a1).fontName).toBe("Times New Roman");
    }
  });
});

describe("summary plan: rows and figures", () => {
  test("numbers areas 1, 2, … and closes with a bold total row summing them", () => {
    const p = plan();
    expect([value(p, "A11"), value(p, "B11"), value(p, "C11")]).toEqual([
      "1",
      "Công tác tư tưởng",
      "Ban Tuyên giáo Tỉnh ủy",
    ]);
    expect(value(p, "A13")).toBe("3");
    expect(value(p, "A14")).toBe("Tổng cộng");
    expect(formula(p, "D14")).toBe("=SUM(D11:D13)");
    expect(formula(p, "L14")).toBe("=SUM(L11:L13)");
    expect(styleAt(p, "D14")).toMatchObject({ bold: true, numberFormat: "#,##0" });
    expect(p.merges).toContain("A14:C14");
  });

  test("numbers groups I, II, … with their areas 1, 2, … under them and subtotals over those rows", () => {
    const p = plan(GROUPED);
    const rows = [11, 12, 13, 14, 15, 16, 17].map((r) => [value(p, `A${r}`), value(p, `B${r}`)]);
    expect(rows).toEqual([
      ["I", "Xây dựng Đảng"],
      ["1", "Công tác tư tưởng"],
      ["2", "Công tác tổ chức xây dựng đảng"],
      ["II", "Dân vận, Mặt trận"],
      ["1", "Công tác dân vận"],
      ["III", "Công tác nội chính"],
      ["Tổng cộng", null],
    ]);
    expect(formula(p, "D11")).toBe("=SUM(D12:D13)");
    expect(formula(p, "L14")).toBe("=SUM(L15)");
    expect(formula(p, "D17")).toBe("=SUM(D12:D13,D15:D16)");
    expect(styleAt(p, "B11")).toMatchObject({ bold: true, fill: "#F2F2F2" });
    expect(styleAt(p, "B12").bold).toBeUndefined();
    // A subtotal counts its areas by formula, never through its own name.
    expect(formula(p, "D16")).toContain('"=Công tác nội chính"');
  });

  test("counts with COUNTIFS over the bounded rows of the quoted task sheet, by area id and name", () => {
    const p = plan();
    expect(formula(p, "D11")).toBe(
      "=COUNTIFS('Nhiệm vụ'!$B$2:$B$10001,\"=TT\")+COUNTIFS('Nhiệm vụ'!$B$2:$B$10001,\"=Công tác tư tưởng\")"
    );
    expect(formula(p, "E11")).toContain("'Nhiệm vụ'!$G$2:$G$10001,\"=Hoàn thành\"");
    expect(formula(p, "N11")).toContain('"=Tạm dừng"');
  });

  test("compares completion and due dates with SUMPRODUCT only for on time, late as the dated done minus on time", () => {
    const p = plan();
    const columns = "ABCDEFGHIJKLMNOP".split("");
    const withSumproduct = columns.filter((c) => formula(p, `${c}11`).includes("SUMPRODUCT"));
    expect(withSumproduct).toEqual(["F"]);
    // Row-by-row comparisons cover the data rows plus a 10,000-row margin, not whole columns.
    expect(formula(p, "F11")).toContain("('Nhiệm vụ'!$I$2:$I$10001<='Nhiệm vụ'!$F$2:$F$10001)");
    expect(formula(p, "G11")).toMatch(/^=COUNTIFS\(.*"=Hoàn thành".*"<>Thường xuyên".*-F11$/);
    expect(formula(p, "F11")).toContain(
      "(1-ISNUMBER(1/('Nhiệm vụ'!$D$2:$D$10001=\"Thường xuyên\")))"
    );
    expect(formula(p, "F11")).not.toMatch(/\$[A-Z]:\$[A-Z]/);
    // Completed after the report date: not done at that date.
    expect(formula(p, "F11")).toContain("('Nhiệm vụ'!$I$2:$I$10001<$P$8+1)");
    expect(formula(p, "E11")).toContain(`'Nhiệm vụ'!$I$2:$I$10001,">="&($P$8+1)`);
  });

  test("refers every time-dependent figure to the report-date cell, never to a literal date", () => {
    const p = plan();
    expect(formula(p, "L11")).toContain('"<"&$P$8');
    expect(formula(p, "M11")).toContain('">="&$P$8');
    expect(formula(p, "M11")).toContain('"<"&($P$8+8)');
    const all = p.blocks
      .flatMap((b) => b.rows.flat())
      .flatMap((c) => ("formula" in c ? [c.formula] : []));
    expect(all.some((f) => f.includes(String(R)))).toBe(false);
    expect(all.some((f) => /AVERAGEIFS|\[@|\[#/.test(f))).toBe(false);
  });

  test("leaves the rates blank when their denominator is zero", () => {
    const p = plan();
    expect(formula(p, "O11")).toBe('=IF((D11-N11)=0,"",E11/(D11-N11))');
    // Over tasks come due: (on time + late) / (on time + late + overdue), so recurring tasks stay out.
    expect(formula(p, "P14")).toBe('=IF(((F14+G14)+L14)=0,"",(F14+G14)/((F14+G14)+L14))');
    expect(formula(p, "H11")).toBe("=E11-F11-G11");
    expect(formula(p, "K11")).toBe("=I11+J11-L11");
    expect(styleAt(p, "O11").numberFormat).toBe("0.0%");
    expect(p.conditionalFormats).toContainEqual({
      type: "dataBar",
      range: "O11:P13",
      color: "#63BE7B",
    });
  });

  test("writes an empty table's total as zeros and plans no chart", () => {
    const { model } = readModel(workbook([], []));
    const p = buildSummaryPlan({
      t: sheetText,
      model,
      rollup: rollupModel(model, R, 7),
      settings: DEFAULT_SETTINGS,
      sheetName: "Tổng hợp",
      lang: "vi",
    });
    expect(value(p, "A11")).toBe("Tổng cộng");
    expect(value(p, "D11")).toBe(0);
    expect(p.charts).toEqual([]);
    expect(p.conditionalFormats).toEqual([]);
  });

  test("writes 0 for the figures a missing optional column cannot count", () => {
    const grid = workbook(AREAS, []);
    grid.sheets[1] = {
      name: "Nhiệm vụ",
      address: "A1",
      values: [
        ["Mã", "Lĩnh vực", "Nội dung nhiệm vụ", "Trạng thái"],
        ["T1", "TT", "x", "Hoàn thành"],
      ],
    };
    const { model } = readModel(grid);
    const p = buildSummaryPlan({
      t: sheetText,
      model,
      rollup: rollupModel(model, R, 7),
      settings: DEFAULT_SETTINGS,
      sheetName: "Tổng hợp",
      lang: "vi",
    });
    expect(value(p, "L11")).toBe(0);
    expect(value(p, "F11")).toBe(0);
    expect(formula(p, "E11")).toContain("'Nhiệm vụ'!$D$2:$D$10001");
  });
});

describe("summary plan: reconciliation and note", () => {
  test("says under the table how many task rows there are and which ones no column counts, and why", () => {
    const p = plan();
    // 2 task rows, both counted: the line reads from the figures beside the table (not printed).
    const line = cell(p, "A15");
    expect(line && "formula" in line ? line.result : undefined).toBe(
      "Đối chiếu: bảng nhiệm vụ có 2 nhiệm vụ, biểu này tính 2; không tính 0 nhiệm vụ có lĩnh vực không có trong bảng lĩnh vực. Trong số đã tính, 0 nhiệm vụ ghi trạng thái không đúng từ chuẩn và 0 nhiệm vụ chưa ghi trạng thái không thuộc cột trạng thái nào."
    );
    expect(formula(p, "Z11")).toMatch(
      /^=SUMPRODUCT\(--\(\(ISNUMBER\(1\/\(LEN\(TRIM\('Nhiệm vụ'!\$A\$2:\$A\$10001\)\)>0\)\)/
    );
    expect(formula(p, "Z12")).toBe("=Z11-D14");
  });

  test("states the rules in words at the report date, with no cell address and no word about formulas", () => {
    const p = plan();
    const note = cell(p, "A16");
    const text = note && "formula" in note ? String(note.result) : "";
    expect(text).toMatch(/^Ghi chú: Số liệu tính đến ngày 06\/11\/2020;/);
    expect(text).toContain("(Đúng hạn + Trễ hạn) / (Đúng hạn + Trễ hạn + Quá hạn)");
    expect(text).not.toMatch(/\b[A-Z]{1,2}\d+\b|công thức/);
    expect(formula(p, "A16")).toContain("DAY($P$8)");
  });
});

describe("summary plan: print, view and ownership", () => {
  test("prints on A4 landscape, one page wide, with page numbers, no header above the charts' page", () => {
    const p = plan();
    expect(p.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      footerCenter: "Trang &P/&N",
    });
    // The table fits its page: a repeated header would print empty above the charts.
    expect(p.print?.printTitleRows).toBeUndefined();
    expect(p.print?.margins).toMatchObject({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(p.print?.printArea).toMatch(/^A1:P\d+$/);
    expect(p.freeze).toEqual({ rows: 10, columns: 0 });
    expect(p.tabColor).toMatch(/^#[0-9A-F]{6}$/);
  });

  test("repeats the header rows on every page when the table itself runs over a page", () => {
    const many = Array.from({ length: 60 }, (_, i) => [`L${i}`, `Lĩnh vực ${i}`, "", i + 1]);
    const p = plan(many);
    expect(p.print?.printTitleRows).toBe("9:10");
  });

  test("marks the sheet as the add-in's and passes a rename through", () => {
    const p = plan(AREAS, { sheetName: "Tổng hợp 2020", previousName: "Tổng hợp" });
    expect(p).toMatchObject({
      role: "summary",
      ownerMark: SUMMARY_MARK,
      name: "Tổng hợp 2020",
      previousName: "Tổng hợp",
    });
    expect(plan().previousName).toBeUndefined();
  });

  test("covers every planned cell, merge, style and chart with its extent", () => {
    for (const p of [plan(), plan(GROUPED)]) {
      const [, end] = p.extent.split(":");
      const limit = parseA1(end);
      const inside = (a1: string): boolean => {
        const { row, col } = parseA1(a1.replace(/\$/g, ""));
        return row <= limit.row && col <= limit.col;
      };
      for (const b of p.blocks) {
        const at = parseA1(b.at);
        expect(at.row + b.rows.length - 1).toBeLessThanOrEqual(limit.row);
        expect(at.col + Math.max(...b.rows.map((r) => r.length)) - 1).toBeLessThanOrEqual(
          limit.col
        );
      }
      for (const range of [...p.merges, ...p.styles.map((s) => s.range)]) {
        for (const a1 of range.split(":")) expect(inside(a1)).toBe(true);
      }
      for (const chart of p.charts) {
        for (const a1 of chart.source.split(":")) expect(inside(a1)).toBe(true);
        expect(parseA1(chart.from).row).toBeLessThanOrEqual(limit.row);
      }
    }
  });

  test("sizes the columns and gives long area names room to wrap", () => {
    const long = [
      [
        "X",
        "Công tác xây dựng bộ máy chính quyền và cải cách hành chính các cấp",
        "Ban cán sự đảng UBND tỉnh",
        1,
        "",
      ],
    ];
    const p = plan(long);
    expect(p.columnWidths.B).toBeGreaterThan(20);
    expect(p.rowHeights[11]).toBeGreaterThan(p.rowHeights[12]);
    expect(styleAt(p, "B11").wrap).toBe(true);
  });

  test("keeps every row within Excel's tallest (409 pt), a very long name whole in smaller type", () => {
    const name300 = "Công tác lãnh đạo, chỉ đạo thực hiện nghị quyết, ".repeat(8).slice(0, 300);
    const name2000 = "Lĩnh vực có tên rất dài gồm nhiều nội dung, ".repeat(50).slice(0, 2000);
    const p = plan([
      ["TT", name300, "Ban Tuyên giáo Tỉnh ủy", 1, ""],
      ["TC", name2000, "Ban Tổ chức Tỉnh ủy", 2, ""],
    ]);
    // Row 11 at 12 pt: as many lines as the name wraps to in column B, no more.
    expect(styleAt(p, "B11").fontSize).toBe(12);
    const lines300 = wrappedLines(name300, 56);
    expect(p.rowHeights[11]).toBeGreaterThanOrEqual(lines300 * 15);
    // Row 12 would need some 1,000 pt at 12 pt: it keeps to 409 pt with the name in smaller type,
    // still tall enough for every line of it at that size.
    const size = styleAt(p, "B12").fontSize!;
    expect(size).toBeLessThan(12);
    expect(size).toBeGreaterThanOrEqual(6);
    expect(p.rowHeights[12]).toBeLessThanOrEqual(409);
    const capacity = Math.floor((34 * 7 - 1) / (size * (96 / 72) * 0.47));
    expect(p.rowHeights[12]).toBeGreaterThanOrEqual(
      wrappedLines(name2000, capacity) * Math.ceil(size * 1.25)
    );
    expect(styleAt(p, "C12").fontSize).toBe(12);
    for (const h of Object.values(p.rowHeights)) expect(h).toBeLessThanOrEqual(409);
  });
});

describe("summary plan: charts", () => {
  test("plans a stacked status chart and a rate chart from one contiguous block each, in set colours", () => {
    const p = plan();
    const [status, rate] = p.charts;
    expect(status).toMatchObject({
      name: CHART_STATUS,
      type: "barStacked",
      title: "Tình hình thực hiện nhiệm vụ theo lĩnh vực",
    });
    expect(status.source).toBe("T10:X13");
    expect(status.categories).toBe("'Tổng hợp'!$T$11:$T$13");
    expect(status.series.map((s) => [s.values, s.color])).toEqual([
      ["'Tổng hợp'!$U$11:$U$13", "#70AD47"],
      ["'Tổng hợp'!$V$11:$V$13", "#FFC000"],
      ["'Tổng hợp'!$W$11:$W$13", "#A5A5A5"],
      ["'Tổng hợp'!$X$11:$X$13", "#C00000"],
    ]);
    expect(status.series.map((s) => s.name)).toEqual(
      ["U10", "V10", "W10", "X10"].map((a1) => value(p, a1))
    );
    expect(rate).toMatchObject({
      name: CHART_RATE,
      type: "barClustered",
      source: "R10:S13",
      dataLabelFormat: "0%",
      axisMin: 0,
      axisMax: 1,
    });
    expect(formula(p, "S11")).toBe("=O11");
    expect(formula(p, "U12")).toBe("=E12");
  });

  test("draws in progress and not started without their overdue tasks, overdue as its own part", () => {
    const p = plan();
    // In progress less its overdue part, read off the row: I - (L - (J - W)).
    expect(formula(p, "V11")).toBe("=I11-L11+J11-W11");
    expect(formula(p, "W11")).toMatch(/^=J11-\(COUNTIFS\(.*"=Chưa thực hiện".*"<"&\$P\$8\)/);
    expect(formula(p, "X11")).toBe("=L11");
  });

  test("keeps the chart data outside the print area and the charts inside it, below the table", () => {
    const p = plan(GROUPED);
    const printEnd = parseA1(p.print!.printArea!.split(":")[1]);
    const total = summaryRows(rollupModel(readModel(workbook(GROUPED, TASKS)).model, R, 7)).at(
      -1
    )!.row;
    for (const chart of p.charts) {
      expect(colIndex(chart.source.replace(/\d+/g, "").split(":")[0])).toBeGreaterThan(
        printEnd.col
      );
      const from = parseA1(chart.from);
      const to = parseA1(chart.to);
      expect(from.row).toBeGreaterThan(total + 1);
      expect(to.row - 1).toBeLessThanOrEqual(printEnd.row);
      expect(to.col).toBeLessThanOrEqual(printEnd.col + 1);
    }
    // side by side on the same rows
    expect(p.charts[0].from.replace(/[A-Z]+/, "")).toBe(p.charts[1].from.replace(/[A-Z]+/, ""));
    expect(p.charts[0].to.replace(/\d+/, "")).toBe(p.charts[1].from.replace(/\d+/, ""));
  });

  test("quotes a sheet name holding an apostrophe in chart references", () => {
    const p = plan(AREAS, { sheetName: "Báo cáo 'quý'" });
    expect(p.charts[0].categories).toBe("'Báo cáo ''quý'''!$T$11:$T$13");
  });

  test("starts the charts after the signature block, on a later page when too little room is left", () => {
    const many: CellValue[][] = Array.from({ length: 14 }, (_, i) => [
      `L${i}`,
      `Lĩnh vực ${i}`,
      `Ban ${i}`,
      i + 1,
      "",
    ]);
    const short = plan();
    const long = plan(many);
    // The signature block ends with the names, six rows under its titles' row.
    const blockEnd = (p: SheetPlan, areas: number): number => rowOf(p, "NGƯỜI LẬP BIỂU", areas) + 5;
    const top = (p: SheetPlan): number => parseA1(p.charts[0].from).row;
    expect(top(short)).toBeGreaterThanOrEqual(blockEnd(short, 3) + 2);
    expect(top(long)).toBeGreaterThanOrEqual(blockEnd(long, 14) + 2);
    // Both pushed to the next page: the blank rows it takes grow with less room left under the block.
    expect(top(long) - blockEnd(long, 14)).toBeLessThan(top(short) - blockEnd(short, 3));
  });
});

/** The row of the first cell of column A under the table holding `text`. */
function rowOf(p: SheetPlan, text: string, areas: number): number {
  for (let r = 11 + areas; r < 11 + areas + 40; r++) if (value(p, `A${r}`) === text) return r;
  throw new Error(`${text} not under the table`);
}

describe("summary plan: attachment line and signature block (issue 14 §6)", () => {
  const CLERK: Partial<Settings> = {
    reportNumber: "125-BC/BCĐ ngày 06/11/2020",
    signerTitle: "T/M Ban Chỉ đạo\nTrưởng ban",
    signerName: "Nguyễn Văn A",
    preparerName: "Trần Thị B",
  };

  test("without a report number keeps the title lines where they were and prints no attachment line", () => {
    const p = plan();
    expect([value(p, "A4") ?? null, value(p, "A5"), value(p, "A7")]).toEqual([
      null,
      "Biểu số 01",
      "CHƯƠNG TRÌNH XÂY DỰNG HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015 - 2020",
    ]);
    expect(p.rowHeights[4]).toBe(8);
    expect(p.merges).not.toContain("A4:P4");
  });

  test("with a report number moves the title lines up a row and puts the italic attachment line under them", () => {
    const p = plan(AREAS, { settings: CLERK });
    expect(value(p, "A4")).toBe("Biểu số 01");
    expect(value(p, "A5")).toBe("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    expect(value(p, "A6")).toBe("CHƯƠNG TRÌNH XÂY DỰNG HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015 - 2020");
    expect(value(p, "A7")).toBe("(Kèm theo Báo cáo số 125-BC/BCĐ ngày 06/11/2020)");
    expect(styleAt(p, "A4")).toMatchObject({ bold: true, fontSize: 13 });
    expect(styleAt(p, "A5")).toMatchObject({ bold: true, fontSize: 14 });
    expect(styleAt(p, "A7")).toMatchObject({ italic: true, horizontal: "center" });
    expect(styleAt(p, "A7").bold).toBeUndefined();
    expect(p.merges).toEqual(expect.arrayContaining(["A4:P4", "A5:P5", "A6:P6", "A7:P7"]));
    expect(p.rowHeights[4]).toBe(18);
    // The table and the report-date cell stay where every formula expects them.
    expect(value(p, "P8")).toBe(R);
    expect(value(p, "B11")).toBe("Công tác tư tưởng");
  });

  test("signs under the note: preparer left, date line and signer right, hints, room to sign, blank names", () => {
    const p = plan();
    const note = 11 + 3 + 2; // three areas, the total, the reconciliation line, the note
    const top = note + 2;
    expect(rowOf(p, "NGƯỜI LẬP BIỂU", 3)).toBe(top + 1);
    expect(formula(p, `I${top}`)).toBe(formula(p, "I2"));
    expect(value(p, `I${top + 1}`)).toBe("T/M BAN CHỈ ĐẠO");
    expect(value(p, `A${top + 2}`)).toBe("(Ký, ghi rõ họ tên)");
    expect(value(p, `I${top + 2}`)).toBe("(Ký, ghi rõ họ tên)");
    for (let r = top + 3; r <= top + 6; r++) {
      expect(value(p, `A${r}`) ?? null).toBeNull();
      expect(value(p, `I${r}`) ?? null).toBeNull();
    }
    expect(value(p, `A${note + 1}`) ?? null).toBeNull();
    expect(styleAt(p, `A${top + 1}`)).toMatchObject({ bold: true, horizontal: "center" });
    expect(styleAt(p, `I${top}`).italic).toBe(true);
    expect(styleAt(p, `A${top + 2}`).italic).toBe(true);
    expect(p.merges).toEqual(
      expect.arrayContaining([`A${top + 1}:E${top + 1}`, `I${top + 6}:P${top + 6}`])
    );
    const signing = [3, 4, 5].map((o) => p.rowHeights[top + o]);
    expect(signing.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60);
    const printEnd = parseA1(p.print!.printArea!.split(":")[1]).row;
    expect(printEnd).toBeGreaterThanOrEqual(top + 6);
  });

  test("names the signer's title on two lines and both names from the settings", () => {
    const p = plan(AREAS, { settings: CLERK });
    const top = 11 + 3 + 4;
    expect(value(p, `I${top + 1}`)).toBe("T/M BAN CHỈ ĐẠO\nTRƯỞNG BAN");
    expect(p.rowHeights[top + 1]).toBeGreaterThan(p.rowHeights[top + 2] * 1.5);
    expect(value(p, `A${top + 6}`)).toBe("Trần Thị B");
    expect(value(p, `I${top + 6}`)).toBe("Nguyễn Văn A");
    expect(styleAt(p, `I${top + 6}`).bold).toBe(true);
  });

  test("prints the block in the sheet's language: English labels and the signer's default title", () => {
    const p = plan(AREAS, { lang: "en", settings: { reportNumber: "125-BC/BCĐ" } });
    const top = 11 + 3 + 4;
    expect(value(p, "A7")).toBe("(Attached to Report No. 125-BC/BCĐ)");
    expect(value(p, `A${top + 1}`)).toBe("PREPARED BY");
    expect(value(p, `I${top + 1}`)).toBe("ON BEHALF OF BAN CHỈ ĐẠO");
    expect(value(p, `A${top + 2}`)).toBe("(Signature and full name)");
    expect(formula(p, `I${top}`)).toBe(formula(p, "I2"));
    expect(formula(p, `I${top}`)).toMatch(/^="Quy Nhơn, "&/);
  });

  test("never splits the block over a page break: moved down to a new page when the table leaves too little room", () => {
    let moved = 0;
    for (let n = 4; n <= 24; n++) {
      const areas: CellValue[][] = Array.from({ length: n }, (_, i) => [
        `L${i}`,
        `Lĩnh vực ${i}`,
        `Ban ${i}`,
        i + 1,
        "",
      ]);
      const p = plan(areas);
      const note = 11 + n + 2;
      const titles = rowOf(p, "NGƯỜI LẬP BIỂU", n);
      const heights = (r: number): number => p.rowHeights[r] ?? 15;
      const title = p.print?.printTitleRows ? heights(9) + heights(10) : 0;
      for (const page of pageHeights())
        expect(onOnePage(heights, titles - 1, titles + 5, page, title, 0)).toBe(true);
      if (titles - 1 > note + 2) moved++;
      expect(parseA1(p.print!.printArea!.split(":")[1]).row).toBeGreaterThanOrEqual(titles + 5);
    }
    expect(moved).toBeGreaterThan(0);
  });

  test("keeps the charts below the block when there is an area, and the print area over it when there is none", () => {
    const p = plan();
    expect(parseA1(p.charts[0].from).row).toBeGreaterThan(11 + 3 + 4 + 6);
    const empty = plan([]);
    const top = rowOf(empty, "NGƯỜI LẬP BIỂU", 0) - 1;
    expect(parseA1(empty.print!.printArea!.split(":")[1]).row).toBeGreaterThanOrEqual(top + 6);
  });
});

describe("summary plan: languages", () => {
  test("writes the English labels from the catalogue with --lang en, formulas unchanged", () => {
    const vi = plan();
    const en = plan(AREAS, { lang: "en" });
    expect(value(en, "I1")).toBe("COMMUNIST PARTY OF VIETNAM");
    expect(value(en, "A9")).toBe("No.");
    expect(value(en, "E10")).toBe("Total");
    expect(value(en, "A14")).toBe("Total");
    expect(en.print?.footerCenter).toBe("Page &P of &N");
    expect(en.charts[0].title).toBe("Task status by work area");
    expect(formula(en, "I2")).toBe(
      '="Quy Nhơn, "&RIGHT("0"&DAY($P$8),2)&"/"&RIGHT("0"&MONTH($P$8),2)&"/"&YEAR($P$8)'
    );
    expect(formula(en, "L12")).toBe(formula(vi, "L12"));
  });

  test("writes every label in NFC", () => {
    const nfd = plan(
      AREAS.map((r) => r.map((c) => (typeof c === "string" ? c.normalize("NFD") : c)))
    );
    const texts = nfd.blocks
      .flatMap((b) => b.rows.flat())
      .flatMap((c) => ("value" in c && typeof c.value === "string" ? [c.value] : []));
    for (const text of texts) expect(text).toBe(text.normalize("NFC"));
  });
});

describe("summary helpers", () => {
  test("writes Roman numerals for group rows", () => {
    expect([1, 2, 4, 9, 14, 40].map(roman)).toEqual(["I", "II", "IV", "IX", "XIV", "XL"]);
  });

  test("counts the lines of word-wrapped text", () => {
    expect(wrappedLines("Công tác tư tưởng", 40)).toBe(1);
    expect(wrappedLines("Công tác tư tưởng", 9)).toBe(2);
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("abcdefghijklmnopqrstu", 10)).toBe(3);
  });
});
