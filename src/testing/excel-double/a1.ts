// The double's own A1 parsing (deliberately not the adapter's, so a bug there cannot hide in both).

export interface Box {
  /** 0-based, inclusive. */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

function col(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colName(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Splits "'Sheet'!A1:B2" into sheet and address. */
export function splitSheet(ref: string): { sheet: string | null; address: string } {
  const s = ref.replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(s);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), address: quoted[2] };
  const plain = /^([^!']+)!(.*)$/.exec(s);
  if (plain) return { sheet: plain[1], address: plain[2] };
  return { sheet: null, address: s };
}

/** "A1", "B2:D9", "3:7" (whole rows), "C:E" (whole columns), with or without "$". */
export function parseBox(address: string): Box {
  const a = splitSheet(address).address.replace(/\$/g, "").toUpperCase();
  const [p, q = p] = a.split(":");
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const rowOnly = /^(\d+)$/;
  const colOnly = /^([A-Z]{1,3})$/;
  const m1 = cell.exec(p);
  const m2 = cell.exec(q);
  if (m1 && m2) {
    const box = { r0: +m1[2] - 1, c0: col(m1[1]), r1: +m2[2] - 1, c1: col(m2[1]) };
    return normal(box);
  }
  if (rowOnly.test(p) && rowOnly.test(q))
    return normal({ r0: +p - 1, c0: 0, r1: +q - 1, c1: MAX_COLS - 1 });
  if (colOnly.test(p) && colOnly.test(q))
    return normal({ r0: 0, c0: col(p), r1: MAX_ROWS - 1, c1: col(q) });
  throw Object.assign(new Error(`The argument is invalid or missing: "${address}"`), {
    code: "InvalidArgument",
  });
}

function normal(b: Box): Box {
  return {
    r0: Math.min(b.r0, b.r1),
    r1: Math.max(b.r0, b.r1),
    c0: Math.min(b.c0, b.c1),
    c1: Math.max(b.c0, b.c1),
  };
}

export function boxAddress(b: Box): string {
  const a = `${colName(b.c0)}${b.r0 + 1}`;
  const z = `${colName(b.c1)}${b.r1 + 1}`;
  return a === z ? a : `${a}:${z}`;
}

/** Sheet name as Excel prints it in addresses: quoted unless it is a plain identifier. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

export function intersect(a: Box, b: Box): Box | null {
  const r = {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
  return r.r0 > r.r1 || r.c0 > r.c1 ? null : r;
}

export const rows = (b: Box): number => b.r1 - b.r0 + 1;
export const cols = (b: Box): number => b.c1 - b.c0 + 1;
