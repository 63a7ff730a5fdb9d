// End-to-end tests in real headless Chromium through the preview (npm run test:e2e, after `npm run build`).
// globalSetup builds the preview page; each test file starts its own preview server on a free port.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } }],
  },
  globalSetup: "<rootDir>/tests/e2e/globalSetup.js",
  maxWorkers: 1,
  testTimeout: 120000,
};
