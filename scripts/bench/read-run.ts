// Child process of `npm run bench`: the floor for the CLI's merge, ExcelJS reading the same files (the
// master and every returned copy) and nothing else, timed like merge-run.ts from before ExcelJS loads.
export {};
const files = process.argv.slice(2);
const t0 = performance.now();
void import("exceljs").then(async ({ default: ExcelJS }) => {
  for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
  console.log(`RESULT ${JSON.stringify({ ms: performance.now() - t0 })}`);
});
