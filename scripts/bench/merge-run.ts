// Child process of `npm run bench`: the CLI `merge` end to end in a fresh process, timed from before its
// modules load to the written file (read the master and every returned copy, merge, write with -o).
const [master, out, ...copies] = process.argv.slice(2);
const t0 = performance.now();
void import("../../src/cli/main").then(async ({ main }) => {
  let output = "";
  const code = await main(
    ["merge", master, ...copies, "-o", out, "--json", "--as-of", "2020-11-06"],
    {
      stdout: (text) => (output += text),
      stderr: (text) => (output += text),
    }
  );
  const ms = performance.now() - t0;
  const applied = code === 2 ? -1 : (JSON.parse(output) as { applied: unknown[] }).applied.length;
  console.log(`RESULT ${JSON.stringify({ ms, code, applied })}`);
});
export {};
