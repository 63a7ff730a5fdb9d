// The seed sample (06/11/2020) lives in src/core/sample/seed-2020.ts; re-exported for scripts and tests.
export * from "../../src/core/sample/seed-2020";
