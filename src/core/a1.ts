// A1 addresses: the only coordinate system users see, so findings and plans speak it.

/** 0-based column index → letters (0 → "A", 26 → "AA"). */
export function colLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 0-based column index ("A" → 0). */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C7" or "$C$7" → { row: 7, col: 2 } (row 1-based, col 0-based). */
export function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`Not an A1 cell address: "${a1}"`);
  return { row: Number(m[2]), col: colIndex(m[1]) };
}

/** (row 1-based, col 0-based) → "C7". */
export function toA1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** A sheet name as formulas need it: always quoted, apostrophes doubled ('Tổng hợp', 'Ban''s'). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'Tổng hợp'!$A$1" or "Sheet1!A1" → "Tổng hợp" / "Sheet1"; null when there is no sheet part. */
export function sheetOfReference(ref: string): string | null {
  const s = ref.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(s);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^!'[\]]+)!/.exec(s);
  return plain ? plain[1] : null;
}
