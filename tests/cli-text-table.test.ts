// Terminal tables measure text in display cells, not UTF-16 units.
import { displayWidth, renderTable, truncate } from "../src/cli/text-table";

describe("display width", () => {
  it("counts composed and decomposed Vietnamese the same", () => {
    const nfc = "Công tác xây dựng bộ máy chính quyền";
    expect(nfc.normalize("NFD").length).toBeGreaterThan(nfc.length);
    expect(displayWidth(nfc.normalize("NFD"))).toBe(nfc.length);
    expect(displayWidth(nfc)).toBe(nfc.length);
  });

  it("counts CJK characters as two cells and zero-width characters as none", () => {
    expect(displayWidth("建设")).toBe(4);
    expect(displayWidth("a\u200Bb")).toBe(2);
  });

  it("cuts long text to the width, ending with an ellipsis", () => {
    const cut = truncate("Công tác MTTQ và các đoàn thể".normalize("NFD"), 10);
    expect(displayWidth(cut)).toBeLessThanOrEqual(10);
    expect(cut.endsWith("…")).toBe(true);
    expect(truncate("ngắn", 10)).toBe("ngắn");
  });
});

describe("rendering a table", () => {
  it("right-aligns numbers and bottom-aligns one-line headers with two-line ones", () => {
    const lines = renderTable(
      [
        { header: "Lĩnh vực", align: "left" },
        { header: "Tổng\nsố", align: "right" },
      ],
      [
        ["Dân vận".normalize("NFD"), "11"],
        ["Nội chính", "4"],
      ],
      [1]
    );
    expect(lines).toEqual([
      "           Tổng",
      "Lĩnh vực     số",
      "─────────  ────",
      "Dân vận".normalize("NFD") + "      11",
      "─────────  ────",
      "Nội chính     4",
    ]);
  });
});
