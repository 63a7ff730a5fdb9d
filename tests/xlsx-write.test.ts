// The .xlsx writer on hand-made plans: what it writes, that it leaves every part of the user's byte for
// byte, and that it can run again on its own output.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../src/core/plan";
import { writeRefreshedWorkbook } from "../src/cli/xlsx-file";
import { parseRelationships, sheetParts } from "../src/xlsx/package";
import { absolutePrintAreas } from "../src/xlsx/print-names";
import { insertDrawingElement, schemaOrderedSheet, topLevelElements } from "../src/xlsx/sheet-xml";
import { SheetNameTakenError } from "../src/xlsx/write";

const T = "'Nhiệm vụ'";
const v = (value: string | number | boolean | null): PlanCell => ({ value });
const f = (formula: string): PlanCell => ({ formula });

function summaryPlan(over: Partial<SheetPlan> = {}): SheetPlan {
  const name = over.name ?? "Tổng hợp";
  const q = `'${name}'`;
  return {
    name,
    role: "summary",
    ownerMark: "TDNV_Summary",
    blocks: [
      { at: "A1", rows: [[v("BAN CHỈ ĐẠO")], [v("*")]] },
      { at: "A3", rows: [[v("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ")]] },
      {
        at: "A5",
        rows: [
          [v("STT"), v("Lĩnh vực"), v("Tổng số"), v("Hoàn thành"), v("Tỷ lệ")],
          [
            v(1),
            v("Công tác tư tưởng"),
            f(`=COUNTIFS(${T}!$B:$B,$B6)`),
            f(`=COUNTIFS(${T}!$B:$B,$B6,${T}!$C:$C,"Hoàn thành")`),
            f("=IF(C6=0,0,D6/C6)"),
          ],
          [
            v(2),
            v("Công tác dân vận"),
            f(`=COUNTIFS(${T}!$B:$B,$B7)`),
            f(`=COUNTIFS(${T}!$B:$B,$B7,${T}!$C:$C,"Hoàn thành")`),
            f("=IF(C7=0,0,D7/C7)"),
          ],
          [v(null), v("Tổng cộng"), f("=SUM(C6:C7)"), f("=SUM(D6:D7)"), f("=IF(C8=0,0,D8/C8)")],
        ],
      },
      {
        at: "A10",
        rows: [[v("=SUM(C6:C7)"), v("+84 912 345 678"), v("-5%"), v("@mention"), v(true)]],
      },
    ],
    styles: [
      { range: "A1:E10", style: { fontName: "Times New Roman", fontSize: 13 } },
      { range: "A3:E3", style: { bold: true, horizontal: "center", fontSize: 14 } },
      {
        range: "A5:E5",
        style: {
          bold: true,
          fill: "#DDEBF7",
          horizontal: "center",
          vertical: "center",
          wrap: true,
        },
      },
      { range: "A5:E8", style: { border: "thin" } },
      { range: "A8:E8", style: { bold: true, italic: true, fontColor: "#C00000" } },
      { range: "E6:E8", style: { numberFormat: "0.0%" } },
    ],
    merges: ["A3:E3"],
    columnWidths: { A: 6, B: 34, C: 10 },
    rowHeights: { 5: 31.5 },
    freeze: { rows: 5, columns: 2 },
    conditionalFormats: [
      { type: "dataBar", range: "E6:E7", color: "#63BE7B" },
      { type: "colorScale", range: "D6:D7", min: "#F8696B", mid: "#FFEB84", max: "#63BE7B" },
      {
        type: "cellIs",
        range: "C6:C7",
        operator: "greaterThan",
        value: 10,
        fontColor: "#9C0006",
        fill: "#FFC7CE",
      },
    ],
    print: {
      paper: "A4",
      orientation: "landscape",
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
      fitToWidth: true,
      printTitleRows: "5:5",
      footerCenter: "&P/&N",
      printArea: "A1:N40",
    },
    tabColor: "#1F4E79",
    charts: [
      {
        name: "TDNV_ChartStatus",
        type: "barStacked",
        title: "Tình trạng nhiệm vụ",
        source: "B5:D7",
        categories: `${q}!$B$6:$B$7`,
        series: [
          { name: "Tổng số", values: `${q}!$C$6:$C$7`, color: "#9E9E9E" },
          { name: "Hoàn thành", values: `${q}!$D$6:$D$7`, color: "#2E7D32" },
        ],
        from: "G2",
        to: "N18",
      },
      {
        name: "TDNV_ChartRate",
        type: "barClustered",
        title: "Tỷ lệ hoàn thành",
        source: "B5:E7",
        categories: `${q}!$B$6:$B$7`,
        series: [{ name: "Tỷ lệ", values: `${q}!$E$6:$E$7`, color: "#2E7D32" }],
        dataLabelFormat: "0%",
        axisMin: 0,
        axisMax: 1,
        from: "G20",
        to: "N36",
      },
    ],
    extent: "A1:N40",
    ...over,
  };
}

