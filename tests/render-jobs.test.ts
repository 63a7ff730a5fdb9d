// npm run render prints each generated sheet as its own job (scripts/render.ts): which sheets those are,
// read from the workbook's marks, and the workbook copy that shows LibreOffice that one sheet alone.
import { generatedSheetsOf, onlySheetVisible } from "../scripts/render";

// A workbook as the CLI writes it: the input sheets, the summary and a report table, with print areas.
const WORKBOOK =
  `<workbook><fileVersion appName="xl"/><workbookPr/><sheets>` +
  `<sheet sheetId="1" name="Lĩnh vực" state="visible" r:id="rId4"/>` +
  `<sheet sheetId="2" name="Nhiệm vụ" state="visible" r:id="rId5"/>` +
  `<sheet name="Ảnh chụp" sheetId="3" state="hidden" r:id="rId6"/>` +
  `<sheet name="Tổng hợp" sheetId="4" r:id="rId7"/>` +
  `<sheet name="Theo đơn vị &amp; ngành" sheetId="5" r:id="rId8"/></sheets><definedNames>` +
  `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Nhiệm vụ&apos;!$1:$1</definedName>` +
  `<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;Nhiệm vụ&apos;!$A$1:$J$60</definedName>` +
  `<definedName name="_xlnm.Print_Area" localSheetId="3">&apos;Tổng hợp&apos;!$A$1:$P$67</definedName>` +
  `<definedName name="TDNV_Summary">&apos;Tổng hợp&apos;!$A$1</definedName>` +
  `<definedName name="_xlnm.Print_Area" localSheetId="4">&apos;Theo đơn vị &amp; ngành&apos;!$A$1:$M$31</definedName>` +
  `<definedName name="TDNV_Units">&apos;Theo đơn vị &amp; ngành&apos;!$A$1</definedName>` +
  `<definedName name="TDNV_Snapshot">&apos;Ảnh chụp&apos;!$A$1</definedName>` +
  `</definedNames></workbook>`;

const states = (xml: string): Record<string, string> =>
  Object.fromEntries(
    [...xml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => [
      /name="([^"]*)"/.exec(m[0])![1],
      /state="([^"]*)"/.exec(m[0])?.[1] ?? "visible",
    ])
  );

describe("the sheets npm run render prints by default", () => {
  it("are the visible sheets a refresh generated, in workbook order, not the user's or the snapshot", () => {
    expect(generatedSheetsOf(WORKBOOK)).toEqual(["Tổng hợp", "Theo đơn vị & ngành"]);
  });

  it("each print alone: every other sheet hidden and without its print area, the printed one active", () => {
    const xml = onlySheetVisible(WORKBOOK, "Tổng hợp");
    expect(states(xml)).toEqual({
      "Lĩnh vực": "hidden",
      "Nhiệm vụ": "hidden",
      "Ảnh chụp": "hidden",
      "Tổng hợp": "visible",
      "Theo đơn vị &amp; ngành": "hidden",
    });
    // LibreOffice prints a hidden sheet that has a print area: only the printed sheet keeps one.
    expect([...xml.matchAll(/_xlnm\.Print_Area" localSheetId="(\d+)"/g)].map((m) => m[1])).toEqual([
      "3",
    ]);
    expect(xml).toContain("_xlnm.Print_Titles");
    expect(xml).toContain('<bookViews><workbookView activeTab="3"/></bookViews><sheets>');
  });

  it("take the active tab from an existing workbook view", () => {
    const withView = WORKBOOK.replace(
      "<sheets>",
      `<bookViews><workbookView xWindow="0" firstSheet="1" activeTab="0"/></bookViews><sheets>`
    );
    const xml = onlySheetVisible(withView, "Theo đơn vị & ngành");
    expect(xml).toContain(`<workbookView xWindow="0" activeTab="4"/>`);
    expect(states(xml)["Tổng hợp"]).toBe("hidden");
  });
});
