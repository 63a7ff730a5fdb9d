// `share` writes each office's copy by package surgery, as `refresh -o` does: a master holding a user's
// AutoFilter with criteria, data validations, conditional formats, charts and its own styles gives
// copies in which every part the share does not own is byte for byte the master's, the styles part
// only gains entries at the end of its lists, and the tasks sheet differs only by the office's marks.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { main } from "../src/cli/main";
import { readXlsxGrid } from "../src/cli/xlsx-file";
import { readSnapshot } from "../src/core/merge";
import { readModel } from "../src/core/read";
import { serialFromIso } from "../src/core/dates";
import { matchKey } from "../src/core/text";
import { attributes, sheetParts } from "../src/xlsx/package";
import { topLevelElements } from "../src/xlsx/sheet-xml";
import { setSheetElement } from "../src/xlsx/share-marks";
import { SEED_FILE } from "../samples/source";

const seed = path.join(__dirname, "..", "samples", SEED_FILE);
const dir = mkdtempSync(path.join(os.tmpdir(), "share-exact-"));

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    today: serialFromIso("2026-03-05")!,
  });
  return { code, stdout, stderr };
}

const text = (zip: JSZip, part: string) => zip.file(part)!.async("string");
const bytes = async (zip: JSZip, part: string) =>
  Buffer.from(await zip.file(part)!.async("uint8array"));