function settingsPlan(): SheetPlan {
  return {
    name: "Cấu hình",
    role: "settings",
    ownerMark: "TDNV_Settings",
    blocks: [
      {
        at: "A1",
        rows: [
          [v("Khóa"), v("Giá trị")],
          [v("Tên trang tổng hợp"), v("Tổng hợp")],
        ],
      },
    ],
    styles: [{ range: "A1:B1", style: { bold: true } }],
    merges: [],
    columnWidths: { A: 30, B: 40 },
    rowHeights: {},
    conditionalFormats: [],
    charts: [],
    extent: "A1:B2",
  };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "xlsx-write-"));
}

/** An input workbook with what users put in theirs: a title block, a table, formulas, validation. */
function inputWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const areas = wb.addWorksheet("Lĩnh vực");
  areas.getCell("A1").value = "DANH MỤC LĨNH VỰC";
  areas.mergeCells("A1:C1");
  areas.getCell("A1").font = { name: "Times New Roman", size: 14, bold: true };
  areas.getRow(3).values = ["Mã", "Lĩnh vực", "Đơn vị chủ trì"];
  areas.getRow(4).values = ["LV1", "Công tác tư tưởng", "Ban Tuyên giáo Tỉnh ủy"];
  areas.getRow(5).values = ["LV2", "Công tác dân vận", "Ban Dân vận Tỉnh ủy"];
  areas.getColumn(2).width = 36;
  areas.getCell("A3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  const tasks = wb.addWorksheet("Nhiệm vụ");
  tasks.addTable({
    name: "NhiemVu",
    ref: "A1",
    headerRow: true,
    columns: [
      { name: "Mã" },
      { name: "Lĩnh vực" },
      { name: "Trạng thái" },
      { name: "Thời hạn" },
      { name: "Ghi chú" },
    ],
    rows: [
      [
        "NV1",
        "Công tác tư tưởng",
        "Hoàn thành",
        new Date(Date.UTC(2020, 5, 30)),
        "=không phải công thức",
      ],
      ["NV2", "Công tác dân vận", "Đang thực hiện", new Date(Date.UTC(2020, 11, 31)), ""],
      ["NV3", "Công tác dân vận", "Hoàn thành", new Date(Date.UTC(2020, 2, 15)), "ghi chú"],
    ],
  });
  tasks.getColumn(4).numFmt = "dd/mm/yyyy";
  tasks.getCell("G1").value = { formula: "COUNTA(A2:A4)", result: 3 } as ExcelJS.CellFormulaValue;
  tasks.getCell("C2").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng"'],
  };
  const notes = wb.addWorksheet("Ghi chú");
  notes.getCell("B2").value = "Sổ tay của văn phòng";
  return wb;
}

async function writeInput(dir: string, wb = inputWorkbook()): Promise<string> {
  const path = join(dir, "input.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

async function read(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function zipOf(path: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(path));
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}

/** Everything ExcelJS knows about a sheet's cells, merges, tables and validations, as plain data. */
function snapshot(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.push([cell.address, cell.value, cell.style])
    )
  );
  const model = ws.model as unknown as { merges: string[]; dataValidations: unknown };
  return JSON.parse(
    JSON.stringify({
      cells,
      merges: model.merges,
      validations: model.dataValidations,
      tables: Object.values(
        (ws as unknown as { tables: Record<string, { model: unknown }> }).tables
      ).map((t) => t.model),
      widths: ws.columns?.map((c) => c.width) ?? [],
    })
  );
}

const chartParts = (zip: JSZip): string[] =>
  Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
const drawingParts = (zip: JSZip): string[] =>
  Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));

