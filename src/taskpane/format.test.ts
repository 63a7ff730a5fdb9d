import { finding } from "../core/findings";
import { resultOf } from "./__fixtures__/paneFixtures";
import {
  displayToSerial,
  formatResultLine,
  isoToSerial,
  langFromLocale,
  serialToDisplay,
  serialToDisplayTime,
  serialToIso,
} from "./format";
import { groupFindings } from "./groupFindings";

describe("pane formatting", () => {
  it("writes the result line with Vietnamese and English number habits", () => {
    const result = resultOf([], {
      taskCount: 58,
      areaCount: 7,
      errorCount: 2,
      warningCount: 3,
      durationMs: 412,
    });
    expect(formatResultLine("vi", result)).toBe(
      "58 nhiệm vụ, 7 lĩnh vực, 2 lỗi, 3 cảnh báo, 0,4 giây"
    );
    expect(formatResultLine("en", result)).toBe("58 tasks, 7 areas, 2 errors, 3 warnings, 0.4 s");
    const one = resultOf([], {
      taskCount: 1,
      areaCount: 1,
      errorCount: 1,
      warningCount: 1,
      durationMs: 12_345,
    });
    expect(formatResultLine("en", one)).toBe("1 task, 1 area, 1 error, 1 warning, 12 s");
    expect(formatResultLine("vi", { ...one, taskCount: 1234 })).toContain("1.234 nhiệm vụ");
    expect(formatResultLine("vi", { ...one, durationMs: 38 })).toMatch(/, 0,04 giây$/);
  });

  it("converts report dates between Excel serials and the date input's ISO text", () => {
    expect(isoToSerial("2020-11-06")).toBe(44141);
    expect(serialToIso(44141)).toBe("2020-11-06");
    expect(serialToDisplay(46086)).toBe("05/03/2026");
    expect(isoToSerial("2026-02-30")).toBeNull();
    expect(isoToSerial("")).toBeNull();
    for (let serial = 36526; serial < 47483; serial += 97)
      expect(isoToSerial(serialToIso(serial))).toBe(serial);
  });

  it("follows Office's display language, Vietnamese when there is none", () => {
    expect(langFromLocale("vi-VN")).toBe("vi");
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("fr-FR")).toBe("en");
    expect(langFromLocale(undefined)).toBe("vi");
  });

  it("groups findings errors first, then by sheet in order of appearance", () => {
    const groups = groupFindings([
      finding("empty-area", "Lĩnh vực", "B3", { area: "A" }),
      finding("unknown-area", "Nhiệm vụ", "B7", { area: "X" }),
      finding("duplicate-id", "Lĩnh vực", "A4", { id: "TT", firstCell: "A3" }),
      finding("unknown-status", "Nhiệm vụ", "G8", { value: "?" }),
    ]);
    expect(
      groups.map((g) => [
        g.severity,
        g.count,
        g.sheets.map((s) => [s.sheet, s.findings.map((f) => f.cell)]),
      ])
    ).toEqual([
      [
        "error",
        3,
        [
          ["Nhiệm vụ", ["B7", "G8"]],
          ["Lĩnh vực", ["A4"]],
        ],
      ],
      ["warning", 1, [["Lĩnh vực", ["B3"]]]],
    ]);
  });
});

describe("the pane's date helpers", () => {
  it("agree with the core's on every day from 1990 to 2100", async () => {
    const core = await import("../core/dates");
    for (
      let serial = core.serialFromYmd(1990, 1, 1);
      serial <= core.serialFromYmd(2100, 12, 31);
      serial += 1
    ) {
      const iso = core.isoFromSerial(serial);
      if (
        serialToIso(serial) !== iso ||
        isoToSerial(iso) !== serial ||
        serialToDisplay(serial) !== core.formatVnDate(serial)
      ) {
        throw new Error(`pane and core disagree on serial ${serial}`);
      }
    }
  });

  it("agree with the core's on times of day, minute by minute over two days", async () => {
    const core = await import("../core/dates");
    const day = core.serialFromYmd(2020, 11, 6);
    for (let minute = 0; minute <= 2 * 24 * 60; minute++) {
      const serial = day + minute / (24 * 60);
      expect(serialToDisplayTime(serial)).toBe(core.formatVnDateTime(serial));
    }
    expect(serialToDisplayTime(day + 0.625)).toBe("06/11/2020 15:00");
    expect(serialToDisplayTime(day)).toBe("06/11/2020");
    expect(serialToDisplayTime(day + 0.99999999)).toBe("07/11/2020");
  });
});

describe("the report date as clerks type it", () => {
  it("reads dd/mm/yyyy, with or without leading zeros, and nothing else", () => {
    expect(displayToSerial("06/11/2020")).toBe(44141);
    expect(displayToSerial(" 6/11/2020 ")).toBe(44141);
    expect(displayToSerial("31/02/2020")).toBeNull();
    expect(displayToSerial("2020-11-06")).toBeNull();
    expect(displayToSerial("06/11/20")).toBeNull();
  });
});
