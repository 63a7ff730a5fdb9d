// Types for the small ExcelJS modules the light grid reader (grid-read.ts) borrows, so workbook names
// and built-in number formats come out exactly as ExcelJS's reader gives them.
declare module "exceljs/lib/utils/col-cache" {
  const colCache: {
    decodeAddress(address: string): { row: number; col: number };
    decodeEx(range: string): unknown;
  };
  export default colCache;
}
declare module "exceljs/lib/doc/defined-names" {
  export default class DefinedNames {
    model: { name: string; ranges: string[] }[];
  }
}
declare module "exceljs/lib/xlsx/defaultnumformats" {
  const formats: Record<number, { f: string } | undefined>;
  export default formats;
}
declare module "exceljs/lib/doc/range" {
  export default class Range {
    constructor(top: number, left: number, bottom: number, right: number, sheetName?: string);
    readonly $shortRange: string;
  }
}
