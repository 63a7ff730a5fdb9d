// The Office adapter's share (issue 13, "Chia sẻ cho đơn vị"): the open workbook's own bytes read with
// Office.context.document.getFileAsync(Office.FileType.Compressed) slice by slice, then the per-office
// copies built by the same code as the CLI `share` (src/xlsx/share-copies, in a chunk loaded on demand).
// What each host allows (Office.js reference, checked for this feature):
// - getFileAsync is in the "File" requirement set, the compressed (.xlsx) type in "CompressedFile" (both
//   1.1); Microsoft's Excel sample reads the workbook so (office-js-snippets, excel/26-document/
//   get-file-in-slices-async). The pane checks both sets at run time rather than trusting a host list.
// - A slice is at most 4 MB (GetFileOptions.sliceSize: 4194304 is both the maximum and the default);
//   each compressed slice's data is an array of byte values.
// - At most two files may be open in memory or getFileAsync fails: the file is closed (closeAsync)
//   once read, and on every failure too.
// - Handing a file to the user is the pane's part (a Blob and <a download>): see shareSupport below.
import { HostError } from "../app/errors";
import type { SharedCopy, ShareOptions } from "../xlsx/share-copies";
import type { AsyncOutcome, DocumentFile, DocumentFiles, OfficeEnv } from "./env";

/** The largest slice getFileAsync allows, which is also its default: the fewest round trips. */
const SLICE_SIZE = 4194304;

export interface ShareSupport {
  /** The host gives the file's bytes (getFileAsync, compressed). */
  read: boolean;
  /** The task pane's web view honours a download (a Blob URL on <a download>). */
  download: boolean;
}

/**
 * What this host allows. Downloads: Excel on the web runs the pane in the user's browser, which saves
 * a Blob offered on <a download>; Excel on Windows runs it in WebView2 (Chromium), which does the same
 * through its download bar (the older EdgeHTML/IE web views had no <a download> at all: the pane checks
 * the anchor itself). Excel on Mac and iPad run it in WKWebView, which ignores downloads from an add-in
 * (OfficeDev/office-js#2700, closed "by design"), and openBrowserWindow takes no blob: or file: URL
 * (OfficeDev/office-js#3): there the pane says so and points to the CLI.
 */
export function shareSupport(
  env: Pick<OfficeEnv, "files" | "isSetSupported" | "platform">
): ShareSupport {
  const read =
    env.files !== undefined &&
    env.isSetSupported("File", "1.1") &&
    env.isSetSupported("CompressedFile", "1.1");
  const download = env.platform === "OfficeOnline" || env.platform === "PC";
  return { read, download };
}

const failure = (what: string, result: AsyncOutcome<unknown>): HostError =>
  new HostError(
    "unknown",
    `${what}: ${[result.error?.code, result.error?.message].filter(Boolean).join(" ")}`.trim()
  );

function openFile(files: DocumentFiles, sliceSize: number): Promise<DocumentFile> {
  return new Promise((resolve, reject) =>
    files.getCompressedFile({ sliceSize }, (r) =>
      r.ok ? resolve(r.value) : reject(failure("getFileAsync", r))
    )
  );
}

function slice(file: DocumentFile, index: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    file.getSliceAsync(index, (r) => {
      if (!r.ok) return reject(failure(`getSliceAsync(${index})`, r));
      const data = r.value.data;
      resolve(data instanceof ArrayBuffer ? new Uint8Array(data) : Uint8Array.from(data));
    })
  );
}

const close = (file: DocumentFile): Promise<void> =>
  new Promise((resolve) => file.closeAsync(() => resolve()));

/**
 * The open workbook as the host saves it (.xlsx bytes), read slice by slice in order and closed once read
 * (or on failure). `onSlice` tells how many slices of how many are in.
 */
export async function readDocumentBytes(
  files: DocumentFiles,
  onSlice?: (done: number, total: number) => void,
  sliceSize = SLICE_SIZE
): Promise<Uint8Array> {
  const file = await openFile(files, sliceSize);
  try {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      parts.push(await slice(file, i));
      onSlice?.(i + 1, file.sliceCount);
    }
    const length = parts.reduce((n, p) => n + p.length, 0);
    if (length !== file.size)
      throw new HostError("unknown", `getFileAsync: ${length} bytes read of ${file.size}`);
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return bytes;
  } finally {
    await close(file);
  }
}

export type ShareProgress =
  | { step: "reading"; done: number; total: number }
  | { step: "building"; done: number; total: number };

/** Reads the open workbook and builds each office's copy, as the CLI `share` writes them. */
export async function shareCopies(
  env: OfficeEnv,
  options: ShareOptions,
  onProgress?: (progress: ShareProgress) => void
): Promise<SharedCopy[]> {
  if (!shareSupport(env).read || !env.files)
    throw new HostError("not-supported", "Office.context.document.getFileAsync (CompressedFile)");
  const bytes = await readDocumentBytes(env.files, (done, total) =>
    onProgress?.({ step: "reading", done, total })
  );
  const { buildSharedCopies } = await import(
    /* webpackChunkName: "share-copies" */ "../xlsx/share-copies"
  );
  return buildSharedCopies({ bytes }, "workbook.xlsx", options, (done, total) =>
    onProgress?.({ step: "building", done, total })
  );
}
