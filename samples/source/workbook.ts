// The sample workbooks as plain data live in src/sample/workbook.ts, so the preview
// can build them without importing samples/; scripts and tests keep reading them from here.
export * from "../../src/sample/workbook";
