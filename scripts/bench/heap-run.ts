// Child process of `npm run bench` (node --expose-gc --trace-gc): peak heap of the core at N tasks.
// heapUsed only grows between collections, so its peak is the "before" figure of some collection
// during analyse() or the heap at its end; V8's --trace-gc prints those figures. The two explicit gc()
// calls (reason "testing") bracket analyse(), and the input grid is alive throughout, as in a host.
import { analyse } from "../../src/core/analyse";
import { benchGrid, REPORT } from "./data";
import { t as sheetText } from "../../src/i18n/sheets";

declare const gc: () => void;
const size = Number(process.argv[2]);
const grid = benchGrid(size);
gc();
const baseline = process.memoryUsage().heapUsed;
const analysis = analyse(grid, { t: sheetText, today: REPORT, lang: "vi" });
const atEnd = process.memoryUsage().heapUsed;
gc();
const retained = process.memoryUsage().heapUsed;
console.log(
  `RESULT ${JSON.stringify({ baseline, atEnd, retained, tasks: analysis.model.tasks.length })}`
);
