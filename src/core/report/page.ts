// A printed appendix page of the report's own tables (Biểu số 02, 03): the Party-document title block
// of Hướng dẫn 36-HD/VPTW (issuing body top left with "*", party name top right, italic place-and-date
// line, bold capital title), A4 landscape, header rows repeated on every page, page numbers. Cells are
// collected by address and written out as one block, as the summary's are.
import type { SheetText } from "../../i18n/sheets";
import { colIndex, colLetter } from "../a1";
import { ymdFromSerial } from "../dates";
import type { Lang } from "../model";
import type { CellStyle, PlanCell, RangeStyle, SheetPlan } from "../plan";
import type { Settings } from "../settings";
import { upperVi } from "../text";

export const FONT = "Times New Roman";
export const COLORS = { headerFill: "#D9E1F2", groupFill: "#F2F2F2", totalFill: "#D9E1F2" };
const MARGINS = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 };

/** Lines a text takes in a column `width` characters wide at 12 pt (an estimate for row heights). */
export function linesIn(text: string, width: number, size = 12): number {
  const cap = Math.max(1, Math.floor(((width * 7 - 1) / (size * (96 / 72) * 0.47)) * 0.95));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (line === 0) line = word.length;
      else if (line + 1 + word.length <= cap) line += 1 + word.length;
      else {
        lines++;
        line = word.length;
      }
      while (line > cap) {
        lines++;
        line -= cap;
      }
    }
  }
  return lines;
}

export const lineHeight = (size = 12): number => Math.ceil(size * 1.25);

/** Collects a page's cells, merges, styles and row heights, then yields its SheetPlan. */
export class PageBuilder {
  private readonly cells = new Map<string, PlanCell>();
  readonly styles: RangeStyle[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};

  constructor(
    readonly lastCol: string,
    readonly widths: Record<string, number>
  ) {}

  private maxRow = 1;

  put(col: string, row: number, cell: PlanCell): void {
    this.cells.set(`${col}${row}`, cell);
    this.maxRow = Math.max(this.maxRow, row);
  }

