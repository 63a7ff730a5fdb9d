// npm run samples: writes samples/*.xlsx from the TypeScript sources in samples/source.
import path from "path";
import { midSample, seedSample } from "../samples/source";
import { sampleToExcel } from "../samples/source/xlsx";
import { APPENDIX_FILE, appendixToExcel } from "../samples/source/appendix-2020";

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, "..", "samples");
  for (const sample of [seedSample(), midSample()]) {
    const file = path.join(dir, sample.file);
    await sampleToExcel(sample).xlsx.writeFile(file);
    const tasks = sample.sheets[sample.sheets.length - 1].rows.length;
    process.stdout.write(`${path.relative(process.cwd(), file)}: ${tasks} tasks\n`);
  }
  // The third sample: the same programme as a plan's appendix list, for `import`.
  const appendix = path.join(dir, APPENDIX_FILE);
  await appendixToExcel().xlsx.writeFile(appendix);
  process.stdout.write(`${path.relative(process.cwd(), appendix)}: appendix list\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`build-samples: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
