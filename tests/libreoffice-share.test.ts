// A shared copy saved by LibreOffice (as offices often do): the tasks sheet is still protected, the
// office's update cells still unlocked and the others locked, the snapshot still there and hidden,
// and the copy still merges three-way with its edit applied.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "fs";
import JSZip from "jszip";
import { sheetParts } from "../src/xlsx/package";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { serialFromIso } from "../src/core/dates";
import { SEED_FILE } from "../samples/source";
import { convertWithLibreOffice, describeWithLibreOffice } from "./helpers/libreoffice";

const root = join(__dirname, "..");
const tmp = mkdtempSync(join(tmpdir(), "lo-share-"));

async function run(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await main(argv, {
    stdout: (s) => (stdout += s),
    stderr: () => undefined,
    today: serialFromIso("2026-03-05")!,
  });
  return { code, stdout };
}

describeWithLibreOffice("a shared copy saved by LibreOffice", () => {
  it("keeps its protection, its unlocked update cells and its hidden snapshot, and merges three-way", async () => {
    const master = join(tmp, "master.xlsx");
    copyFileSync(join(root, "samples", SEED_FILE), master);
    expect((await run("share", master, "-o", join(tmp, "out"), "--as-of", "2020-11-06")).code).toBe(
      0
    );
    const copy = join(tmp, "out", "ban-tuyen-giao-tinh-uy.xlsx");
    // The clerk's edit, then LibreOffice opens and saves the file (xlsx to xlsx).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const ws = wb.getWorksheet("Nhiệm vụ")!;
    const ownRow = ws.getColumn(2).values.findIndex((v) => v === "Công tác tư tưởng");
    ws.getCell(`J${ownRow}`).value = "Đã báo cáo Thường trực";
    const edited = join(tmp, "edited", "ban-tuyen-giao-tinh-uy.xlsx");
    mkdirSync(join(tmp, "edited"));
    await wb.xlsx.writeFile(edited);
    const saved = await convertWithLibreOffice(edited, "xlsx", join(tmp, "lo"));

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(saved);
    const tasks = back.getWorksheet("Nhiệm vụ")!;
    const zip = await JSZip.loadAsync(readFileSync(saved));
    const part = (await sheetParts(zip)).get("Nhiệm vụ")!;
    const xml = await zip.file(part)!.async("string");
    expect(xml).toMatch(/<sheetProtection\b[^>]*\bsheet="(1|true)"/);
    // Read from the package: ExcelJS does not read LibreOffice's locked="false".
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].split(/<xf\b/).slice(1);
    const locked = (ref: string): boolean => {
      const s = Number(new RegExp(`<c r="${ref}"[^>]*\\bs="(\\d+)"`).exec(xml)?.[1] ?? 0);
      return !/<protection\b[^>]*locked="(0|false)"/.test(xfs[s]);
    };
    const otherRow = tasks.getColumn(2).values.findIndex((v) => v === "Công tác dân vận");
    expect(locked(`G${ownRow}`)).toBe(false); // the office's status cell
    expect(locked(`C${ownRow}`)).toBe(true); // its title
    expect(locked(`G${otherRow}`)).toBe(true); // another office's status
    expect(back.worksheets.find((w) => w.name === "Bản chụp chia sẻ")?.state).toBe("hidden");

    const merged = await run("merge", master, saved, "--json", "--as-of", "2020-11-06");
    const json = JSON.parse(merged.stdout);
    expect(json.findings).toEqual([]);
    expect(json.applied.map((a: { field: string; to: string }) => [a.field, a.to])).toEqual([
      ["notes", "Đã báo cáo Thường trực"],
    ]);
  });
});
