/* eslint-disable no-undef */
// npm run stop: undoes `npm start`'s desktop sideloading with office-addin-debugging when it is installed
// (it is kept out of the dependencies: it needs libsecret to install on Linux); otherwise says what to do.
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");

function hasDebugging() {
  try {
    require.resolve("office-addin-debugging", { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

if (hasDebugging()) {
  const bin = path.join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging"
  );
  const result = spawnSync(bin, ["stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status ?? 1);
} else {
  console.log(
    [
      "npm run stop: nothing was sideloaded by this checkout (office-addin-debugging is not installed).",
      "- The dev server of `npm start`: stop it with Ctrl+C in its terminal.",
      "- Excel on the web: remove the add-in under Home > Add-ins > More Add-ins > My Add-ins (… > Remove).",
      "- Desktop Excel: `npm i --no-save office-addin-debugging`, then `npm run stop` removes the sideloaded manifest.",
    ].join("\n")
  );
}
