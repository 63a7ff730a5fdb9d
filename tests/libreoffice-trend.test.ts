// The history sheet's trend chart (issue 15 §4) written by the CLI at two report dates, opened by
// LibreOffice: it reads our c:lineChart (its own save keeps a line chart whose series refer to the
// history's cells), its recalculated series cells equal the core's total rates for each date, and the
// workbook prints to PDF.
import { existsSync, mkdtempSync, readFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../src/cli/main";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import { serialFromIso } from "../src/core/dates";
import { readHistory } from "../src/core/report/history";
import { MID_FILE } from "../samples/source";
import {
  cachedResults,
  convertWithLibreOffice,
  describeWithLibreOffice,
  recalculateWithLibreOffice,
} from "./helpers/libreoffice";
import { t as sheetText } from "../src/i18n";

const TODAY = serialFromIso("2026-03-05") ?? 0;
const run = (...argv: string[]): Promise<number> =>
  main(argv, { stdout: () => {}, stderr: (s) => process.stderr.write(s), today: TODAY });

/** Every chart part's XML in a package, by path. */
async function chartParts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)))
    out.set(name, await zip.file(name)!.async("string"));
  return out;
}

const refsIn = (xml: string, tag: "val" | "cat"): string[] =>
  [...xml.matchAll(new RegExp(`<c:${tag}>.*?<c:f>([^<]*)</c:f>`, "gs"))].map((m) =>
    m[1].replace(/&apos;/g, "'").replace(/\$/g, "")
  );

describeWithLibreOffice("the trend chart in LibreOffice", () => {
  const tmp = mkdtempSync(join(tmpdir(), "lo-trend-"));
  const first = join(tmp, "first.xlsx");
  const second = join(tmp, "second.xlsx");

  it("reads the line chart, its series recalculated equal the core's rates per date, and it prints", async () => {
    const mid = join(__dirname, "..", "samples", MID_FILE);
    expect(await run("refresh", mid, "--report", "-o", first)).toBe(0);
    expect(await run("refresh", first, "--as-of", "2018-12-31", "--report", "-o", second)).toBe(0);
    const history = readHistory(sheetText, await readXlsxGrid(second));
    expect(history.map((s) => s.date)).toEqual([
      serialFromIso("2018-06-30"),
      serialFromIso("2018-12-31"),
    ]);

    const ours = [...(await chartParts(second)).values()].filter((x) =>
      x.includes("<c:lineChart>")
    );
    expect(ours).toHaveLength(1);
    const values = refsIn(ours[0], "val");
    expect(values).toHaveLength(2);

    const recalculated = await recalculateWithLibreOffice(second);
    const theirs = [...(await chartParts(recalculated)).values()].filter((x) =>
      x.includes("<c:lineChart>")
    );
    expect(theirs).toHaveLength(1);
    expect(refsIn(theirs[0], "val")).toEqual(values);
    expect(refsIn(theirs[0], "cat")[0]).toEqual(refsIn(ours[0], "cat")[0]);

    const cells = await cachedResults(recalculated, "Lịch sử");
    const column = (ref: string): number[] => {
      const [from, to] = ref.slice(ref.lastIndexOf("!") + 1).split(":");
      const col = from.replace(/\d+/g, "");
      const top = Number(from.replace(/\D+/g, ""));
      const bottom = Number(to.replace(/\D+/g, ""));
      return Array.from(
        { length: bottom - top + 1 },
        (_, i) => cells.get(`${col}${top + i}`) as number
      );
    };
    const [rates, dueRates] = values.map(column);
    history.forEach((s, i) => {
      expect(rates[i]).toBeCloseTo(s.total.completionRate!, 9);
      expect(dueRates[i]).toBeCloseTo(s.total.dueCompletionRate!, 9);
    });

    const pdf = await convertWithLibreOffice(second, "pdf", join(tmp, "pdf"));
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  }, 180_000);
});