describe("writeRefreshedWorkbook", () => {
  const dir = tempDir();
  const plan: WorkbookPlan = { sheets: [summaryPlan(), settingsPlan()] };
  let input = "";
  let output = "";

  beforeAll(async () => {
    input = await writeInput(dir);
    output = join(dir, "output.xlsx");
    await writeRefreshedWorkbook(input, plan, output);
  });

  it("adds the summary and settings sheets after the input sheets", async () => {
    expect((await read(output)).worksheets.map((ws) => ws.name)).toEqual([
      "Lĩnh vực",
      "Nhiệm vụ",
      "Ghi chú",
      "Tổng hợp",
      "Cấu hình",
    ]);
  });

  it("copies the input sheets through unchanged, cell for cell", async () => {
    const before = await read(input);
    const after = await read(output);
    for (const name of ["Lĩnh vực", "Nhiệm vụ", "Ghi chú"]) {
      expect(snapshot(after.getWorksheet(name)!)).toEqual(snapshot(before.getWorksheet(name)!));
    }
    // The snapshot is not vacuous: it holds the table, the validation and the merge.
    const tasks = snapshot(after.getWorksheet("Nhiệm vụ")!) as {
      tables: unknown[];
      validations: object;
    };
    expect(tasks.tables).toHaveLength(1);
    expect(Object.keys(tasks.validations)).toContain("C2");
    expect((snapshot(after.getWorksheet("Lĩnh vực")!) as { merges: string[] }).merges).toEqual([
      "A1:C1",
    ]);
  });

  it("writes constants and formulas, formulas without the leading '='", async () => {
    const ws = (await read(output)).getWorksheet("Tổng hợp")!;
    expect(ws.getCell("A1").value).toBe("BAN CHỈ ĐẠO");
    expect(ws.getCell("A6").value).toBe(1);
    expect(ws.getCell("C6").value).toEqual({ formula: "COUNTIFS('Nhiệm vụ'!$B:$B,$B6)" });
    expect(ws.getCell("E8").value).toEqual({ formula: "IF(C8=0,0,D8/C8)" });
    expect(ws.getCell("E10").value).toBe(true);
  });

  it("keeps text that looks like a formula as text", async () => {
    const ws = (await read(output)).getWorksheet("Tổng hợp")!;
    expect(["A10", "B10", "C10", "D10"].map((a) => ws.getCell(a).value)).toEqual([
      "=SUM(C6:C7)",
      "+84 912 345 678",
      "-5%",
      "@mention",
    ]);
    const zip = await zipOf(output);
    const part = (await sheetParts(zip)).get("Tổng hợp")!;
    const xml = await text(zip, part);
    const a10 = /<c r="A10"[^>]*>(.*?)<\/c>/.exec(xml)![0];
    expect(a10).toContain('t="inlineStr"');
    expect(a10).not.toContain("<f>");
  });

  it("does not ask for a full recalculation on open", async () => {
    const workbookXml = await text(await zipOf(output), "xl/workbook.xml");
    expect(workbookXml).not.toMatch(/fullCalcOnLoad/);
  });

  it("styles cells: font, size, bold, italic, colours, fill, alignment, wrap, number format, borders", async () => {
    const ws = (await read(output)).getWorksheet("Tổng hợp")!;
    expect(ws.getCell("A3").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(ws.getCell("B5").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(ws.getCell("B5").alignment).toMatchObject({
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    });
    // Later styles add to earlier ones instead of replacing them.
    expect(ws.getCell("B8").font).toMatchObject({
      name: "Times New Roman",
      size: 13,
      bold: true,
      italic: true,
      color: { argb: "FFC00000" },
    });
    expect(ws.getCell("E7").numFmt).toBe("0.0%");
    for (const edge of ["top", "left", "bottom", "right"] as const) {
      expect(ws.getCell("C7").border[edge]).toMatchObject({ style: "thin" });
    }
    expect(ws.getCell("A1").border ?? {}).toEqual({});
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 13 });
  });

  it("merges, sizes columns and rows, freezes the header and colours the tab", async () => {
    const ws = (await read(output)).getWorksheet("Tổng hợp")!;
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(["A3:E3"]);
    expect(ws.getColumn("B").width).toBe(34);
    expect(ws.getRow(5).height).toBe(31.5);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 5, topLeftCell: "C6" });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });
  });

  it("writes the data bar, colour scale and cellIs conditional formats", async () => {
    const ws = (await read(output)).getWorksheet("Tổng hợp")!;
    const formats = (
      ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    const byRef = Object.fromEntries(formats.map((cf) => [cf.ref, cf.rules[0]]));
    expect(byRef["E6:E7"]).toMatchObject({ type: "dataBar", color: { argb: "FF63BE7B" } });
    expect(byRef["D6:D7"]).toMatchObject({
      type: "colorScale",
      color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
    });
    expect(byRef["C6:C7"]).toMatchObject({
      type: "cellIs",
      operator: "greaterThan",
      formulae: ["10"],
      style: { font: { color: { argb: "FF9C0006" } }, fill: { bgColor: { argb: "FFFFC7CE" } } },
    });
  });

  it("sets up printing: A4 landscape, margins in inches, one page wide, titles, area and page numbers", async () => {
    const zip = await zipOf(output);
    const xml = await text(zip, (await sheetParts(zip)).get("Tổng hợp")!);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    const margins = /<pageMargins ([^>]*)\/>/.exec(xml)![1];
    const inch = (name: string): number =>
      Number(new RegExp(`${name}="([\\d.]+)"`).exec(margins)![1]);
    expect(inch("left")).toBeCloseTo(30 / 25.4, 3);
    expect(inch("right")).toBeCloseTo(15 / 25.4, 3);
    expect(inch("top")).toBeCloseTo(20 / 25.4, 3);
    expect(inch("header")).toBeCloseTo(10 / 25.4, 3);
    expect(xml).toContain("<oddFooter>&amp;C&amp;P/&amp;N</oddFooter>");
    const workbookXml = await text(zip, "xl/workbook.xml");
    expect(workbookXml).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="3">&apos;Tổng hợp&apos;!$5:$5</definedName>'
    );
    expect(workbookXml).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="3">&apos;Tổng hợp&apos;!$A$1:$N$40</definedName>'
    );
  });

  it("marks the summary and the settings sheets with workbook-level defined names", async () => {
    const names = (await read(output)).definedNames.model;
    expect(names).toEqual(
      expect.arrayContaining([
        { name: "TDNV_Summary", ranges: ["'Tổng hợp'!$A$1"] },
        { name: "TDNV_Settings", ranges: ["'Cấu hình'!$A$1"] },
      ])
    );
  });

  it("adds both charts, named after the plan, in one drawing of the summary sheet", async () => {
    const zip = await zipOf(output);
    expect(chartParts(zip)).toHaveLength(2);
    expect(drawingParts(zip)).toHaveLength(1);
    const drawing = await text(zip, drawingParts(zip)[0]);
    expect([...drawing.matchAll(/<xdr:cNvPr [^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual([
      "TDNV_ChartStatus",
      "TDNV_ChartRate",
    ]);
    const sheetPath = (await sheetParts(zip)).get("Tổng hợp")!;
    const rels = parseRelationships(
      await text(zip, sheetPath.replace("worksheets/", "worksheets/_rels/") + ".rels")
    );
    expect(rels.filter((r) => r.type.endsWith("/drawing"))).toEqual([
      expect.objectContaining({ target: `../drawings/${drawingParts(zip)[0].split("/").pop()}` }),
    ]);
  });

  it("leaves every relationship and content type pointing at a part that exists", async () => {
    await expectConsistentPackage(await zipOf(output));
  });

  it("places <drawing> after headerFooter and before the sheet's extLst, in schema order", async () => {
    const zip = await zipOf(output);
    const xml = await text(zip, (await sheetParts(zip)).get("Tổng hợp")!);
    const order = topLevelElements(xml).children.map((c) => c.name);
    expect(order.filter((n) => n === "drawing")).toHaveLength(1);
    expect(order.indexOf("drawing")).toBeGreaterThan(order.indexOf("headerFooter"));
    expect(isSchemaOrdered(order)).toBe(true);
  });

  it("gives the same summary, charts and drawing when run again on its own output", async () => {
    const again = join(dir, "again.xlsx");
    await writeRefreshedWorkbook(output, plan, again);
    const [one, two] = [await zipOf(output), await zipOf(again)];
    expect((await read(again)).worksheets.map((ws) => ws.name)).toEqual([
      "Lĩnh vực",
      "Nhiệm vụ",
      "Ghi chú",
      "Tổng hợp",
      "Cấu hình",
    ]);
    expect(chartParts(two)).toEqual(chartParts(one));
    expect(drawingParts(two)).toEqual(drawingParts(one));
    const summaryPart = (await sheetParts(one)).get("Tổng hợp")!;
    expect((await sheetParts(two)).get("Tổng hợp")).toBe(summaryPart);
    for (const part of [summaryPart, ...chartParts(one), ...drawingParts(one), "xl/workbook.xml"]) {
      expect(`${part}: ${await text(two, part)}`).toBe(`${part}: ${await text(one, part)}`);
    }
  });

  it("keeps every part it does not own byte for byte, and appends to the styles part only", async () => {
    const [before, after] = [await zipOf(input), await zipOf(output)];
    const listed = new Set([
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "xl/styles.xml",
      "docProps/app.xml",
    ]);
    const userParts = Object.keys(before.files).filter(
      (p) => !before.files[p].dir && !listed.has(p)
    );
    expect(userParts).toEqual(
      expect.arrayContaining([
        "xl/worksheets/sheet2.xml",
        "xl/sharedStrings.xml",
        "xl/tables/table1.xml",
      ])
    );
    for (const part of userParts) {
      const [a, b] = [
        await before.file(part)!.async("uint8array"),
        await after.file(part)?.async("uint8array"),
      ];
      expect(`${part}: ${b !== undefined && Buffer.from(a).equals(Buffer.from(b))}`).toBe(
        `${part}: true`
      );
    }
    const lists = async (zip: JSZip): Promise<Record<string, string[]>> => {
      const xml = await text(zip, "xl/styles.xml");
      const out: Record<string, string[]> = {};
      for (const c of topLevelElements(xml).children) {
        const el = xml.slice(c.start, c.end);
        out[c.name] =
          el.endsWith("/>") && !el.includes("</")
            ? []
            : topLevelElements(el).children.map((x) => el.slice(x.start, x.end));
      }
      return out;
    };
    const [was, now] = [await lists(before), await lists(after)];
    for (const [name, items] of Object.entries(was))
      expect([name, now[name].slice(0, items.length)]).toEqual([name, items]);
    expect(now.cellXfs.length).toBeGreaterThan(was.cellXfs.length);
  });

  it("changes no part at all when run again on its own output", async () => {
    const second = join(dir, "second.xlsx");
    await writeRefreshedWorkbook(output, plan, second);
    const [one, two] = [await zipOf(output), await zipOf(second)];
    const partsOf = (zip: JSZip): string[] =>
      Object.keys(zip.files).filter((p) => !zip.files[p].dir);
    expect(partsOf(two)).toEqual(partsOf(one));
    for (const part of partsOf(one)) {
      expect(`${part}: ${await text(two, part)}`).toBe(`${part}: ${await text(one, part)}`);
    }
  });
});

/** Worksheet child elements in CT_Worksheet order (the subset ExcelJS and this writer emit). */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetProtection",
  "autoFilter",
  "mergeCells",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "tableParts",
  "extLst",
];

function isSchemaOrdered(names: string[]): boolean {
  const ranks = names.map((n) => WORKSHEET_ORDER.indexOf(n));
  return ranks.every((r, i) => r >= 0 && (i === 0 || r >= ranks[i - 1]));
}

async function expectConsistentPackage(zip: JSZip): Promise<void> {
  const types = await text(zip, "[Content_Types].xml");
  for (const m of types.matchAll(/<Override PartName="\/([^"]+)"/g))
    expect(zip.file(m[1])).not.toBeNull();
  for (const part of [...chartParts(zip), ...drawingParts(zip)])
    expect(types).toContain(`PartName="/${part}"`);
  for (const relsPath of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const base = relsPath.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const rel of parseRelationships(await text(zip, relsPath))) {
      if (/^https?:/.test(rel.target)) continue;
      const target = rel.target.startsWith("/")
        ? rel.target.slice(1)
        : join(base.split("/").slice(0, -1).join("/"), rel.target).replace(/\\/g, "/");
      expect(`${relsPath} -> ${target}: ${zip.file(target) !== null}`).toBe(
        `${relsPath} -> ${target}: true`
      );
    }
  }
}

