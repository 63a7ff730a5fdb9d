// The use-cases over the Office adapter: the heavy half of the pane (the core's analysis, the adapter's
// reads and writes), in a chunk of its own so that the pane paints before it has loaded (budget: the
// first paint's JavaScript within 1.5× a bare React + Fluent app).
import { applyFix, loadSettings, refresh, saveSettings } from "../app/use-cases";
import { importAppendix } from "../core/import/appendix";
import { readModel } from "../core/read";
import { templateFromImport } from "../core/template";
import type { OfficeEnv } from "../office/env";
import { OfficeWorkbookHost } from "../office/host";
import type { PaneServices } from "./PaneServices.types";

export function servicesOver(env: OfficeEnv, today: () => number): PaneServices {
  const host = new OfficeWorkbookHost(env);
  return {
    refresh: (options) => refresh(host, options),
    readSettings: () => loadSettings(host),
    saveSettings: (settings) => saveSettings(host, settings),
    select: (sheet, cell) => host.select(sheet, cell),
    applyFix: (changes) => applyFix(host, changes),
    // The template and its 58-task sample are needed once per workbook at most: their own chunk.
    createTemplate: async (withSample, lang) => {
      const { createTemplate } = await import(
        /* webpackChunkName: "template" */ "../office/template"
      );
      return createTemplate(env, withSample, lang);
    },
    needsSetup: async () =>
      readModel(await host.read()).findings.some((f) => f.code === "no-input-sheets"),
    // The list's read and the sheets it creates share the template's chunk (needed once per workbook).
    readList: async (sheet) => {
      const { readListSheet } = await import(/* webpackChunkName: "template" */ "../office/import");
      const { grid, sheetNames } = await readListSheet(env, sheet);
      return { sheet: grid.name, sheetNames, imported: importAppendix(grid) };
    },
    createFromList: async (imported, lang) => {
      const { createInputSheets } = await import(
        /* webpackChunkName: "template" */ "../office/template"
      );
      return createInputSheets(env, templateFromImport(imported, lang), lang);
    },
    today,
    missingFeatures: async () => host.missingFeatures,
    merge: {
      review: async (files) => (await import("../office/merge")).reviewMerge(env, files),
      apply: async (review, choices, lang) =>
        (await import("../office/merge")).applyMerge(env, review, choices, {
          lang,
          today: today(),
        }),
    },
    // The bytes come from getFileAsync, the copies from the CLI's builder: both in the share's chunk.
    share: {
      support: async () => (await import("../office/share")).shareSupport(env),
      build: async (by, lang, onProgress) =>
        (await import("../office/share")).shareCopies(
          env,
          { by, lang, today: today() },
          onProgress
        ),
    },
  };
}