/** The seed with a user's filter, validations, conditional format and a chart sheet of their own. */
async function richMaster(): Promise<string> {
  const refreshed = path.join(dir, "refreshed.xlsx");
  expect((await run("refresh", seed, "-o", refreshed)).code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(refreshed));
  // The summary without its mark and under another name is the user's own sheet with charts.
  let workbook = (await text(zip, "xl/workbook.xml"))
    .replace(/<definedName name="TDNV_Summary"[^>]*>[^<]*<\/definedName>/, "")
    .replace(/Tổng hợp/g, "Biểu đồ của tôi");
  const parts = await sheetParts(zip);
  const areas = parts.get("Lĩnh vực")!;
  zip.file(
    areas,
    setSheetElement(
      await text(zip, areas),
      "autoFilter",
      '<autoFilter ref="A1:C8"><filterColumn colId="2"><filters><filter val="Ban Tổ chức Tỉnh ủy"/></filters></filterColumn></autoFilter>'
    )
  );
  workbook = workbook.replace(
    "</definedNames>",
    `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Lĩnh vực'!$A$1:$C$8</definedName></definedNames>`
  );
  zip.file("xl/workbook.xml", workbook);
  const tasks = parts.get("Nhiệm vụ")!;
  let tasksXml = await text(zip, tasks);
  tasksXml = setSheetElement(
    tasksXml,
    "dataValidations",
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="G2:G59"><formula1>"Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng"</formula1></dataValidation></dataValidations>'
  );
  tasksXml = setSheetElement(
    tasksXml,
    "conditionalFormatting",
    '<conditionalFormatting sqref="H2:H59"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF5B9BD5"/></dataBar></cfRule></conditionalFormatting>'
  );
  zip.file(tasks, tasksXml);
  const master = path.join(dir, "master.xlsx");
  writeFileSync(master, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return master;
}

/** Parts a copy may change: the marked tasks sheet, the appended styles, the package's lists of parts. */
const SHARE_OWNED = [
  "xl/styles.xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
];

describe("share writes each copy by package surgery", () => {
  let master = "";
  let copies: string[] = [];
  beforeAll(async () => {
    master = await richMaster();
    const out = path.join(dir, "out");
    const r = await run("share", master, "-o", out, "--as-of", "2020-11-06");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    copies = readdirSync(out).map((f) => path.join(out, f));
    expect(copies).toHaveLength(7);
  });

  it("keeps every part it does not own byte for byte: the user's filter, charts, drawings, strings, theme", async () => {
    const before = await JSZip.loadAsync(readFileSync(master));
    const tasksPart = (await sheetParts(before)).get("Nhiệm vụ")!;
    const kept = Object.keys(before.files).filter(
      (p) => !before.files[p].dir && p !== tasksPart && !SHARE_OWNED.includes(p)
    );
    expect(kept).toEqual(
      expect.arrayContaining([
        "xl/sharedStrings.xml",
        "xl/charts/chart1.xml",
        "xl/theme/theme1.xml",
      ])
    );
    for (const file of copies) {
      const after = await JSZip.loadAsync(readFileSync(file));
      const differing: string[] = [];
      for (const part of kept) {
        const now = after.file(part);
        if (!now || !Buffer.from(await now.async("uint8array")).equals(await bytes(before, part)))
          differing.push(part);
      }
      expect(`${path.basename(file)}: ${differing.join(", ")}`).toBe(`${path.basename(file)}: `);
      // The workbook part keeps every name and sheet entry the master had, the user's filter name too.
      const workbook = await text(after, "xl/workbook.xml");
      const original = await text(before, "xl/workbook.xml");
      for (const entry of original.match(
        /<definedName\b[^>]*>[^<]*<\/definedName>|<sheet\b[^>]*>/g
      )!)
        expect(workbook).toContain(entry);
    }
  });

  it("only appends to the styles part's lists, so every user cell keeps its format", async () => {
    const before = await text(await JSZip.loadAsync(readFileSync(master)), "xl/styles.xml");
    const lists = (xml: string) => {
      const out: Record<string, string[]> = {};
      for (const c of topLevelElements(xml).children) {
        const inner = xml.slice(c.start, c.end);
        out[c.name] = inner.includes("</")
          ? topLevelElements(inner).children.map((i) => inner.slice(i.start, i.end))
          : [];
      }
      return out;
    };
    const was = lists(before);
    for (const file of copies) {
      const now = lists(await text(await JSZip.loadAsync(readFileSync(file)), "xl/styles.xml"));
      for (const [name, items] of Object.entries(was))
        expect([name, now[name].slice(0, items.length)]).toEqual([name, items]);
    }
  });

  it("changes the tasks sheet only by the office's marks: values, validations and formats as they were", async () => {
    const before = await JSZip.loadAsync(readFileSync(master));
    const part = (await sheetParts(before)).get("Nhiệm vụ")!;
    const was = await text(before, part);
    const elements = (xml: string) =>
      Object.fromEntries(
        topLevelElements(xml).children.map((c) => [c.name, xml.slice(c.start, c.end)])
      );
    // A cell without its style, and a row without the hidden flag the filter sets.
    const content = (xml: string) =>
      [...xml.matchAll(/<c\b([^>]*?)(\/>|>[\s\S]*?<\/c>)/g)]
        .map((m) => `${m[1].replace(/\ss="\d+"/, "")}${m[2]}`)
        .filter((c) => !/^ r="[A-Z]+\d+"\/>$/.test(c));
    for (const file of copies) {
      const after = await JSZip.loadAsync(readFileSync(file));
      const now = await text(after, (await sheetParts(after)).get("Nhiệm vụ")!);
      const [a, b] = [elements(was), elements(now)];
      for (const name of Object.keys(a).filter(
        (n) => !["sheetData", "sheetProtection", "autoFilter"].includes(n)
      ))
        expect([name, b[name]]).toEqual([name, a[name]]);
      expect(content(b.sheetData)).toEqual(content(a.sheetData));
      expect(b.sheetProtection).toMatch(/^<sheetProtection sheet="1"/);
      expect(b.autoFilter).toMatch(/<filterColumn colId="1"><filters><filter val="/);
    }
  });

  it("marks the office's rows, unlocks only its update cells, hides the others, and carries a hidden snapshot", async () => {
    const grid = await readXlsxGrid(master);
    const { model } = readModel(grid);
    const cols = model.tasksTable!.columns;
    for (const file of copies) {
      const zip = await JSZip.loadAsync(readFileSync(file));
      const xml = await text(zip, (await sheetParts(zip)).get("Nhiệm vụ")!);
      const styles = await text(zip, "xl/styles.xml");
      const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].split(/<xf\b/).slice(1);
      const fills = /<fills\b[^>]*>([\s\S]*?)<\/fills>/
        .exec(styles)![1]
        .split(/<fill\b/)
        .slice(1);
      const xfOf = (ref: string) =>
        xfs[Number(new RegExp(`<c r="${ref}"[^>]*\\bs="(\\d+)"`).exec(xml)?.[1] ?? 0)];
      const unlocked = (ref: string) => /<protection\b[^>]*locked="0"/.test(xfOf(ref));
      const highlighted = (ref: string) =>
        fills[Number(attributes(`<xf${xfOf(ref)}`).fillId)].includes("FFFFF2CC");
      const snapshot = readSnapshot(await readXlsxGrid(file))!;
      expect(snapshot.meta.programme).not.toBe("");
      const own = model.tasks.filter((t) => snapshot.tasks.get(matchKey(t.id))?.own ?? false);
      expect(own.length).toBeGreaterThan(0);
      const hiddenRows = new Set(
        [...xml.matchAll(/<row\b[^>]*>/g)]
          .filter((m) => /\shidden="1"/.test(m[0]))
          .map((m) => Number(attributes(m[0]).r))
      );
      for (const t of model.tasks) {
        const mine = own.includes(t);
        const status = `${cols.status!.letter}${t.row}`;
        const title = `${cols.title!.letter}${t.row}`;
        expect([
          t.id,
          unlocked(status),
          unlocked(title),
          highlighted(title),
          hiddenRows.has(t.row),
        ]).toEqual([t.id, mine, false, mine, !mine]);
      }
      const workbook = await text(zip, "xl/workbook.xml");
      expect(workbook).toMatch(/<sheet name="Bản chụp chia sẻ" sheetId="\d+" state="hidden"/);
    }
  });
});

describe("share of a workbook whose tasks are an Excel table", () => {
  it("puts the office's values into the table's own filter, keeps every other part, and merges back to nothing", async () => {
    const master = path.join(__dirname, "corpus", "files", "06-excel-tables.xlsx");
    const out = path.join(dir, "tables");
    expect((await run("share", master, "-o", out, "--as-of", "2020-11-06")).code).toBe(0);
    const before = await JSZip.loadAsync(readFileSync(master));
    const tasksPart = (await sheetParts(before)).get("Nhiệm vụ")!;
    const tables = Object.keys(before.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p));
    expect(tables.length).toBeGreaterThan(0);
    for (const name of readdirSync(out)) {
      const file = path.join(out, name);
      const after = await JSZip.loadAsync(readFileSync(file));
      const changedTables: string[] = [];
      for (const part of Object.keys(before.files).filter(
        (p) => !before.files[p].dir && p !== tasksPart && !SHARE_OWNED.includes(p)
      )) {
        const same = Buffer.from(await after.file(part)!.async("uint8array")).equals(
          await bytes(before, part)
        );
        if (!same) changedTables.push(part);
      }
      // Only the tasks table changed, and only its filter.
      expect(changedTables).toHaveLength(1);
      expect(tables).toContain(changedTables[0]);
      const [was, now] = [
        await text(before, changedTables[0]),
        await text(after, changedTables[0]),
      ];
      const strip = (xml: string) =>
        xml.replace(/<autoFilter\b[\s\S]*?<\/autoFilter>|<autoFilter\b[^>]*\/>/, "");
      expect(strip(now)).toBe(strip(was));
      expect(now).toMatch(/<filterColumn[^>]*colId="1"><filters><filter val="[^"]+"\/><\/filters>/);
      const sheet = await text(after, (await sheetParts(after)).get("Nhiệm vụ")!);
      expect(sheet).not.toMatch(/<autoFilter\b/);
      expect(sheet).toMatch(/<row\b[^>]*hidden="1"/);
    }
    const copies = readdirSync(out).map((f) => path.join(out, f));
    const merged = await run("merge", master, ...copies, "--json", "--as-of", "2020-11-06");
    const json = JSON.parse(merged.stdout);
    expect([merged.code, json.applied, json.conflicts, json.ignored, json.findings]).toEqual([
      0,
      [],
      [],
      [],
      [],
    ]);
  });
});

