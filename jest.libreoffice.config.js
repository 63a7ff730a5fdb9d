// The LibreOffice proofs (`npm run test:libreoffice`): every tests/libreoffice*.test.ts, which recalculate
// and print written workbooks in LibreOffice. Outside `npm test` because they need Debian packages; the
// globalSetup fails at once, naming the packages, when soffice or pdftoppm is missing. .ci/run installs
// them and always runs this step.
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: base.testEnvironment,
  transform: base.transform,
  moduleNameMapper: base.moduleNameMapper,
  roots: ["<rootDir>/tests"],
  testMatch: ["<rootDir>/tests/libreoffice*.test.ts"],
  globalSetup: "<rootDir>/tests/helpers/libreoffice-preflight.js",
  testTimeout: 180000,
};
