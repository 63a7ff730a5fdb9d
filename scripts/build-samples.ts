// npm run samples: writes samples/*.xlsx from the TypeScript sources in samples/source.
import path from "path";
import { midSample, seedSample } from "../samples/source";
import { sampleToExcel } from "../samples/source/xlsx";

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, "..", "samples");
  for (const sample of [seedSample(), midSample()]) {
    const file = path.join(dir, sample.file);
    await sampleToExcel(sample).xlsx.writeFile(file);
    const tasks = sample.sheets[sample.sheets.length - 1].rows.length;
    process.stdout.write(`${path.relative(process.cwd(), file)}: ${tasks} tasks\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`build-samples: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
