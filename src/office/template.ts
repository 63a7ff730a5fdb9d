// "Tạo mẫu": the two input sheets as Excel Tables with the contract's headers, drop-down lists for
// status, kind and area, date and 0-100 % checks, and the settings sheet; optionally filled with the
// seed sample. The lists are plain Excel data validation, so they keep working for offices without
// the add-in. Sheets that already exist are left alone.
import { toA1 } from "../core/a1";
import type { CellValue } from "../core/grid";
import type { Lang } from "../core/model";
import { settingsSheetPlan } from "../core/settings";
import {
  AREA_LIST_NAME,
  AREAS_TABLE,
  templateSheets,
  VALIDATED_ROWS,
  type TemplateSheet,
  type TemplateSpec,
} from "../core/template";
import { CANONICAL_KIND, CANONICAL_STATUS } from "../core/vocab";
import { t } from "../i18n/findings";
import { HostError } from "../app/errors";
import { toHostError } from "./errors";
import type { OfficeEnv } from "./env";
import { CORE_API, detectFeatures } from "./features";
import { lower } from "./address";
import { DESKTOP_READ, readOfficeWorkbook, WEB_READ } from "./read";
import { asText, charsToPoints, queuePlan, type LaterBatches } from "./write";
import { writeOptionsFor } from "./write-bulk";

// The template's sheets, columns, rows and names are data in the core (src/core/template.ts).
export {
  AREA_LIST_NAME,
  AREAS_TABLE,
  TASKS_TABLE,
  templateSheets,
  type TemplateSheet,
} from "../core/template";

function queueTable(sheet: Excel.Worksheet, spec: TemplateSheet): { lastRow: number } {
  const width = spec.columns.length;
  // A table needs a body row; an empty template gets one blank row.
  const body = spec.rows.length > 0 ? spec.rows : [new Array<CellValue>(width).fill("")];
  const lastRow = body.length + 1;
  const lastCol = toA1(1, width - 1).replace(/\d+$/, "");
  const matrix = [
    spec.columns.map((c) => c.header),
    ...body.map((r) => spec.columns.map((_, j) => r[j] ?? "")),
  ].map((row) => row.map((v) => (typeof v === "string" ? asText(v) : v)));
  sheet.getRange(`A1:${lastCol}${lastRow}`).formulas = matrix;
  spec.columns.forEach((c, j) => {
    const letter = toA1(1, j).replace(/\d+$/, "");
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(c.width);
    const bodyRange = sheet.getRange(
      `${letter}2:${letter}${Math.max(lastRow, VALIDATED_ROWS + 1)}`
    );
    if (c.format)
      bodyRange.numberFormat = Array.from(
        { length: Math.max(lastRow, VALIDATED_ROWS + 1) - 1 },
        () => [c.format as string]
      );
    if (c.wrap) sheet.getRange(`${letter}2:${letter}${lastRow}`).format.wrapText = true;
  });
  sheet.getRange(`A1:${lastCol}1`).format.font.bold = true;
  const table = sheet.tables.add(`A1:${lastCol}${lastRow}`, true);
  table.name = spec.table;
  return { lastRow };
}

function queueValidation(
  sheet: Excel.Worksheet,
  column: number,
  rule: Excel.DataValidationRule,
  message: string,
  lang: Lang
): void {
  const letter = toA1(1, column).replace(/\d+$/, "");
  const dv = sheet.getRange(`${letter}2:${letter}${VALIDATED_ROWS + 1}`).dataValidation;
  dv.rule = rule;
  dv.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: t(lang, "template.validation.title"),
    message,
  };
}

/** The names of the input sheets and the settings sheet a creation left in the workbook. */
export interface CreatedSheets {
  areas: string;
  tasks: string;
  settings: string;
}

/** Creates the template in the current workbook: one sync to see what exists, one to write. */
export async function createTemplate(
  env: OfficeEnv,
  withSample: boolean,
  lang: Lang = "vi"
): Promise<CreatedSheets> {
  return createInputSheets(env, templateSheets(withSample, lang), lang);
}

