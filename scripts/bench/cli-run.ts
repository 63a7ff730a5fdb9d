// Child process of `npm run bench`: the CLI end to end in a fresh process, timed from before its modules
// load to the written file (read .xlsx → analyse → write .xlsx), the way `npm run cli -- refresh` runs.
const [file, out] = process.argv.slice(2);
const t0 = performance.now();
void import("../../src/cli/main").then(async ({ main }) => {
  let output = "";
  const code = await main(["refresh", file, "-o", out, "--as-of", "2020-11-06"], {
    stdout: (text) => (output += text),
    stderr: (text) => (output += text),
  });
  const ms = performance.now() - t0;
  console.log(`RESULT ${JSON.stringify({ ms, code, lines: output.split("\n").length })}`);
});
