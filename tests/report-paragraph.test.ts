// The report paragraph for the bundled samples, checked against golden files (both languages): the seed
// at 06/11/2020, the mid-programme sample at 30/06/2018, and the seed with the change since 30/06/2018.
// UPDATE_GOLDEN=1 rewrites the files; read them before committing.
import { existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { analyse } from "../src/core/analyse";
import { serialFromIso } from "../src/core/dates";
import type { Lang } from "../src/core/model";
import { programmeSubject, reportParagraph } from "../src/core/report/paragraph";
import { snapshotOf } from "../src/core/report/snapshot";
import { midGrid, seedGrid } from "../samples/source";
import { t as sheetText } from "../src/i18n";

const GOLDEN = path.join(__dirname, "..", "src", "core", "report", "golden");
const today = serialFromIso("2026-03-05") ?? 0;

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, actual + "\n");
  if (!existsSync(file))
    throw new Error(`No golden file ${name}: run with UPDATE_GOLDEN=1 and read it`);
  expect(actual + "\n").toBe(readFileSync(file, "utf8"));
}

const seed = analyse(seedGrid(), { t: sheetText, today, lang: "vi" });
const mid = analyse(midGrid(), { t: sheetText, today, lang: "vi" });
const subject = (lang: Lang, a: typeof seed): string =>
  programmeSubject(sheetText, lang, a.settings.programme, a.settings.period);

describe.each(["vi", "en"] as const)("the report paragraph in %s", (lang) => {
  it("for the seed sample at 06/11/2020 matches its golden file", () => {
    const text = reportParagraph({
      t: sheetText,
      lang,
      current: snapshotOf(seed.rollup),
      subject: subject(lang, seed),
    });
    golden(`seed-2020-11-06.${lang}.txt`, text);
  });

  it("for the mid-programme sample at 30/06/2018 matches its golden file", () => {
    const text = reportParagraph({
      t: sheetText,
      lang,
      current: snapshotOf(mid.rollup),
      subject: subject(lang, mid),
    });
    golden(`mid-2018-06-30.${lang}.txt`, text);
  });

  it("for the seed after the mid-programme report states the change since 30/06/2018", () => {
    const text = reportParagraph({
      t: sheetText,
      lang,
      current: snapshotOf(seed.rollup),
      previous: snapshotOf(mid.rollup),
      subject: subject(lang, seed),
    });
    golden(`seed-since-mid.${lang}.txt`, text);
    expect(text).toContain("30/06/2018");
  });
});

describe("the report paragraph's figures", () => {
  it("states the seed's totals as the rollup counts them", () => {
    const text = reportParagraph({
      t: sheetText,
      lang: "vi",
      current: snapshotOf(seed.rollup),
      subject: "",
    });
    const t = seed.rollup.total;
    expect(text).toContain(`có tổng số ${t.total} nhiệm vụ`);
    expect(text).toContain(`${t.doneOnTime + t.doneLate} nhiệm vụ đến hạn đã hoàn thành`);
    expect(text).toContain(`(đúng hạn: ${t.doneOnTime}, trễ hạn: ${t.doneLate})`);
  });

  it("names every area once, in the programme's order", () => {
    const text = reportParagraph({
      t: sheetText,
      lang: "vi",
      current: snapshotOf(mid.rollup),
      subject: "",
    });
    const at = mid.rollup.areas.map((a) => text.indexOf(`${a.name} có ${a.total} nhiệm vụ`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
