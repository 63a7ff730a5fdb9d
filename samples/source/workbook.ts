// The sample workbooks as plain data now live in the core (src/core/sample/workbook.ts), so the preview
// can build them without importing samples/; scripts and tests keep reading them from here.
export * from "../../src/core/sample/workbook";
