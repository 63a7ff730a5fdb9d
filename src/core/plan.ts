// The summary as a plan: plain data describing the sheets, styles and charts the add-in owns.
// The Office.js adapter and the .xlsx writer both apply it; neither computes anything of its own.

/**
 * A planned cell: a constant, or a formula in English syntax starting with "=". A formula may carry its
 * `result` as the core computed it: a writer stores it as the cell's cached value, so a viewer that never
 * calculates (a phone's preview, a reader library) still shows the right figure.
 */
export type PlanCell =
  | { value: string | number | boolean | null }
  | { formula: string; result?: string | number | boolean };

/** A rectangle of cells written as one 2D array. */
export interface CellBlock {
  /** A1 of the top-left cell. */
  at: string;
  rows: PlanCell[][];
}

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "center" | "bottom";
export type BorderWeight = "thin" | "medium";

export interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** "#RRGGBB". */
  fontColor?: string;
  fill?: string;
  horizontal?: HAlign;
  vertical?: VAlign;
  wrap?: boolean;
  numberFormat?: string;
  /** Thin or medium borders on every edge of every cell of the range (inside included). */
  border?: BorderWeight;
}

export interface RangeStyle {
  /** A1 range on the plan's sheet, e.g. "A7:N15". */
  range: string;
  style: CellStyle;
}

export type ConditionalFormat =
  | { type: "dataBar"; range: string; color: string }
  | { type: "colorScale"; range: string; min: string; mid?: string; max: string }
  | {
      type: "cellIs";
      range: string;
      operator: "greaterThan" | "lessThan" | "equal";
      value: number;
      fontColor?: string;
      fill?: string;
    };

export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Millimetres. */
  margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
  fitToWidth: boolean;
  /** Rows repeated at the top of each printed page, e.g. "6:7". */
  printTitleRows?: string;
  /** Footer text with Excel's header/footer codes, e.g. "&P/&N" for page numbers. */
  footerCenter?: string;
  /** Print area, e.g. "A1:N20". */
  printArea?: string;
}

export interface ChartSeries {
  /** Legend name. */
  name: string;
  /** Absolute reference with quoted sheet, e.g. "'Tổng hợp'!$E$8:$E$14". */
  values: string;
  /** "#RRGGBB". */
  color: string;
}

export interface ChartPlan {
  /** Stable id, also the chart's name in Excel, so a refresh finds and replaces its own charts. */
  name: string;
  type: "barStacked" | "barClustered" | "columnStacked" | "columnClustered" | "line";
  title: string;
  /**
   * One contiguous block on the plan's sheet (A1, no sheet prefix) holding a header row, the categories in
   * its first column and one series per further column: what Office.js `charts.add(type, range, "Columns")`
   * takes on ExcelApi 1.1 (non-contiguous sources and series.setValues need newer hosts).
   * `categories` and `series` below describe the same cells for writers that build series one by one.
   */
  source: string;
  /** Absolute reference of the category labels (area names, or report dates for the trend). */
  categories: string;
  /** Number format of the categories when they are numbers (the trend's dates), e.g. "dd/mm/yyyy". */
  categoryFormat?: string;
  series: ChartSeries[];
  /** Number format of data labels, e.g. "0%"; no labels when absent. */
  dataLabelFormat?: string;
  /** Value axis bounds, e.g. 0..1 for rates. */
  axisMin?: number;
  axisMax?: number;
  /** Placement by cells: the chart covers from the top-left of `from` to the top-left of `to`. */
  from: string;
  to: string;
}

export interface SheetPlan {
  name: string;
  /** The owned sheet's current name when the refresh should rename it to `name` (settings changed). */
  previousName?: string;
  /**
   * What the sheet is for the add-in: "summary" is owned and rewritten; "settings" is the user's, created
   * once; "snapshot" (what a shared copy held when it left) and "log" (the merge log) are owned and rewritten.
   */
  role: "summary" | "settings" | "snapshot" | "log";
  /** A sheet users need not see (the snapshot): written hidden, not veryHidden, so every host keeps it. */
  hidden?: boolean;
  /** Workbook-level defined name that marks the sheet as the add-in's (it follows renames). */
  ownerMark: string;
  blocks: CellBlock[];
  styles: RangeStyle[];
  merges: string[];
  /** Column widths in characters (Excel's unit), by column letter. */
  columnWidths: Record<string, number>;
  /** Row heights in points, by 1-based row number. */
  rowHeights: Record<number, number>;
  freeze?: { rows: number; columns: number };
  conditionalFormats: ConditionalFormat[];
  print?: PrintSetup;
  tabColor?: string;
  charts: ChartPlan[];
  /** Used range of everything planned, e.g. "A1:N40": a refresh clears this much of an owned sheet first. */
  extent: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
}
