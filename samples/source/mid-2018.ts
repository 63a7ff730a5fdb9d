// The mid-programme sample (30/06/2018) lives in src/sample/mid-2018.ts; re-exported for scripts and tests.
export * from "../../src/sample/mid-2018";
