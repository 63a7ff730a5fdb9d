// The pane's share through Office.context.document (issue 13): the real env wrapper (officeEnv) over
// office-addin-mock, Microsoft's Office.js mock, standing in for getFileAsync, its slices and closeAsync;
// the copies it makes compared with the CLI `share`'s for the same workbook, part by part.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { OfficeMockObject } from "office-addin-mock";
import os from "os";
import path from "path";
import { HostError } from "../src/app/errors";
import { main } from "../src/cli/main";
import { serialFromIso } from "../src/core/dates";
import { officeEnv } from "../src/office/env";
import { readDocumentBytes, shareCopies, shareSupport } from "../src/office/share";
import { SEED_FILE } from "../samples/source";

const seed = readFileSync(path.join(__dirname, "..", "samples", SEED_FILE));
const today = serialFromIso("2026-03-05")!;

interface DocCalls {
  fileType: unknown;
  sliceSize: number | undefined;
  slices: number[];
  closed: number;
}

interface DocOptions {
  platform?: string;
  /** The slice that fails, if any. */
  failSlice?: number;
  /** A file size the slices do not add up to. */
  claimedSize?: number;
  getFileAsync?: false;
  sets?: string[];
}

/** Office with a document whose file is `bytes`, cut into slices of the size asked for. */
async function installOffice(bytes: Uint8Array, options: DocOptions = {}): Promise<DocCalls> {
  const calls: DocCalls = { fileType: null, sliceSize: undefined, slices: [], closed: 0 };
  const ok = (value: unknown) => ({ status: "succeeded", value });
  const document: Record<string, unknown> = { mode: "readWrite" };
  if (options.getFileAsync !== false)
    document.getFileAsync = (
      fileType: unknown,
      opts: { sliceSize?: number },
      callback: (r: unknown) => void
    ) => {
      calls.fileType = fileType;
      calls.sliceSize = opts.sliceSize;
      const size = opts.sliceSize ?? 4194304;
      const count = Math.max(1, Math.ceil(bytes.length / size));
      callback(
        ok({
          size: options.claimedSize ?? bytes.length,
          sliceCount: count,
          getSliceAsync: (index: number, cb: (r: unknown) => void) => {
            calls.slices.push(index);
            if (index === options.failSlice)
              return cb({ status: "failed", error: { code: 5001, message: "Internal error" } });
            const data = Array.from(bytes.subarray(index * size, (index + 1) * size));
            cb(ok({ data, index, size: data.length }));
          },
          closeAsync: (cb?: (r: unknown) => void) => {
            calls.closed++;
            cb?.(ok(undefined));
          },
        })
      );
    };
  const sets = options.sets ?? ["ExcelApi", "File", "CompressedFile"];
  // The mock stands in for Office.context (its document's calls and the requirement checks); its
  // properties answer once loaded, as the mock requires. The enums are plain values, as in Office.js.
  const context = new OfficeMockObject({
    document,
    platform: options.platform ?? "PC",
    requirements: { isSetSupported: (name: string) => sets.includes(name) },
  });
  context.load("platform");
  (context as unknown as { document: OfficeMockObject }).document.load("mode");
  await context.sync();
  (globalThis as { Office?: unknown }).Office = {
    context,
    FileType: { Compressed: "compressed", Text: "text", Pdf: "pdf" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
  };
  return calls;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the open workbook's bytes through getFileAsync", () => {
  it("asks for the compressed file, reads every slice in order, joins them and closes the file", async () => {
    const calls = await installOffice(seed);
    const progress: string[] = [];
    const bytes = await readDocumentBytes(
      officeEnv().files!,
      (done, total) => progress.push(`${done}/${total}`),
      4096
    );
    const count = Math.ceil(seed.length / 4096);
    expect(count).toBeGreaterThan(2);
    expect(Buffer.from(bytes).equals(seed)).toBe(true);
    expect(calls.fileType).toBe("compressed");
    expect(calls.sliceSize).toBe(4096);
    expect(calls.slices).toEqual([...Array(count).keys()]);
    expect(progress.at(-1)).toBe(`${count}/${count}`);
    expect(calls.closed).toBe(1);
  });

  it("asks for the largest slice Office allows by default", async () => {
    const calls = await installOffice(seed);
    await readDocumentBytes(officeEnv().files!);
    expect(calls.sliceSize).toBe(4194304);
  });

  it("closes the file when a slice fails, and reports the host's error", async () => {
    const calls = await installOffice(seed, { failSlice: 1 });
    const read = readDocumentBytes(officeEnv().files!, undefined, 4096);
    await expect(read).rejects.toThrow(HostError);
    await expect(read).rejects.toThrow(/getSliceAsync\(1\).*5001/);
    expect(calls.slices).toEqual([0, 1]);
    expect(calls.closed).toBe(1);
  });

  it("refuses slices that do not add up to the file's size", async () => {
    const calls = await installOffice(seed, { claimedSize: seed.length + 1 });
    await expect(readDocumentBytes(officeEnv().files!, undefined, 65536)).rejects.toThrow(
      /bytes read of/
    );
    expect(calls.closed).toBe(1);
  });
});