describe("cached results", () => {
  it("stores each formula's result with its cell type, so a reader that never calculates sees it", async () => {
    const dir = tempDir();
    const r = (formula: string, result: string | number | boolean): PlanCell => ({
      formula,
      result,
    });
    const plan = summaryPlan({
      blocks: [
        {
          at: "A1",
          rows: [
            [
              r("=1+1", 2),
              r("=0*1", 0),
              r('="Tổng"&""', "Tổng"),
              r('=IF(TRUE,"","x")', ""),
              r("=1=1", true),
              r("=1=2", false),
            ],
          ],
        },
      ],
      styles: [],
      merges: [],
      conditionalFormats: [],
      charts: [],
    });
    const out = join(dir, "out.xlsx");
    await writeRefreshedWorkbook(await writeInput(dir), { sheets: [plan] }, out);
    const zip = await zipOf(out);
    const xml = await text(zip, (await sheetParts(zip)).get("Tổng hợp")!);
    const cell = (a1: string): string => new RegExp(`<c r="${a1}"[^>]*>.*?</c>`).exec(xml)![0];
    expect(cell("A1")).toMatch(/^<c r="A1"[^>]*><f>1\+1<\/f><v>2<\/v><\/c>$/);
    expect(cell("A1")).not.toContain(" t=");
    expect(cell("B1")).toContain("<v>0</v>");
    expect(cell("C1")).toMatch(/ t="str".*<v>Tổng<\/v>/);
    expect(cell("D1")).toMatch(/ t="str".*<f>.*<\/f>(?:<v><\/v>|<v\/>)/);
    expect(cell("E1")).toMatch(/ t="b".*<v>1<\/v>/);
    expect(cell("F1")).toMatch(/ t="b".*<v>0<\/v>/);
    // ExcelJS's reader reads the cached values back (it drops an empty text, which the XML above holds).
    const ws = (await read(out)).getWorksheet("Tổng hợp")!;
    expect(["A1", "B1", "C1", "E1", "F1"].map((a) => ws.getCell(a).result)).toEqual([
      2,
      0,
      "Tổng",
      true,
      false,
    ]);
  });
});

