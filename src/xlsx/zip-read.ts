// A small ZIP reader for the light grid reader (issue 13): the central directory read once, and only the
// parts asked for inflated, by an inflater the caller supplies (node's zlib in the CLI, the platform's
// DecompressionStream in the pane) instead of JSZip's stream of workers over pako. It reads only the
// plain packages every spreadsheet program writes; anything else (ZIP64, encryption, prepended bytes,
// another compression, a size that does not add up) is left to JSZip by returning null or throwing
// ZipFallback, so what JSZip refuses is still refused with JSZip's words. Bytes in, no node.

/** Raw DEFLATE data (no zlib header) to its bytes. */
export type InflateRaw = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** This package is not one the small reader reads exactly as JSZip does: read it with JSZip. */
export class ZipFallback extends Error {
  override readonly name = "ZipFallback";
}

interface Entry {
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's data starts (after its local header). */
  offset: number;
}

/** A package's parts by name, each read as UTF-8 text on demand. */
export interface ZipParts {
  /** The part's text; null when the package has no such file (or it is a folder). */
  text(path: string): Promise<string | null>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNICODE_PATH_EXTRA = 0x7075;

const names = new TextDecoder("utf-8");
/** As JSZip decodes a part in node (Buffer's UTF-8: a byte-order mark kept, bad bytes replaced). */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** The package's directory, or null when it is not a plain one (JSZip then reads it, or refuses it). */
export function openZip(input: Uint8Array | ArrayBuffer, inflateRaw: InflateRaw): ZipParts | null {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const n = bytes.length;
  if (n < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, n);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  // The last end-of-central-directory signature, as JSZip takes it.
  let end = -1;
  for (let i = n - 4; i >= 0; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && u32(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0 || end > n - 22) return null;
  const records = u16(end + 10);
  const size = u32(end + 12);
  const start = u32(end + 16);
  if (u16(end) === 0xffff || u16(end + 4) === 0xffff || u16(end + 6) === 0xffff) return null;
  if (u16(end + 8) === 0xffff || records === 0xffff) return null;
  if (size === 0xffffffff || start === 0xffffffff) return null;
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0) return null; // multi-disk
  if (start + size !== end) return null; // bytes before the package, or a directory that does not fit
  const entries = new Map<string, Entry>();
  let at = start;
  let count = 0;
  while (at + 46 <= end && u32(at) === CENTRAL) {
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const external = u32(at + 38);
    const local = u32(at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end) return null;
    if (flags & 1) return null; // encrypted
    if (method !== 0 && method !== 8) return null;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || local === 0xffffffff)
      return null;
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength;) {
      if (u16(e) === UNICODE_PATH_EXTRA) return null;
      e += 4 + u16(e + 2);
    }
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > n || u32(local) !== LOCAL) return null;
    const offset = local + 30 + u16(local + 26) + u16(local + 28);
    if (offset + compressedSize > n) return null;
    // A folder (JSZip files it under its name with a slash, never as a part).
    if (!(external & 0x10) && !name.endsWith("/"))
      entries.set(name, { method, compressedSize, uncompressedSize, offset });
    count++;
    at = next;
  }
  if (count !== records || at !== end) return null;
  return {
    async text(path) {
      const entry = entries.get(path);
      if (!entry) return null;
      const raw = bytes.subarray(entry.offset, entry.offset + entry.compressedSize);
      let data: Uint8Array;
      if (entry.method === 0) data = raw;
      else {
        try {
          data = await inflateRaw(raw);
        } catch (err) {
          throw new ZipFallback(err instanceof Error ? err.message : String(err));
        }
      }
      if (data.length !== entry.uncompressedSize) throw new ZipFallback("size mismatch");
      return utf8.decode(data);
    },
  };
}

/** The platform's raw-DEFLATE decompression (browsers, node 20), or null where it has none. */
export const streamInflateRaw: InflateRaw | null =
  typeof DecompressionStream === "function" &&
  typeof Blob === "function" &&
  typeof Response === "function"
    ? async (data) => {
        const stream = new Blob([data as Uint8Array<ArrayBuffer>])
          .stream()
          .pipeThrough(new DecompressionStream("deflate-raw"));
        return new Uint8Array(await new Response(stream).arrayBuffer());
      }
    : null;
