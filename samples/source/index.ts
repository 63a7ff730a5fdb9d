// The bundled samples: sources of truth for samples/*.xlsx and grids for tests.
export { AREAS, TASKS } from "./programme";
export { AREAS_SHEET, TASKS_SHEET } from "./columns";
export { seedSample, seedGrid, SEED_FILE, SEED_REPORT_ISO } from "./seed-2020";
export { midSample, midGrid, MID_FILE, MID_REPORT_ISO } from "./mid-2018";
export { workbookToGrid, type SampleWorkbook } from "./workbook";
