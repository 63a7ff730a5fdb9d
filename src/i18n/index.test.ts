import { count, t } from ".";
import { en } from "./en";
import { cli } from "./catalogues/cli.vi";
import { findings } from "./catalogues/findings.vi";
import { merge } from "./catalogues/merge.vi";
import { pane } from "./catalogues/pane.vi";
import { sheets } from "./catalogues/sheets.vi";
import { vi } from "./vi";

describe("the message catalogues", () => {
  it("say one and many in the right number, with digits grouped as each language writes them", () => {
    expect(count("en", "warning", 1)).toBe("1 warning");
    expect(count("en", "warning", 0)).toBe("0 warnings");
    expect(count("en", "task", 10_000)).toBe("10,000 tasks");
    expect(count("vi", "task", 1)).toBe("1 nhiệm vụ");
    expect(count("vi", "task", 10_000)).toBe("10.000 nhiệm vụ");
    expect(count("vi", "error", 2)).toBe("2 lỗi");
  });

  it("build the CLI's and the ribbon's count lines from those counts", () => {
    const params = {
      sheet: "Tổng hợp",
      tasks: count("en", "task", 1),
      areas: count("en", "area", 1),
      errors: count("en", "error", 1),
      warnings: count("en", "warning", 2),
    };
    expect(t("en", "cli.counts", params)).toBe("1 task, 1 area; 1 error, 2 warnings");
    expect(t("en", "command.errors", params)).toMatch(/^Refreshed "Tổng hợp", but with 1 error: /);
  });

  it("hold NFC text only, in both languages", () => {
    for (const catalogue of [vi, en]) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect([key, text]).toEqual([key, text.normalize("NFC")]);
      }
    }
  });

  it("hold each key in one catalogue only, so that no bundle's entry shadows another's message", () => {
    const keys = [sheets, findings, merge, pane, cli].flatMap((c) => Object.keys(c));
    expect(keys.length).toBe(new Set(keys).size);
    expect(new Set(keys)).toEqual(new Set(Object.keys(vi)));
  });
});