describe("what each host allows for the share", () => {
  it("reads and downloads on Excel on the web and on Windows", async () => {
    for (const platform of ["OfficeOnline", "PC"]) {
      await installOffice(seed, { platform });
      expect(shareSupport(officeEnv())).toEqual({ read: true, download: true });
    }
  });

  it("does not download on Mac or iPad, whose web view ignores downloads", async () => {
    for (const platform of ["Mac", "iOS"]) {
      await installOffice(seed, { platform });
      expect(shareSupport(officeEnv()).download).toBe(false);
    }
  });

  it("does not read where getFileAsync or the compressed file type is missing", async () => {
    await installOffice(seed, { getFileAsync: false });
    expect(officeEnv().files).toBeUndefined();
    expect(shareSupport(officeEnv()).read).toBe(false);
    await expect(shareCopies(officeEnv(), { by: "lead", lang: "vi", today })).rejects.toMatchObject(
      { reason: "not-supported" }
    );
    await installOffice(seed, { sets: ["ExcelApi", "File"] });
    expect(shareSupport(officeEnv()).read).toBe(false);
  });
});

describe("the pane's copies are the CLI's", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "share-pane-"));

  async function cliCopies(by: string): Promise<Map<string, Buffer>> {
    const out = path.join(dir, by);
    const master = path.join(dir, "master.xlsx");
    writeFileSync(master, seed);
    const code = await main(["share", master, "--by", by, "-o", out], {
      stdout: () => undefined,
      stderr: () => undefined,
      today,
    });
    expect(code).toBe(0);
    return new Map(readdirSync(out).map((f) => [f, readFileSync(path.join(out, f))]));
  }

  async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
    const zip = await JSZip.loadAsync(bytes);
    const out = new Map<string, Buffer>();
    for (const name of Object.keys(zip.files)
      .filter((n) => !zip.files[n].dir)
      .sort())
      out.set(name, Buffer.from(await zip.file(name)!.async("uint8array")));
    return out;
  }

  it.each(["lead", "unit"] as const)(
    "by %s: the same files, each with every part byte for byte the CLI's",
    async (by) => {
      const cli = await cliCopies(by);
      await installOffice(seed);
      const steps: string[] = [];
      const pane = await shareCopies(officeEnv(), { by, lang: "vi", today }, (p) =>
        steps.push(p.step)
      );
      expect(pane.map((c) => c.fileName).sort()).toEqual([...cli.keys()].sort());
      expect(steps).toContain("reading");
      expect(steps.filter((s) => s === "building")).toHaveLength(pane.length);
      const master = await parts(seed);
      for (const copy of pane) {
        const mine = await parts(copy.bytes);
        const theirs = await parts(cli.get(copy.fileName)!);
        expect([...mine.keys()]).toEqual([...theirs.keys()]);
        for (const [name, data] of mine)
          expect({ name, same: data.equals(theirs.get(name)!) }).toEqual({ name, same: true });
        // And the parts the share does not own are the master's own bytes.
        const kept = [...master].filter(([name]) => name.startsWith("xl/theme/"));
        expect(kept.length).toBeGreaterThan(0);
        for (const [name, data] of kept) expect(mine.get(name)!.equals(data)).toBe(true);
      }
    },
    60000
  );
});
