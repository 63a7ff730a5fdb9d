// Child process of `npm run bench`: HyperFormula builds and evaluates the summary's own formulas over the
// same generated workbook the core read (same size → same data). Prints RESULT {"ms": [...]} per run.
import { analyse } from "../../src/core/analyse";
import { evaluatePlan } from "../../tests/helpers/hyperformula";
import { parseA1, toA1 } from "../../src/core/a1";
import { benchGrid, REPORT } from "./data";
import { t as sheetText } from "../../src/i18n/sheets";

const size = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 1);
const grid = benchGrid(size);
const plan = analyse(grid, { t: sheetText, today: REPORT, lang: "vi" }).plan.sheets[0];
// Every formula cell of the summary, to read back once evaluated.
const formulaCells: string[] = [];
for (const block of plan.blocks) {
  const at = parseA1(block.at);
  block.rows.forEach((row, i) =>
    row.forEach((cell, j) => {
      if ("formula" in cell) formulaCells.push(toA1(at.row + i, at.col + j));
    })
  );
}
const times: number[] = [];
let checksum = 0;
for (let k = 0; k < runs; k++) {
  const t0 = performance.now();
  const ev = evaluatePlan(grid, plan);
  for (const a1 of formulaCells) {
    const v = ev.value(a1);
    if (typeof v === "number") checksum += v;
  }
  times.push(performance.now() - t0);
  ev.destroy();
  console.log(`RESULT ${JSON.stringify({ ms: times, formulas: formulaCells.length, checksum })}`);
}