  text(col: string, row: number, value: string): void {
    this.put(col, row, { value: value.normalize("NFC") });
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  /** Width in characters of columns `from`..`to`. */
  width(from: string, to = from): number {
    let sum = 0;
    for (let i = colIndex(from); i <= colIndex(to); i++) sum += this.widths[colLetter(i)] ?? 8.43;
    return sum;
  }

  /** A row tall enough for each (text, from, to) it holds, at least one line. */
  fit(row: number, texts: [text: string, from: string, to?: string][], size = 12): void {
    const lines = Math.max(
      1,
      ...texts.map(([s, from, to]) => linesIn(s, this.width(from, to), size))
    );
    this.rowHeights[row] = Math.max(this.rowHeights[row] ?? 0, lines * lineHeight(size) + 6);
  }

  get lastRow(): number {
    return this.maxRow;
  }

  /** The whole page as one rectangular block from A1. */
  private block(): PlanCell[][] {
    const rows: PlanCell[][] = [];
    const lastC = colIndex(this.lastCol);
    const lastR = this.lastRow;
    for (let r = 1; r <= lastR; r++) {
      const row: PlanCell[] = [];
      for (let c = 0; c <= lastC; c++)
        row.push(this.cells.get(`${colLetter(c)}${r}`) ?? { value: null });
      rows.push(row);
    }
    return rows;
  }

  plan(args: {
    name: string;
    previousName?: string;
    ownerMark: string;
    t: SheetText;
    lang: Lang;
    headerRows: [number, number];
    tabColor?: string;
    print?: boolean;
  }): SheetPlan {
    const last = this.lastRow;
    const extent = `A1:${this.lastCol}${last}`;
    return {
      name: args.name,
      ...(args.previousName !== undefined && args.previousName !== args.name
        ? { previousName: args.previousName }
        : {}),
      role: "summary",
      ownerMark: args.ownerMark,
      blocks: [{ at: "A1", rows: this.block() }],
      styles: [
        { range: extent, style: { fontName: FONT, fontSize: 12, vertical: "center" } },
        ...this.styles,
      ],
      merges: this.merges,
      columnWidths: { ...this.widths },
      rowHeights: this.rowHeights,
      freeze: { rows: args.headerRows[1], columns: 0 },
      conditionalFormats: [],
      ...(args.print === false
        ? {}
        : {
            print: {
              paper: "A4",
              orientation: "landscape",
              margins: { ...MARGINS },
              fitToWidth: true,
              printTitleRows: `${args.headerRows[0]}:${args.headerRows[1]}`,
              footerCenter: args.t(args.lang, "summary.footer"),
              printArea: extent,
            },
          }),
      ...(args.tabColor ? { tabColor: args.tabColor } : {}),
      charts: [],
      extent,
    };
  }
}

/** "Hà Giang, ngày 06 tháng 11 năm 2020": the page is written at refresh time, so plain text. */
export function dateLineText(t: SheetText, lang: Lang, place: string, date: number): string {
  const { y, m, d } = ymdFromSerial(date);
  const p = place.trim() === "" ? t(lang, "summary.noPlace") : place.trim();
  return t(lang, "summary.dateLine", {
    place: p,
    day: String(d).padStart(2, "0"),
    month: String(m).padStart(2, "0"),
    year: y,
  });
}

/**
 * The title block in rows 1-8: bodies and "*" top left, party name and date line top right, the appendix
 * label, title, subtitle, and a line stating what date the figures are of. Returns the next free row.
 */
export function titleBlock(
  page: PageBuilder,
  t: SheetText,
  lang: Lang,
  settings: Settings,
  texts: { appendix: string; title: string; subtitle: string; asOf: string },
  reportDate: number
): number {
  const L = page.lastCol;
  const right = colLetter(Math.max(colIndex(L) - 3, 3));
  const leftEnd = colLetter(Math.max(colIndex(right) - 1, 1));
  page.text("A", 1, upperVi(settings.parentBody));
  page.text("A", 2, upperVi(settings.issuingBody));
  page.text("A", 3, "*");
  page.text(right, 1, t(lang, "summary.partyName"));
  page.text(right, 2, dateLineText(t, lang, settings.place, reportDate));
  for (const r of [1, 2, 3]) page.merge(`A${r}:${leftEnd}${r}`);
  page.merge(`${right}1:${L}1`);
  page.merge(`${right}2:${L}2`);
  page.text("A", 5, texts.appendix);
  page.text("A", 6, upperVi(texts.title));
  page.text("A", 7, texts.subtitle);
  page.text("A", 8, texts.asOf);
  for (const r of [5, 6, 7, 8]) page.merge(`A${r}:${L}${r}`);
  page.style(`A1:${leftEnd}3`, { fontSize: 13, horizontal: "center" });
  page.style(`A2:${leftEnd}2`, { bold: true });
  page.style(`${right}1:${L}1`, {
    fontSize: 13,
    bold: true,
    underline: true,
    horizontal: "center",
  });
  page.style(`${right}2:${L}2`, { fontSize: 13, italic: true, horizontal: "center" });
  page.style(`A5:${L}5`, { fontSize: 13, bold: true, horizontal: "center" });
  page.style(`A6:${L}6`, { fontSize: 14, bold: true, horizontal: "center", wrap: true });
  page.style(`A7:${L}7`, { fontSize: 13, italic: true, horizontal: "center", wrap: true });
  page.style(`A8:${L}8`, { fontSize: 11, italic: true, horizontal: "center", wrap: true });
  Object.assign(page.rowHeights, { 1: 18, 2: 18, 3: 16, 4: 8, 5: 18 });
  page.fit(6, [[upperVi(texts.title), "A", L]], 14);
  page.fit(7, [[texts.subtitle, "A", L]], 13);
  page.fit(8, [[texts.asOf, "A", L]], 11);
  return 10;
}
