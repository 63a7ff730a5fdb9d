// The mid-programme sample (30/06/2018) lives in src/core/sample/mid-2018.ts; re-exported for scripts and tests.
export * from "../../src/core/sample/mid-2018";
