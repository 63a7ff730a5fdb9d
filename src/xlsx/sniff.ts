// What kind of file a workbook path really holds, told from its bytes alone (no Node imports, no library):
// the CLI refuses anything but an .xlsx with a sentence that says what the file is and what to do with it
// (an old .xls, a password-protected workbook, an .ods, a web page or CSV renamed .xlsx...).
//   zip (PK\3\4): an OOXML workbook (xl/workbook.xml), a binary .xlsb (xl/workbook.bin), an OpenDocument
//     spreadsheet (its first entry "mimetype" says so) or some other zip (a .docx, a damaged file);
//   OLE compound file (D0 CF 11 E0): an encrypted OOXML package (streams EncryptionInfo/EncryptedPackage,
//     which is how Excel saves a workbook with a password), an .xls (stream Workbook or Book), or another;
//   text: HTML, Excel 2003 XML, or plain text such as CSV.

export type FileKind =
  | "xlsx"
  | "xlsb"
  | "ods"
  | "zip"
  | "encrypted"
  | "xls"
  | "ole"
  | "html"
  | "xml"
  | "text"
  | "empty"
  | "unknown";

const ZIP_LOCAL = 0x04034b50;
const ZIP_EMPTY = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
const END_OF_CHAIN = 0xfffffffe;
/** Bounds on chains read from a file that may be damaged or hostile. */
const MAX_CHAIN = 100_000;

/** Reads little-endian integers, answering undefined past the end instead of throwing. */
class Bytes {
  constructor(readonly data: Uint8Array) {}

  get length(): number {
    return this.data.length;
  }

  u16(at: number): number | undefined {
    if (at < 0 || at + 2 > this.data.length) return undefined;
    return this.data[at] | (this.data[at + 1] << 8);
  }

  u32(at: number): number | undefined {
    if (at < 0 || at + 4 > this.data.length) return undefined;
    return (
      (this.data[at] | (this.data[at + 1] << 8) | (this.data[at + 2] << 16)) +
      this.data[at + 3] * 0x1000000
    );
  }

  ascii(at: number, length: number): string {
    let out = "";
    for (let i = at; i < Math.min(at + length, this.data.length); i++)
      out += String.fromCharCode(this.data[i]);
    return out;
  }

  utf16(at: number, length: number): string {
    let out = "";
    for (let i = at; i + 1 < Math.min(at + length, this.data.length); i += 2) {
      const code = this.data[i] | (this.data[i + 1] << 8);
      if (code === 0) break;
      out += String.fromCharCode(code);
    }
    return out;
  }
}

