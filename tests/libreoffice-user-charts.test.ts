// A workbook with a user's own chart, refreshed by the CLI, still opens in LibreOffice: it converts
// to PDF, and the user's chart parts are the input's bytes (tests/xlsx-preserve.test.ts checks them
// on the same kind of file).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { main } from "../src/cli/main";
import { convertWithLibreOffice, describeWithLibreOffice } from "./helpers/libreoffice";

const seed = path.join(__dirname, "..", "samples", "chuong-trinh-xd-htct-2015-2020.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "lo-user-charts-"));

async function refresh(input: string, output: string): Promise<number> {
  return main(["refresh", input, "-o", output], {
    stdout: () => undefined,
    stderr: (s) => process.stderr.write(s),
    today: 44141,
  });
}

describeWithLibreOffice("a user's chart through refresh -o, in LibreOffice", () => {
  it("opens and converts to PDF", async () => {
    const first = path.join(dir, "first.xlsx");
    expect(await refresh(seed, first)).toBe(0);
    // Unmarked, the summary with its charts is a user's sheet; the refresh adds a new summary beside it.
    const zip = await JSZip.loadAsync(readFileSync(first));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      xml.replace(/<definedName name="TDNV_Summary"[^>]*>[^<]*<\/definedName>/, "")
    );
    const withChart = path.join(dir, "with-user-chart.xlsx");
    writeFileSync(withChart, await zip.generateAsync({ type: "nodebuffer" }));
    const output = path.join(dir, "refreshed.xlsx");
    expect(await refresh(withChart, output)).toBe(0);
    const pdf = await convertWithLibreOffice(output, "pdf", path.join(dir, "pdf"));
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  }, 180_000);
});