describe("the summary sheet the add-in owns", () => {
  /** A workbook whose marked summary sits between two input sheets, with stale content. */
  function workbookWithOldSummary(sheetName: string): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Lĩnh vực").getCell("A1").value = "Mã";
    const old = wb.addWorksheet(sheetName);
    old.getCell("Z99").value = "số liệu cũ";
    old.mergeCells("A1:H1");
    old.getCell("B2").font = { bold: true, size: 20 };
    wb.addWorksheet("Nhiệm vụ").getCell("A1").value = "Mã";
    wb.definedNames.add(`'${sheetName}'!$A$1`, "TDNV_Summary");
    return wb;
  }

  it("is rewritten in place: same tab position, nothing of the old content left", async () => {
    const dir = tempDir();
    const input = await writeInput(dir, workbookWithOldSummary("Tổng hợp"));
    const out = join(dir, "out.xlsx");
    await writeRefreshedWorkbook(input, { sheets: [summaryPlan()] }, out);
    const wb = await read(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Lĩnh vực", "Tổng hợp", "Nhiệm vụ"]);
    const ws = wb.getWorksheet("Tổng hợp")!;
    expect(ws.getCell("Z99").value).toBeNull();
    expect(ws.getCell("B2").font?.size).not.toBe(20);
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(["A3:E3"]);
  });

  it("is found by its mark after the user renamed the tab, and renamed to the planned name", async () => {
    const dir = tempDir();
    const input = await writeInput(dir, workbookWithOldSummary("Báo cáo quý"));
    const out = join(dir, "out.xlsx");
    await writeRefreshedWorkbook(
      input,
      { sheets: [summaryPlan({ previousName: "Báo cáo quý" })] },
      out
    );
    const wb = await read(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Lĩnh vực", "Tổng hợp", "Nhiệm vụ"]);
    expect(wb.definedNames.model).toContainEqual({
      name: "TDNV_Summary",
      ranges: ["'Tổng hợp'!$A$1"],
    });
    expect(wb.getWorksheet("Tổng hợp")!.getCell("A1").value).toBe("BAN CHỈ ĐẠO");
  });

  it("is created at the end when its mark points at a sheet that no longer exists", async () => {
    const dir = tempDir();
    const wb = inputWorkbook();
    wb.definedNames.add("'Đã xóa'!$A$1", "TDNV_Summary");
    const out = join(dir, "out.xlsx");
    await writeRefreshedWorkbook(await writeInput(dir, wb), { sheets: [summaryPlan()] }, out);
    const result = await read(out);
    expect(result.worksheets.map((ws) => ws.name).at(-1)).toBe("Tổng hợp");
    expect(result.definedNames.model).toContainEqual({
      name: "TDNV_Summary",
      ranges: ["'Tổng hợp'!$A$1"],
    });
  });
});

describe("a user's sheet named like the summary", () => {
  function workbookWithUserNamesake(name: string): ExcelJS.Workbook {
    const wb = inputWorkbook();
    const mine = wb.addWorksheet(name);
    mine.getCell("A1").value = "Bảng tổng hợp tự làm của văn phòng";
    mine.getCell("B3").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
    return wb;
  }

  it("is never overwritten: the writer throws a typed error and writes nothing", async () => {
    const dir = tempDir();
    for (const name of ["Tổng hợp", "TỔNG HỢP"]) {
      const input = await writeInput(dir, workbookWithUserNamesake(name));
      const out = join(dir, `out-${name}.xlsx`);
      const attempt = writeRefreshedWorkbook(input, { sheets: [summaryPlan()] }, out);
      await expect(attempt).rejects.toBeInstanceOf(SheetNameTakenError);
      await expect(attempt).rejects.toMatchObject({ code: "summary-name-taken", sheetName: name });
      expect(existsSync(out)).toBe(false);
    }
  });

  it("is left untouched when the summary goes under another name", async () => {
    const dir = tempDir();
    const input = await writeInput(dir, workbookWithUserNamesake("Tổng hợp"));
    const out = join(dir, "out.xlsx");
    await writeRefreshedWorkbook(input, { sheets: [summaryPlan({ name: "Tổng hợp (2)" })] }, out);
    const [before, after] = [await read(input), await read(out)];
    expect(snapshot(after.getWorksheet("Tổng hợp")!)).toEqual(
      snapshot(before.getWorksheet("Tổng hợp")!)
    );
    expect(after.getWorksheet("Tổng hợp (2)")!.getCell("B7").value).toBe("Công tác dân vận");
    const zip = await zipOf(out);
    const parts = await sheetParts(zip);
    expect(await text(zip, parts.get("Tổng hợp (2)")!)).toContain("<drawing ");
    expect(await text(zip, parts.get("Tổng hợp")!)).not.toContain("<drawing ");
  });

  it("is not taken for the summary because of a mark on another sheet", async () => {
    const dir = tempDir();
    const wb = workbookWithUserNamesake("Tổng hợp");
    wb.addWorksheet("Tổng hợp cũ");
    wb.definedNames.add("'Tổng hợp cũ'!$A$1", "TDNV_Summary");
    // Renaming the marked sheet onto the user's sheet would overwrite it.
    const out = join(dir, "out.xlsx");
    await expect(
      writeRefreshedWorkbook(
        await writeInput(dir, wb),
        { sheets: [summaryPlan({ previousName: "Tổng hợp cũ" })] },
        out
      )
    ).rejects.toBeInstanceOf(SheetNameTakenError);
    expect(existsSync(out)).toBe(false);
  });
});

describe("the settings sheet", () => {
  it("is created once and never rewritten afterwards", async () => {
    const dir = tempDir();
    const first = join(dir, "first.xlsx");
    await writeRefreshedWorkbook(await writeInput(dir), { sheets: [settingsPlan()] }, first);
    const edited = await read(first);
    expect(edited.getWorksheet("Cấu hình")!.getCell("A2").value).toBe("Tên trang tổng hợp");
    edited.getWorksheet("Cấu hình")!.getCell("B2").value = "Biểu 01";
    const editedPath = join(dir, "edited.xlsx");
    await edited.xlsx.writeFile(editedPath);
    const second = join(dir, "second.xlsx");
    await writeRefreshedWorkbook(editedPath, { sheets: [settingsPlan()] }, second);
    const result = await read(second);
    expect(result.getWorksheet("Cấu hình")!.getCell("B2").value).toBe("Biểu 01");
    expect(result.worksheets.filter((ws) => ws.name === "Cấu hình")).toHaveLength(1);
  });

  it("is not created beside a user's own sheet of that name", async () => {
    const dir = tempDir();
    const wb = inputWorkbook();
    wb.addWorksheet("Cấu hình").getCell("A1").value = "của người dùng";
    const out = join(dir, "out.xlsx");
    await writeRefreshedWorkbook(await writeInput(dir, wb), { sheets: [settingsPlan()] }, out);
    expect((await read(out)).getWorksheet("Cấu hình")!.getCell("A1").value).toBe("của người dùng");
  });
});

describe("package surgery", () => {
  const sheetWith = (body: string): string =>
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    body +
    "</worksheet>";

  it("inserts the drawing before tableParts and the sheet's extLst, not a cfRule's nested extLst", () => {
    const xml = sheetWith(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;extLst&gt;</t></is></c></row></sheetData>' +
        '<conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/>' +
        '<cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937}"><x14:id ' +
        'xmlns:x14="urn:x14">{1}</x14:id></ext></extLst></cfRule></conditionalFormatting>' +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        "<headerFooter><oddFooter>&amp;C&amp;P/&amp;N</oddFooter></headerFooter>" +
        '<tableParts count="1"><tablePart r:id="rId2"/></tableParts><extLst><ext uri="{78C0D931}"/></extLst>'
    );
    const out = insertDrawingElement(xml, "rId9");
    expect(topLevelElements(out).children.map((c) => c.name)).toEqual([
      "sheetData",
      "conditionalFormatting",
      "pageMargins",
      "headerFooter",
      "drawing",
      "tableParts",
      "extLst",
    ]);
    expect(out).toContain('<drawing r:id="rId9"/><tableParts');
  });

  it("appends the drawing at the end when nothing must follow it", () => {
    const out = insertDrawingElement(sheetWith("<sheetData/><headerFooter/>"), "rId1");
    expect(out).toMatch(/<headerFooter\/><drawing r:id="rId1"\/><\/worksheet>$/);
  });

  it("replaces a sheet's previous drawing instead of adding another", async () => {
    const dir = tempDir();
    const plan: WorkbookPlan = { sheets: [summaryPlan()] };
    const [once, twice, none] = ["once", "twice", "none"].map((n) => join(dir, `${n}.xlsx`));
    await writeRefreshedWorkbook(await writeInput(dir), plan, once);
    await writeRefreshedWorkbook(once, plan, twice);
    const zip = await zipOf(twice);
    expect(chartParts(zip)).toHaveLength(2);
    expect(drawingParts(zip)).toHaveLength(1);
    const xml = await text(zip, (await sheetParts(zip)).get("Tổng hợp")!);
    expect(xml.match(/<drawing /g)).toHaveLength(1);
    await expectConsistentPackage(zip);
    // A plan without charts removes the drawing altogether.
    await writeRefreshedWorkbook(twice, { sheets: [summaryPlan({ charts: [] })] }, none);
    const bare = await zipOf(none);
    expect(chartParts(bare)).toHaveLength(0);
    expect(drawingParts(bare)).toHaveLength(0);
    expect(await text(bare, (await sheetParts(bare)).get("Tổng hợp")!)).not.toContain("<drawing ");
    await expectConsistentPackage(bare);
  });

  it("moves a cell note's legacyDrawing, which ExcelJS writes after extLst, back into schema order", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Nhiệm vụ");
    ws.getCell("A1").value = 5;
    ws.getCell("A2").value = 7;
    ws.getCell("A1").note = "Ghi chú của người dùng";
    // A data bar without gradient needs the x14 extension: ExcelJS adds the sheet's <extLst>.
    ws.addConditionalFormatting({
      ref: "A1:A2",
      rules: [
        {
          type: "dataBar",
          priority: 1,
          gradient: false,
          cfvo: [{ type: "min" }, { type: "max" }],
          color: { argb: "FF638EC6" },
        } as ExcelJS.DataBarRuleType,
      ],
    });
    const raw = Buffer.from(await wb.xlsx.writeBuffer());
    const names = async (buffer: Buffer): Promise<string[]> => {
      const zip = await JSZip.loadAsync(buffer);
      const xml = await text(zip, (await sheetParts(zip)).get("Nhiệm vụ")!);
      return topLevelElements(xml).children.map((c) => c.name);
    };
    expect((await names(raw)).slice(-2)).toEqual(["extLst", "legacyDrawing"]);
    const zip = await JSZip.loadAsync(raw);
    const xml = await text(zip, (await sheetParts(zip)).get("Nhiệm vụ")!);
    const fixed = topLevelElements(schemaOrderedSheet(xml)).children.map((c) => c.name);
    expect(fixed.slice(-2)).toEqual(["legacyDrawing", "extLst"]);
    expect(isSchemaOrdered(fixed)).toBe(true);
  });

  it("leaves a sheet with elements it does not know in their order", () => {
    const xml = sheetWith("<sheetData/><extLst/><mc:AlternateContent/><legacyDrawing/>");
    expect(schemaOrderedSheet(xml)).toBe(xml);
  });

  it("makes print areas absolute without reading sheet names as cells", () => {
    const xml =
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Báo cáo Q1&apos;!$A1:$P30' +
      '</definedName><definedName name="Other">&apos;Q1&apos;!A1</definedName></definedNames>';
    expect(absolutePrintAreas(xml)).toBe(
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Báo cáo Q1&apos;!$A$1:$P$30' +
        '</definedName><definedName name="Other">&apos;Q1&apos;!A1</definedName></definedNames>'
    );
  });
});

describe("print names of a sheet whose name has an apostrophe", () => {
  it("rebuilds the sheet part with the apostrophe doubled, from the sheet the name belongs to", () => {
    const xml =
      '<workbook><sheets><sheet name="Nhiệm vụ" sheetId="1" r:id="rId1"/><sheet name="Tổng hợp Sở\'s Q4" sheetId="2" r:id="rId2"/></sheets>' +
      "<definedNames>" +
      '<definedName name="_xlnm.Print_Area" localSheetId="1">\'Tổng hợp Sở\'s Q4\'!$A1:$N29</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Tổng hợp Sở\'s Q4\'!9:10</definedName>' +
      "</definedNames></workbook>";
    const out = absolutePrintAreas(xml).replace(/&apos;/g, "'");
    expect(out).toContain("'Tổng hợp Sở''s Q4'!$A$1:$N$29</definedName>");
    expect(out).toContain("'Tổng hợp Sở''s Q4'!$9:$10</definedName>");
  });
});
