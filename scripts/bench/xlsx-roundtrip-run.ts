// Child process of `npm run bench`: the floor for the CLI's refresh -o, a bare ExcelJS read and write of
// the same file (no analysis, no summary), timed like cli-run.ts from before ExcelJS loads to the file.
export {};
const [file, out] = process.argv.slice(2);
const t0 = performance.now();
void import("exceljs").then(async ({ default: ExcelJS }) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeFile(out);
  console.log(`RESULT ${JSON.stringify({ ms: performance.now() - t0 })}`);
});
