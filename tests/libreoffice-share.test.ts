// A shared copy saved by LibreOffice (as offices often do): the tasks sheet is still protected, the
// office's update cells still unlocked and the others locked, the snapshot still there and hidden,
// the office's filter still on (LibreOffice keeps a sheet's filter only where the workbook names its
// range _xlnm._FilterDatabase, which the share writes), and the copy still merges three-way with its
// edit applied. A copy whose filter was lost anyway (an older share, or cleared by the clerk) merges
// the same: tasks are matched by ID, never by what is shown.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { sheetParts } from "../src/xlsx/package";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { patchCells } from "../src/cli/package-cells";
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
    // The clerk's edit (one cell, as Excel saves it), then LibreOffice opens and saves the file.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const ws = wb.getWorksheet("Nhiệm vụ")!;
    const ownRow = ws.getColumn(2).values.findIndex((v) => v === "Công tác tư tưởng");
    const edited = join(tmp, "edited", "ban-tuyen-giao-tinh-uy.xlsx");
    mkdirSync(join(tmp, "edited"));
    writeFileSync(
      edited,
      await patchCells(readFileSync(copy), [
        {
          sheet: "Nhiệm vụ",
          cell: `J${ownRow}`,
          field: "notes",
          from: "",
          to: "Đã báo cáo Thường trực",
        },
      ])
    );
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
    // The office's filter is still on, with its criterion, and the other offices' rows still hidden.
    expect(xml).toMatch(
      /<autoFilter ref="A1:J59"><filterColumn colId="1"><filters><filter val="Công tác tư tưởng"\/>/
    );
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(
      /<definedName[^>]*name="_xlnm\._FilterDatabase"[^>]*>&apos;Nhiệm vụ&apos;!\$A\$1:\$J\$59</
    );
    expect(tasks.getRow(otherRow).hidden).toBe(true);
    expect(tasks.getRow(ownRow).hidden).toBe(false);

    const merged = await run("merge", master, saved, "--json", "--as-of", "2020-11-06");
    const json = JSON.parse(merged.stdout);
    expect(json.findings).toEqual([]);
    expect(json.applied.map((a: { field: string; to: string }) => [a.field, a.to])).toEqual([
      ["notes", "Đã báo cáo Thường trực"],
    ]);

    // The same copy with its filter gone (name, criteria and hidden rows) merges the same.
    const unfiltered = await JSZip.loadAsync(readFileSync(saved));
    unfiltered.file(
      part,
      xml.replace(/<autoFilter\b[\s\S]*?<\/autoFilter>/, "").replace(/\shidden="(?:1|true)"/g, "")
    );
    const workbook = await unfiltered.file("xl/workbook.xml")!.async("string");
    unfiltered.file(
      "xl/workbook.xml",
      workbook.replace(/<definedName[^>]*_xlnm\._FilterDatabase[^>]*>[^<]*<\/definedName>/, "")
    );
    const plain = join(tmp, "lo", "khong-loc.xlsx");
    writeFileSync(plain, await unfiltered.generateAsync({ type: "nodebuffer" }));
    const again = JSON.parse(
      (await run("merge", master, plain, "--json", "--as-of", "2020-11-06")).stdout
    );
    expect([again.applied, again.conflicts, again.ignored, again.findings]).toEqual([
      json.applied.map((a: object) => ({ ...a, source: "khong-loc.xlsx" })),
      [],
      [],
      [],
    ]);
  });

  it("an older copy (shared without the filter's name) loses its filter in LibreOffice, which the new share prevents", async () => {
    const copy = join(tmp, "out", "ban-to-chuc-tinh-uy.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(copy));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      workbook.replace(/<definedName[^>]*_xlnm\._FilterDatabase[^>]*>[^<]*<\/definedName>/, "")
    );
    mkdirSync(join(tmp, "old"));
    const old = join(tmp, "old", "ban-to-chuc-tinh-uy.xlsx");
    writeFileSync(old, await zip.generateAsync({ type: "nodebuffer" }));
    const sheetXml = async (file: string) => {
      const z = await JSZip.loadAsync(readFileSync(file));
      return z.file((await sheetParts(z)).get("Nhiệm vụ")!)!.async("string");
    };
    const [withName, withoutName] = [
      await convertWithLibreOffice(copy, "xlsx", join(tmp, "lo-new")),
      await convertWithLibreOffice(old, "xlsx", join(tmp, "lo-old")),
    ];
    expect(await sheetXml(withName)).toMatch(/<autoFilter\b/);
    expect(await sheetXml(withoutName)).not.toMatch(/<autoFilter\b/);
  });
});
