// Unit, component and integration tests. The end-to-end tests in a real Chromium run from
// jest.e2e.config.js after a production build (npm run test:e2e); the LibreOffice proofs
// (tests/libreoffice*.test.ts) from jest.libreoffice.config.js (npm run test:libreoffice).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/", "/tests/libreoffice[^/]*\\.test\\.ts$"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose ESM-only dependencies break jest.
    "^office-addin-manifest$": "<rootDir>/tests/shims/office-addin-manifest.js",
  },
  testTimeout: 60000,
  // Jest's default (cores - 1) leaves one of CI's two cores to a main process that only waits: both
  // cores run test files, and the slowest suites (fault injection) are split by scenario to share them.
  maxWorkers: "100%",
};
