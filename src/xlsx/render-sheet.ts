// Renders a sheet plan into an empty ExcelJS worksheet: values and formulas (with their cached
// results), styles, merges, sizes, frozen panes, conditional formats and print setup. The writer renders
// the add-in's sheets in a scratch workbook and moves their parts into the user's package.
import ExcelJS from "exceljs";
import type { CellStyle, ConditionalFormat, PlanCell, PrintSetup, SheetPlan } from "../core/plan";
import { columnLetters, parseRef } from "./cell-ref";

const MM_PER_INCH = 25.4;
const A4_PAPER_SIZE = 9;

function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** A plan cell as ExcelJS takes it; a formula carries the core's result as its cached value. */
function planCellValue(cell: PlanCell): ExcelJS.CellValue | undefined {
  if ("formula" in cell) {
    const formula = cell.formula.replace(/^=/, "");
    return (
      cell.result === undefined ? { formula } : { formula, result: cell.result }
    ) as ExcelJS.CellFormulaValue;
  }
  // Constants go in as they are: ExcelJS stores strings as text, so "=…" or "+…" never become formulas.
  return cell.value === null ? undefined : cell.value;
}

function eachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const rect = parseRef(range);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) fn(ws.getCell(r, c));
  }
}

/** Merges a planned style over a cell's style; every property is a fresh object so no style is shared. */
function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  const next: Partial<ExcelJS.Style> = { ...cell.style };
  const fontChange: Partial<ExcelJS.Font> = {};
  if (style.fontName !== undefined) fontChange.name = style.fontName;
  if (style.fontSize !== undefined) fontChange.size = style.fontSize;
  if (style.bold !== undefined) fontChange.bold = style.bold;
  if (style.italic !== undefined) fontChange.italic = style.italic;
  if (style.underline !== undefined) fontChange.underline = style.underline;
  if (style.fontColor !== undefined) fontChange.color = { argb: argb(style.fontColor) };
  if (Object.keys(fontChange).length > 0) {
    // A font element needs a name and a size to render the same everywhere; Excel's defaults otherwise.
    next.font = { name: "Calibri", size: 11, ...cell.style.font, ...fontChange };
  }
  if (style.fill !== undefined) {
    next.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
  const alignChange: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal !== undefined) alignChange.horizontal = style.horizontal;
  if (style.vertical !== undefined)
    alignChange.vertical = style.vertical === "center" ? "middle" : style.vertical;
  if (style.wrap !== undefined) alignChange.wrapText = style.wrap;
  if (Object.keys(alignChange).length > 0)
    next.alignment = { ...cell.style.alignment, ...alignChange };
  if (style.numberFormat !== undefined) next.numFmt = style.numberFormat;
  if (style.border !== undefined) {
    const edge: Partial<ExcelJS.Border> = { style: style.border };
    next.border = { top: { ...edge }, left: { ...edge }, bottom: { ...edge }, right: { ...edge } };
  }
  cell.style = next;
}

function conditionalFormat(
  cf: ConditionalFormat,
  priority: number
): ExcelJS.ConditionalFormattingOptions {
  switch (cf.type) {
    case "dataBar":
      return {
        ref: cf.range,
        rules: [
          {
            type: "dataBar",
            priority,
            // Plain 2007 data bar (no x14 extension): Excel and LibreOffice draw it alike.
            gradient: true,
            cfvo: [{ type: "num", value: 0 }, { type: "max" }],
            color: { argb: argb(cf.color) },
          } as ExcelJS.DataBarRuleType,
        ],
      };
    case "colorScale": {
      const colors = [cf.min, ...(cf.mid !== undefined ? [cf.mid] : []), cf.max].map((c) => ({
        argb: argb(c),
      }));
      const cfvo: ExcelJS.Cvfo[] =
        cf.mid !== undefined
          ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]
          : [{ type: "min" }, { type: "max" }];
      return { ref: cf.range, rules: [{ type: "colorScale", priority, cfvo, color: colors }] };
    }
    case "cellIs": {
      const style: Partial<ExcelJS.Style> = {};
      if (cf.fontColor !== undefined) style.font = { color: { argb: argb(cf.fontColor) } };
      // Differential fills take the colour as bgColor.
      if (cf.fill !== undefined)
        style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
      return {
        ref: cf.range,
        rules: [{ type: "cellIs", priority, operator: cf.operator, formulae: [cf.value], style }],
      };
    }
  }
}

function applyPrint(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4_PAPER_SIZE as ExcelJS.PaperSize,
    orientation: print.orientation,
    margins: {
      top: inches(print.margins.top),
      bottom: inches(print.margins.bottom),
      left: inches(print.margins.left),
      right: inches(print.margins.right),
      header: inches(print.margins.header),
      footer: inches(print.margins.footer),
    },
    fitToPage: print.fitToWidth,
    // One page wide, as many pages tall as needed.
    fitToWidth: print.fitToWidth ? 1 : undefined,
    fitToHeight: print.fitToWidth ? 0 : undefined,
    printTitlesRow: print.printTitleRows,
    printArea: print.printArea,
  } as ExcelJS.PageSetup;
  if (print.footerCenter !== undefined)
    ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${print.footerCenter}` };
}

/** Writes a sheet plan's content into an empty worksheet. */
export function renderSheetPlan(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  // Values before merges: ExcelJS routes a value written to a merged cell to the merge's master.
  for (const block of plan.blocks) {
    const at = parseRef(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const value = planCellValue(cell);
        if (value !== undefined) ws.getCell(at.top + r, at.left + c).value = value;
      })
    );
  }
  for (const merge of plan.merges) ws.mergeCells(merge);
  for (const { range, style } of plan.styles) eachCell(ws, range, (cell) => styleCell(cell, style));
  for (const [letter, width] of Object.entries(plan.columnWidths))
    ws.getColumn(letter).width = width;
  for (const [row, height] of Object.entries(plan.rowHeights))
    ws.getRow(Number(row)).height = height;
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    ws.views = [
      {
        state: "frozen",
        xSplit: plan.freeze.columns,
        ySplit: plan.freeze.rows,
        topLeftCell: `${columnLetters(plan.freeze.columns + 1)}${plan.freeze.rows + 1}`,
      },
    ];
  }
  plan.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting(conditionalFormat(cf, i + 1))
  );
  if (plan.print) applyPrint(ws, plan.print);
  if (plan.tabColor !== undefined) ws.properties.tabColor = { argb: argb(plan.tabColor) };
}
