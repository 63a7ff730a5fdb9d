// Child process of `npm run bench`: the core's time at each size, run from a webpack production bundle
// (scripts/bench/webpack.core.js), the form the task pane loads it in. Under tsx every module is a
// CommonJS wrapper whose exports are getters, which cost the row loop about a fifth at 100,000 tasks;
// the bundle concatenates the modules into one scope as the pane's chunk does.
// Beside it, the floor (issue 12): a bare single pass over the same grid that reads every cell once,
// timed in the same process the same way, so the bench can print the core's time as a ratio to it.
// Prints `RESULT {"<size>": {"walls": [ms...], "cpus": [ms...], "floor": [ms...]}}`.
import { analyse } from "../../src/core/analyse";
import { benchGrid, REPORT } from "./data";
import type { WorkbookGrid } from "../../src/core/grid";
import { timed } from "./stats";
import { t as sheetText } from "../../src/i18n/sheets";

/** Reads every cell of the grid once (its type, and a string's length), as any reader must at least. */
function floorPass(grid: WorkbookGrid): number {
  let seen = 0;
  for (const sheet of grid.sheets)
    for (const row of sheet.values)
      for (const cell of row) seen += typeof cell === "string" ? cell.length : 1;
  return seen;
}

const RUNS: Record<number, number> = { 1000: 15, 10_000: 11, 100_000: 9 };
const sizes = process.argv.slice(2).map(Number);
const out: Record<string, { walls: number[]; cpus: number[]; floor: number[] }> = {};
for (const size of sizes) {
  const grid = benchGrid(size);
  // Warm-up: JIT and the key caches, as on a second refresh in an open pane.
  for (let i = 0; i < 2; i++) analyse(grid, { t: sheetText, today: REPORT, lang: "vi" });
  const walls: number[] = [];
  const cpus: number[] = [];
  const floor: number[] = [];
  for (let r = 0; r < (RUNS[size] ?? 5); r++) {
    // No gc() between runs: on this machine a collected, shrunk heap makes the next run pay to grow it
    // again, which a pane refreshing the same workbook does not; the previous runs' garbage stays, as there.
    const t = timed(() => analyse(grid, { t: sheetText, today: REPORT, lang: "vi" }));
    walls.push(t.ms);
    cpus.push(t.cpuMs);
    floor.push(timed(() => floorPass(grid)).ms);
  }
  out[size] = { walls, cpus, floor };
}
console.log(`RESULT ${JSON.stringify(out)}`);
