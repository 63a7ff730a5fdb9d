#!/usr/bin/env node
/* eslint-disable no-undef */
// The LibreOffice proofs (tests/libreoffice*.test.ts, `npm run test:libreoffice`) need soffice and
// pdftoppm. This preflight looks them up on PATH (no program is started, so it answers at once):
//   node scripts/libreoffice-preflight.js          exit 1 with the Debian packages to install when one is missing
//   node scripts/libreoffice-preflight.js --note   the line `npm test` ends with: the step exists, it did not run
// jest.libreoffice.config.js runs the same check as its globalSetup.
const fs = require("fs");
const path = require("path");

const PACKAGES = ["libreoffice-calc-nogui", "poppler-utils", "fonts-liberation"];
const COMMANDS = [
  { command: "soffice", pkg: "libreoffice-calc-nogui" },
  { command: "pdftoppm", pkg: "poppler-utils" },
];

/** True when an executable of that name is on PATH. */
function onPath(command) {
  return (process.env.PATH || "").split(path.delimiter).some((dir) => {
    if (!dir) return false;
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The commands missing from PATH. */
function missingCommands() {
  return COMMANDS.filter((c) => !onPath(c.command)).map((c) => c.command);
}

function installHint() {
  return `apt-get install ${PACKAGES.join(" ")}`;
}

/** Throws an Error whose one-line message names what is missing and what to install. */
function assertLibreOffice() {
  const missing = missingCommands();
  if (missing.length === 0) return;
  throw new Error(
    `test:libreoffice: ${missing.join(" and ")} not found on PATH; install the Debian packages ` +
      `${PACKAGES.join(", ")} (as root: apt-get update && ${installHint()}) and run it again`
  );
}

function note() {
  const missing = missingCommands();
  const here =
    missing.length === 0
      ? "soffice and pdftoppm are installed here"
      : `${missing.join(" and ")} missing here: ${installHint()}`;
  return (
    "npm test: the LibreOffice proofs (tests/libreoffice*.test.ts) did not run inside npm test; " +
    `they are the separate step \`npm run test:libreoffice\` (${here}; .ci/run always runs it)`
  );
}

module.exports = { assertLibreOffice, missingCommands, note, PACKAGES };

if (require.main === module) {
  if (process.argv.includes("--note")) {
    console.log(note());
  } else {
    try {
      assertLibreOffice();
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
  }
}