/** The entry names of a zip's central directory (empty when it cannot be found). */
function zipEntryNames(data: Uint8Array): string[] {
  const b = new Bytes(data);
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB.
  let end = -1;
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (b.u32(at) === ZIP_EMPTY) {
      end = at;
      break;
    }
  }
  if (end < 0) return [];
  const count = b.u16(end + 10) ?? 0;
  let at = b.u32(end + 16) ?? b.length;
  const names: string[] = [];
  for (let i = 0; i < count && b.u32(at) === ZIP_CENTRAL; i++) {
    const nameLength = b.u16(at + 28) ?? 0;
    const extra = b.u16(at + 30) ?? 0;
    const comment = b.u16(at + 32) ?? 0;
    names.push(b.ascii(at + 46, nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

/** An OpenDocument package starts with an uncompressed entry "mimetype" holding its media type. */
function odfMimetype(b: Bytes): string | null {
  const nameLength = b.u16(26) ?? 0;
  const extra = b.u16(28) ?? 0;
  if (b.u16(8) !== 0 || b.ascii(30, nameLength) !== "mimetype") return null;
  const size = b.u32(18) ?? 0;
  return b.ascii(30 + nameLength + extra, Math.min(size, 200));
}

function zipKind(data: Uint8Array): FileKind {
  const b = new Bytes(data);
  const mimetype = odfMimetype(b);
  if (mimetype === ODS_MIMETYPE) return "ods";
  const names = zipEntryNames(data).map((n) => n.toLowerCase());
  if (names.includes("xl/workbook.xml")) return "xlsx";
  if (names.includes("xl/workbook.bin")) return "xlsb";
  return "zip";
}

/** The sector chain starting at `first`, following the FAT (bounded, stops at anything odd). */
function chain(fat: number[], first: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (let s = first; s < fat.length && !seen.has(s) && out.length < MAX_CHAIN; s = fat[s]) {
    seen.add(s);
    out.push(s);
  }
  return out;
}

/** The stream and storage names of an OLE compound file's directory. */
function oleEntryNames(data: Uint8Array): string[] {
  const b = new Bytes(data);
  const shift = b.u16(0x1e) ?? 9;
  if (shift < 7 || shift > 16) return [];
  const size = 1 << shift;
  const offset = (sector: number): number => (sector + 1) * size;
  // FAT sectors: up to 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = b.u32(0x4c + i * 4);
    if (s !== undefined && s < END_OF_CHAIN - 2) fatSectors.push(s);
  }
  let difat = b.u32(0x44) ?? END_OF_CHAIN;
  for (let guard = 0; difat < END_OF_CHAIN - 2 && guard < MAX_CHAIN; guard++) {
    const perSector = size / 4 - 1;
    for (let i = 0; i < perSector; i++) {
      const s = b.u32(offset(difat) + i * 4);
      if (s !== undefined && s < END_OF_CHAIN - 2) fatSectors.push(s);
    }
    difat = b.u32(offset(difat) + perSector * 4) ?? END_OF_CHAIN;
  }
  const fat: number[] = [];
  for (const s of fatSectors) {
    for (let i = 0; i < size / 4; i++) {
      const next = b.u32(offset(s) + i * 4);
      if (next === undefined) break;
      fat.push(next);
    }
  }
  const names: string[] = [];
  for (const sector of chain(fat, b.u32(0x30) ?? END_OF_CHAIN)) {
    for (
      let at = offset(sector);
      at + 128 <= Math.min(offset(sector) + size, b.length);
      at += 128
    ) {
      const nameBytes = b.u16(at + 64) ?? 0;
      if (nameBytes >= 2 && nameBytes <= 64) names.push(b.utf16(at, nameBytes - 2));
    }
  }
  return names;
}

function oleKind(data: Uint8Array): FileKind {
  const names = oleEntryNames(data);
  if (names.includes("EncryptionInfo") || names.includes("EncryptedPackage")) return "encrypted";
  if (names.includes("Workbook") || names.includes("Book")) return "xls";
  return "ole";
}

/** The first bytes as text, when they look like text (no NUL, no control characters but tab and breaks). */
function leadingText(data: Uint8Array): string | null {
  const head = data.subarray(0, 4096);
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  let out = "";
  for (let i = start; i < head.length; i++) {
    const c = head[i];
    if (c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) return null;
    out += c < 0x80 ? String.fromCharCode(c) : " ";
  }
  return out;
}

function textKind(data: Uint8Array): FileKind {
  const text = leadingText(data);
  if (text === null) return "unknown";
  const lower = text.trimStart().toLowerCase();
  if (lower.startsWith("<")) {
    if (/<(!doctype html|html|table|head|body|meta)\b/.test(lower)) return "html";
    return "xml";
  }
  return "text";
}

/** What the bytes of a file are, for deciding whether the CLI can read it and what to say if not. */
export function sniffFileKind(data: Uint8Array): FileKind {
  if (data.length === 0) return "empty";
  const b = new Bytes(data);
  const signature = b.u32(0);
  if (signature === ZIP_LOCAL || signature === ZIP_EMPTY) return zipKind(data);
  if (OLE_SIGNATURE.every((byte, i) => data[i] === byte)) return oleKind(data);
  return textKind(data);
}
