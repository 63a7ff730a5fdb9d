// What the host supports, checked at run time (the manifest declares no requirement set, so that an
// older Excel still shows the commands). The core path needs ExcelApi 1.4; the rest is optional.
import type { OfficeEnv } from "./env";

/** ExcelApi 1.4: getItemOrNullObject, getUsedRangeOrNullObject, names.add — the core path. */
export const CORE_API = "1.4";

/** Optional features and the ExcelApi version each needs. */
const FEATURE_SETS = {
  suspendCalculation: "1.6",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  /** Chart series built one by one (ChartSeriesCollection.add, setValues, setXAxisValues). */
  chartSeries: "1.7",
  tabColor: "1.7",
  dataValidation: "1.8",
  dataLabelFormat: "1.8",
  pageLayout: "1.9",
} as const;

export type Feature = keyof typeof FEATURE_SETS;
export type Features = Record<Feature, boolean>;

export function detectFeatures(env: Pick<OfficeEnv, "isSetSupported">): Features {
  const out = {} as Features;
  for (const f of Object.keys(FEATURE_SETS) as Feature[])
    out[f] = env.isSetSupported("ExcelApi", FEATURE_SETS[f]);
  return out;
}

/** Features whose absence the user cannot see (the write has another way to the same result). */
const SILENT: readonly Feature[] = ["chartSeries"];

/** Features this host lacks, for the pane to name ("conditional formatting is off on this Excel"). */
export function missingFeatures(features: Features): Feature[] {
  return (Object.keys(features) as Feature[]).filter((f) => !features[f] && !SILENT.includes(f));
}