/**
 * Creates the input sheets of a spec (the template, or a list the user imported) and the settings
 * sheet, in that tab order; sheets that already exist are left alone. Resolves with the three names.
 */
export async function createInputSheets(
  env: OfficeEnv,
  spec: TemplateSpec,
  lang: Lang = "vi"
): Promise<CreatedSheets> {
  if (!env.isSetSupported("ExcelApi", CORE_API))
    throw new HostError("not-supported", `ExcelApi ${CORE_API}`);
  if (env.readOnly) throw new HostError("read-only", "Office.context.document.mode");
  const features = detectFeatures(env);
  try {
    return await env.run(async (context) => {
      // The web's payload cap applies to the template's read as to a refresh's.
      const sizes = env.platform === "OfficeOnline" ? WEB_READ : DESKTOP_READ;
      const { grid, state } = await readOfficeWorkbook(context, sizes);
      const present = new Set(state.sheetNames.map(lower));
      const taken = (name: string): boolean =>
        present.has(lower(name)) || grid.sheets.some((s) => lower(s.name) === lower(name));
      const wb = context.workbook;
      const newAreas = !taken(spec.areas.name);
      if (newAreas) queueTable(wb.worksheets.add(spec.areas.name), spec.areas);
      if (!taken(spec.tasks.name)) {
        const sheet = wb.worksheets.add(spec.tasks.name);
        queueTable(sheet, spec.tasks);
        if (features.dataValidation) {
          const col = (header: string): number =>
            spec.tasks.columns.findIndex((c) => c.header === header);
          const headers = spec.tasks.columns.map((c) => c.header);
          const [status, kind, area, due, progress, completedOn] = [6, 3, 1, 5, 7, 8].map((i) =>
            col(headers[i])
          );
          const list = (source: string): Excel.DataValidationRule => ({
            list: { inCellDropDown: true, source },
          });
          queueValidation(
            sheet,
            status,
            list(Object.values(CANONICAL_STATUS).join(",")),
            t(lang, "template.validation.list"),
            lang
          );
          queueValidation(
            sheet,
            kind,
            list(Object.values(CANONICAL_KIND).join(",")),
            t(lang, "template.validation.list"),
            lang
          );
          if (newAreas && !(AREA_LIST_NAME in state.names)) {
            // A name over the table column grows with the table, and Excel lists accept a name.
            wb.names.add(AREA_LIST_NAME, `=${AREAS_TABLE}[${spec.areas.columns[1].header}]`);
            queueValidation(
              sheet,
              area,
              list(`=${AREA_LIST_NAME}`),
              t(lang, "template.validation.list"),
              lang
            );
          }
          const date: Excel.DataValidationRule = {
            date: { formula1: "=DATE(1990,1,1)", operator: "GreaterThanOrEqualTo" },
          };
          queueValidation(sheet, due, date, t(lang, "template.validation.date"), lang);
          queueValidation(sheet, completedOn, date, t(lang, "template.validation.date"), lang);
          queueValidation(
            sheet,
            progress,
            { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
            t(lang, "template.validation.progress"),
            lang
          );
        }
      }
      const settingsPlan = settingsSheetPlan(t, spec.settings, lang);
      let later: LaterBatches = [];
      if (
        !taken(settingsPlan.name) &&
        !grid.sheets.some((s) => lower(s.name) === lower(settingsPlan.name))
      ) {
        later = queuePlan(
          context,
          { sheets: [settingsPlan] },
          state,
          features,
          writeOptionsFor(env.platform)
        );
      }
      await context.sync();
      for (const batch of later) {
        batch();
        // Deliberate: each later batch must reach Excel before the next is built (payload cap, calculation).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      return { areas: spec.areas.name, tasks: spec.tasks.name, settings: settingsPlan.name };
    });
  } catch (error) {
    throw toHostError(error, { readOnly: env.readOnly });
  }
}
