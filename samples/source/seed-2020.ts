// The seed sample (06/11/2020) lives in src/sample/seed-2020.ts; re-exported for scripts and tests.
export * from "../../src/sample/seed-2020";
