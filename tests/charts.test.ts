// The DrawingML chart parts, parsed back to check their structure and element order
// (Excel refuses a chart whose elements are out of schema order).
import { DOMParser, type Element } from "@xmldom/xmldom";
import type { ChartPlan } from "../src/core/plan";
import { columnLetters, columnNumber, parseRef } from "../src/xlsx/cell-ref";
import { chartXml, drawingXml, planCellLookup, seriesNameRef } from "../src/xlsx/charts";
import { NS, relationshipsXml } from "../src/xlsx/package";
import { historySheetPlan } from "../src/core/report/history";
import { withRates, FIGURE_COUNTS } from "../src/core/report/figures";
import type { Snapshot } from "../src/core/report/snapshot";
import { t as sheetText } from "../src/i18n";

function parse(xml: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  return doc.documentElement as Element;
}

function kids(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

function names(el: Element): string[] {
  return kids(el).map((k) => k.localName ?? "");
}

/** The first descendant reached by a path of local names. */
function at(el: Element, ...path: string[]): Element {
  let cur = el;
  for (const name of path) {
    const next = kids(cur).find((k) => k.localName === name);
    if (!next)
      throw new Error(`no <${name}> under <${cur.localName}> (has ${names(cur).join(", ")})`);
    cur = next;
  }
  return cur;
}

function all(el: Element, name: string): Element[] {
  return kids(el).filter((k) => k.localName === name);
}

const val = (el: Element): string | null => el.getAttribute("val");

const SHEET = "Tổng hợp";
const S = "'Tổng hợp'";

const statusChart: ChartPlan = {
  name: "TDNV_ChartStatus",
  type: "barStacked",
  title: "Tình trạng nhiệm vụ theo lĩnh vực",
  source: "B7:E9",
  categories: `${S}!$B$8:$B$9`,
  series: [
    { name: "Hoàn thành", values: `${S}!$C$8:$C$9`, color: "#2E7D32" },
    { name: "Đang thực hiện", values: `${S}!$D$8:$D$9`, color: "#f9a825" },
    { name: "Chưa thực hiện", values: `${S}!$E$8:$E$9`, color: "#9E9E9E" },
  ],
  from: "P2",
  to: "X20",
};

const rateChart: ChartPlan = {
  name: "TDNV_ChartRate",
  type: "barClustered",
  title: "Tỷ lệ hoàn thành <theo> lĩnh vực & nhóm",
  source: "B7:F9",
  categories: `${S}!$B$8:$B$9`,
  series: [{ name: "Tỷ lệ", values: `${S}!$F$8:$F$9`, color: "#2E7D32" }],
  dataLabelFormat: "0%",
  axisMin: 0,
  axisMax: 1,
  from: "P22",
  to: "X40",
};

const lookup = planCellLookup([
  {
    at: "B7",
    rows: [[{ value: "Lĩnh vực" }, { value: "Hoàn thành" }, { value: "Đang thực hiện" }]],
  },
  {
    at: "B8",
    rows: [
      [
        { value: "Công tác tư tưởng" },
        { value: 3 },
        { formula: "=COUNTIFS('Nhiệm vụ'!$F:$F,\"x\")" },
      ],
      [{ value: "Công tác dân vận" }, { value: 5 }, { value: null }],
    ],
  },
]);

describe("cell references", () => {
  it("reads quoted sheet names, absolute markers and single cells", () => {
    expect(parseRef("'Ban''s sheet'!$C$7:$E$9")).toEqual({
      sheet: "Ban's sheet",
      top: 7,
      left: 3,
      bottom: 9,
      right: 5,
    });
    expect(parseRef("AA10")).toEqual({ sheet: null, top: 10, left: 27, bottom: 10, right: 27 });
    expect(parseRef("Sheet1!B2:A1")).toEqual({
      sheet: "Sheet1",
      top: 1,
      left: 1,
      bottom: 2,
      right: 2,
    });
    expect(() => parseRef("not a ref")).toThrow(/Not a cell reference/);
  });

  it("converts column letters both ways", () => {
    for (const n of [1, 26, 27, 52, 703, 16384]) expect(columnNumber(columnLetters(n))).toBe(n);
    expect(columnLetters(28)).toBe("AB");
  });

  it("names a series by the source block's header cell above its values", () => {
    expect(seriesNameRef(statusChart, statusChart.series[1].values, SHEET)).toBe("'Tổng hợp'!$D$7");
    expect(
      seriesNameRef({ ...statusChart, source: "B7:C9" }, statusChart.series[2].values, SHEET)
    ).toBeNull();
  });
});

describe("chart part", () => {
  const stacked = parse(
    chartXml(statusChart, { sheetName: SHEET, lookup, fontName: "Times New Roman" })
  );
  const clustered = parse(
    chartXml(rateChart, { sheetName: SHEET, lookup, fontName: "Times New Roman" })
  );

  it("is a chartSpace whose children follow the schema order", () => {
    expect(stacked.localName).toBe("chartSpace");
    expect(stacked.namespaceURI).toBe(NS.chart);
    expect(names(stacked)).toEqual(["roundedCorners", "chart", "spPr", "txPr", "printSettings"]);
    expect(names(at(stacked, "chart"))).toEqual([
      "title",
      "autoTitleDeleted",
      "plotArea",
      "legend",
      "plotVisOnly",
      "dispBlanksAs",
    ]);
    expect(names(at(stacked, "chart", "plotArea"))).toEqual([
      "layout",
      "barChart",
      "catAx",
      "valAx",
    ]);
  });

  it("draws stacked horizontal bars with full overlap, one series per planned series", () => {
    const bar = at(stacked, "chart", "plotArea", "barChart");
    expect(names(bar)).toEqual([
      "barDir",
      "grouping",
      "varyColors",
      "ser",
      "ser",
      "ser",
      "gapWidth",
      "overlap",
      "axId",
      "axId",
    ]);
    expect(val(at(bar, "barDir"))).toBe("bar");
    expect(val(at(bar, "grouping"))).toBe("stacked");
    expect(val(at(bar, "overlap"))).toBe("100");
  });

  it("writes each series with its name cell, colour, categories and values in schema order", () => {
    const [done, inProgress] = all(at(stacked, "chart", "plotArea", "barChart"), "ser");
    expect(names(done)).toEqual(["idx", "order", "tx", "spPr", "invertIfNegative", "cat", "val"]);
    expect(at(done, "tx", "strRef", "f").textContent).toBe("'Tổng hợp'!$C$7");
    expect(at(done, "tx", "strRef", "strCache", "pt", "v").textContent).toBe("Hoàn thành");
    expect(at(inProgress, "spPr", "solidFill", "srgbClr").getAttribute("val")).toBe("F9A825");
    expect(at(done, "cat", "strRef", "f").textContent).toBe("'Tổng hợp'!$B$8:$B$9");
    const catCache = at(done, "cat", "strRef", "strCache");
    expect(val(at(catCache, "ptCount"))).toBe("2");
    expect(all(catCache, "pt").map((p) => at(p, "v").textContent)).toEqual([
      "Công tác tư tưởng",
      "Công tác dân vận",
    ]);
    expect(at(done, "val", "numRef", "f").textContent).toBe("'Tổng hợp'!$C$8:$C$9");
    expect(
      all(at(done, "val", "numRef", "numCache"), "pt").map((p) => at(p, "v").textContent)
    ).toEqual(["3", "5"]);
  });

  it("leaves out cached points it cannot know: formulas and empty cells", () => {
    const inProgress = all(at(stacked, "chart", "plotArea", "barChart"), "ser")[1];
    const cache = at(inProgress, "val", "numRef", "numCache");
    expect(val(at(cache, "ptCount"))).toBe("2");
    expect(all(cache, "pt")).toHaveLength(0);
  });

  it("puts data labels with the plan's number format on a rate chart, outside the bars", () => {
    const bar = at(clustered, "chart", "plotArea", "barChart");
    expect(val(at(bar, "grouping"))).toBe("clustered");
    expect(all(bar, "overlap")).toHaveLength(0);
    const ser = at(bar, "ser");
    expect(names(ser)).toEqual([
      "idx",
      "order",
      "tx",
      "spPr",
      "invertIfNegative",
      "dLbls",
      "cat",
      "val",
    ]);
    const dLbls = at(ser, "dLbls");
    expect(names(dLbls).slice(0, 4)).toEqual(["numFmt", "spPr", "dLblPos", "showLegendKey"]);
    expect(at(dLbls, "numFmt").getAttribute("formatCode")).toBe("0%");
    expect(val(at(dLbls, "dLblPos"))).toBe("outEnd");
    expect(val(at(dLbls, "showVal"))).toBe("1");
  });

  it("places stacked data labels in the centre, where Excel allows them", () => {
    const xml = chartXml(
      { ...statusChart, dataLabelFormat: "0" },
      { sheetName: SHEET, lookup, fontName: "Arial" }
    );
    const ser = at(parse(xml), "chart", "plotArea", "barChart", "ser");
    expect(val(at(ser, "dLbls", "dLblPos"))).toBe("ctr");
  });

  it("bounds the value axis and keeps the first category at the top", () => {
    const plot = at(clustered, "chart", "plotArea");
    const valScaling = at(plot, "valAx", "scaling");
    expect(names(valScaling)).toEqual(["orientation", "max", "min"]);
    expect(val(at(valScaling, "max"))).toBe("1");
    expect(val(at(valScaling, "min"))).toBe("0");
    expect(at(plot, "valAx", "numFmt").getAttribute("formatCode")).toBe("0%");
    expect(val(at(plot, "catAx", "scaling", "orientation"))).toBe("maxMin");
    expect(val(at(plot, "catAx", "axPos"))).toBe("l");
    expect(val(at(plot, "valAx", "axPos"))).toBe("b");
    expect(val(at(plot, "valAx", "crosses"))).toBe("max");
    // The axes refer to each other and to the bar chart.
    const ids = all(at(plot, "barChart"), "axId").map(val);
    expect(ids).toEqual([val(at(plot, "catAx", "axId")), val(at(plot, "valAx", "axId"))]);
    expect(val(at(plot, "catAx", "crossAx"))).toBe(val(at(plot, "valAx", "axId")));
  });

  it("has no value-axis bounds when the plan sets none", () => {
    expect(names(at(stacked, "chart", "plotArea", "valAx", "scaling"))).toEqual(["orientation"]);
  });

  it("titles the chart in the plan's words, escaped, and shows a legend only for several series", () => {
    expect(at(clustered, "chart", "title", "tx", "rich", "p", "r", "t").textContent).toBe(
      "Tỷ lệ hoàn thành <theo> lĩnh vực & nhóm"
    );
    expect(all(at(clustered, "chart"), "legend")).toHaveLength(0);
    expect(val(at(stacked, "chart", "legend", "legendPos"))).toBe("b");
  });

  it("uses the sheet's font for every text of the chart", () => {
    const latin = at(stacked, "txPr", "p", "pPr", "defRPr", "latin");
    expect(latin.getAttribute("typeface")).toBe("Times New Roman");
  });

  it("draws vertical columns for column charts", () => {
    const xml = chartXml(
      { ...rateChart, type: "columnClustered" },
      { sheetName: SHEET, lookup, fontName: "Arial" }
    );
    const plot = at(parse(xml), "chart", "plotArea");
    expect(val(at(plot, "barChart", "barDir"))).toBe("col");
    expect(val(at(plot, "catAx", "scaling", "orientation"))).toBe("minMax");
    expect(val(at(plot, "catAx", "axPos"))).toBe("b");
  });
});

describe("drawing part", () => {
  const drawing = parse(
    drawingXml([
      { name: "TDNV_ChartStatus", from: "P2", to: "X20", chartRelId: "rId1" },
      { name: "TDNV_ChartRate", from: "AA22", to: "AH40", chartRelId: "rId2" },
    ])
  );

  it("anchors each chart from cell to cell (0-based markers)", () => {
    expect(drawing.localName).toBe("wsDr");
    const anchors = all(drawing, "twoCellAnchor");
    expect(anchors).toHaveLength(2);
    expect(names(anchors[0])).toEqual(["from", "to", "graphicFrame", "clientData"]);
    expect(names(at(anchors[0], "from"))).toEqual(["col", "colOff", "row", "rowOff"]);
    expect(at(anchors[0], "from", "col").textContent).toBe("15");
    expect(at(anchors[0], "from", "row").textContent).toBe("1");
    expect(at(anchors[1], "to", "col").textContent).toBe("33");
    expect(at(anchors[1], "to", "row").textContent).toBe("39");
  });

  it("names each frame after the plan's chart and points it at its chart relationship", () => {
    const anchors = all(drawing, "twoCellAnchor");
    const frames = anchors.map((a) => at(a, "graphicFrame"));
    expect(names(frames[0])).toEqual(["nvGraphicFramePr", "xfrm", "graphic"]);
    expect(frames.map((f) => at(f, "nvGraphicFramePr", "cNvPr").getAttribute("name"))).toEqual([
      "TDNV_ChartStatus",
      "TDNV_ChartRate",
    ]);
    const ids = frames.map((f) => at(f, "nvGraphicFramePr", "cNvPr").getAttribute("id"));
    expect(new Set(ids).size).toBe(2);
    const chart = at(frames[1], "graphic", "graphicData", "chart");
    expect(chart.namespaceURI).toBe(NS.chart);
    expect(chart.getAttributeNS(NS.relationships, "id")).toBe("rId2");
  });
});

describe("relationships part", () => {
  it("lists relationships with escaped attributes", () => {
    const rels = parse(
      relationshipsXml([{ id: "rId1", type: "t", target: "../charts/chart1.xml" }])
    );
    expect(rels.namespaceURI).toBe(NS.packageRelationships);
    expect(at(rels, "Relationship").getAttribute("Target")).toBe("../charts/chart1.xml");
  });
});

describe("the trend's line chart part (issue 15 §4)", () => {
  const counts = (done: number, doneLate: number, overdue: number) => ({
    ...(Object.fromEntries(FIGURE_COUNTS.map((k) => [k, 0])) as Record<
      (typeof FIGURE_COUNTS)[number],
      number
    >),
    total: 20,
    done,
    doneOnTime: done - doneLate,
    doneLate,
    overdue,
  });
  const history: Snapshot[] = [
    { date: 43281, areas: [], total: withRates(counts(3, 1, 5)) },
    { date: 44141, areas: [], total: withRates(counts(15, 4, 0)) },
  ];
  const sheet = historySheetPlan({ t: sheetText, history, lang: "vi", sheetName: "Lịch sử" });
  const [trend] = sheet.charts;
  const root = parse(
    chartXml(trend, {
      sheetName: sheet.name,
      lookup: planCellLookup(sheet.blocks),
      fontName: "Times New Roman",
    })
  );
  const plot = at(root, "chart", "plotArea");

  it("is a c:lineChart in schema order, on the shared axes, with no bar chart", () => {
    expect(names(plot)).toEqual(["layout", "lineChart", "catAx", "valAx"]);
    const line = at(plot, "lineChart");
    expect(names(line)).toEqual(["grouping", "varyColors", "ser", "ser", "marker", "axId", "axId"]);
    expect(val(at(line, "grouping"))).toBe("standard");
    expect(all(line, "axId").map(val)).toEqual([
      val(at(plot, "catAx", "axId")),
      val(at(plot, "valAx", "axId")),
    ]);
    for (const ser of all(line, "ser"))
      expect(names(ser)).toEqual([
        "idx",
        "order",
        "tx",
        "spPr",
        "marker",
        "dLbls",
        "cat",
        "val",
        "smooth",
      ]);
  });

  it("refers each series to the plan's history cells, its cache holding the core's rates and dates", () => {
    const sers = all(at(plot, "lineChart"), "ser");
    sers.forEach((ser, i) => {
      expect(at(ser, "val", "numRef", "f").textContent).toBe(trend.series[i].values);
      expect(at(ser, "cat", "numRef", "f").textContent).toBe(trend.categories);
      expect(at(ser, "cat", "numRef", "numCache", "formatCode").textContent).toBe("dd/mm/yyyy");
      const cats = all(at(ser, "cat", "numRef", "numCache"), "pt").map((p) =>
        Number(at(p, "v").textContent)
      );
      expect(cats).toEqual(history.map((h) => h.date));
      // The legend reads the block's header cell above the values.
      expect(at(ser, "tx", "strRef", "f").textContent).toBe(
        seriesNameRef(trend, trend.series[i].values, sheet.name)
      );
      expect(at(ser, "spPr", "ln", "solidFill", "srgbClr").getAttribute("val")).toBe(
        trend.series[i].color.slice(1).toUpperCase()
      );
    });
    const cached = (ser: Element): number[] =>
      all(at(ser, "val", "numRef", "numCache"), "pt").map((p) => Number(at(p, "v").textContent));
    expect(cached(sers[0])).toEqual(history.map((h) => h.total.completionRate));
    expect(cached(sers[1])).toEqual(history.map((h) => h.total.dueCompletionRate));
  });

  it("labels the points above the line and the dates one step apart", () => {
    const ser = at(plot, "lineChart", "ser");
    expect(val(at(ser, "dLbls", "dLblPos"))).toBe("t");
    expect(val(at(plot, "catAx", "auto"))).toBe("0");
    expect(at(plot, "catAx", "numFmt").getAttribute("formatCode")).toBe("dd/mm/yyyy");
    expect(val(at(plot, "catAx", "axPos"))).toBe("b");
    expect(val(at(plot, "valAx", "axPos"))).toBe("l");
  });
});