describe("the share's marks on a small sheet", () => {
  it("inserts the office's empty update cells unlocked, locks a user's unlocked cell elsewhere, and hides only other rows", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Nhiệm vụ");
    ws.addRows([
      ["Mã", "Đơn vị", "Trạng thái", "Ghi chú"],
      ["A-1", "Ban A", "Đang thực hiện"],
      ["B-1", "Ban B", "Đang thực hiện", "x"],
      ["B-2", "Ban B", "Hoàn thành"],
    ]);
    ws.getCell("D3").style = { protection: { locked: false } };
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { markSharedCopy } = await import("../src/xlsx/share-marks");
    const { bytes: out, filter } = await markSharedCopy(input, {
      sheet: "Nhiệm vụ",
      headerRow: 1,
      ownRows: [2],
      hiddenRows: [3, 4],
      firstCol: 0,
      lastCol: 3,
      lastRow: 4,
      editable: ["C2", "D2"],
      filter: { column: 1, values: ["Ban A"] },
    });
    expect(filter).toBe("sheet");
    const zip = await JSZip.loadAsync(out);
    const xml = await text(zip, (await sheetParts(zip)).get("Nhiệm vụ")!);
    const styles = await text(zip, "xl/styles.xml");
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].split(/<xf\b/).slice(1);
    const styleOf = (ref: string) => {
      const m = new RegExp(`<c r="${ref}"([^>]*?)/?>`).exec(xml);
      return m ? xfs[Number(attributes(m[1]).s ?? 0)] : null;
    };
    const unlocked = (ref: string) => /<protection\b[^>]*locked="0"/.test(styleOf(ref) ?? "");
    expect(styleOf("D2")).not.toBeNull(); // the empty note cell now exists, to be unlocked
    expect([
      unlocked("C2"),
      unlocked("D2"),
      unlocked("A2"),
      unlocked("D3"),
      unlocked("C3"),
    ]).toEqual([true, true, false, false, false]);
    const hidden = [...xml.matchAll(/<row\b[^>]*>/g)]
      .filter((m) => /hidden="1"/.test(m[0]))
      .map((m) => attributes(m[0]).r);
    expect(hidden).toEqual(["3", "4"]);
    // A sheet holding an Excel table that is not the tasks' gets no filter: highlighted, nothing hidden.
    const withTable = await JSZip.loadAsync(input);
    const part = (await sheetParts(withTable)).get("Nhiệm vụ")!;
    withTable.file(
      part,
      setSheetElement(await text(withTable, part), "tableParts", '<tableParts count="0"/>')
    );
    const other = await markSharedCopy(await withTable.generateAsync({ type: "uint8array" }), {
      sheet: "Nhiệm vụ",
      headerRow: 1,
      ownRows: [2],
      hiddenRows: [3, 4],
      firstCol: 0,
      lastCol: 3,
      lastRow: 4,
      editable: ["C2", "D2"],
      filter: { column: 1, values: ["Ban A"] },
    });
    expect(other.filter).toBe("none");
    const otherXml = await text(await JSZip.loadAsync(other.bytes), part);
    expect(otherXml).not.toMatch(/<autoFilter\b|hidden="1"/);
    expect(otherXml).toMatch(/<sheetProtection sheet="1"/);
    // The copy opens in ExcelJS with the same values as before.
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(out as unknown as ArrayBuffer);
    expect(
      back
        .getWorksheet("Nhiệm vụ")!
        .getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1))
    ).toEqual([
      ["Mã", "Đơn vị", "Trạng thái", "Ghi chú"],
      ["A-1", "Ban A", "Đang thực hiện"],
      ["B-1", "Ban B", "Đang thực hiện", "x"],
      ["B-2", "Ban B", "Hoàn thành"],
    ]);
  });
});
