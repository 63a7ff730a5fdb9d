// Plain-text tables for terminals: columns aligned by display width, so Vietnamese in NFD (combining
// marks take no cell) and CJK text (two cells) line up as well as ASCII does.

/** East Asian wide and fullwidth ranges (the common blocks; enough for names typed in offices). */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const ZERO = /[\p{M}\u200B-\u200F\u2060\uFEFF]/u;

/** How many terminal cells a text takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ZERO.test(ch)) continue;
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

/** Cuts a text to at most `max` cells, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

export interface TextColumn {
  /** Header, "\n" between its lines. */
  header: string;
  align: "left" | "right";
  /** Longest cell in display cells; longer cells are cut with "…". */
  max?: number;
}

/** Renders header lines, a rule, then the rows; `rules` lists row indexes to draw a rule above. */
export function renderTable(
  columns: TextColumn[],
  rows: string[][],
  rules: number[] = []
): string[] {
  const cells = rows.map((row) =>
    row.map((cell, i) => (columns[i].max ? truncate(cell, columns[i].max) : cell))
  );
  const headerLines = columns.map((c) => c.header.split("\n"));
  const height = Math.max(...headerLines.map((h) => h.length));
  const widths = columns.map((_, i) =>
    Math.max(...headerLines[i].map(displayWidth), ...cells.map((r) => displayWidth(r[i] ?? "")))
  );
  const line = (row: string[]): string =>
    row
      .map((cell, i) =>
        columns[i].align === "right" ? padStart(cell, widths[i]) : padEnd(cell, widths[i])
      )
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  const out: string[] = [];
  for (let l = 0; l < height; l++) {
    // Headers sit on their last lines, so one-line headers align with the bottom of two-line ones.
    out.push(line(headerLines.map((h) => h[l - (height - h.length)] ?? "")));
  }
  out.push(rule);
  cells.forEach((row, i) => {
    if (rules.includes(i)) out.push(rule);
    out.push(line(row));
  });
  return out;
}
