// The summary's native charts in the package: one drawing part per sheet holding a graphic frame per
// planned chart, each chart its own part. A sheet's previous drawing is replaced, so a rerun never
// duplicates charts.
import type JSZip from "jszip";
import type { WorkbookPlan } from "../core/plan";
import { chartXml, drawingXml, planCellLookup, planFontName, type DrawingAnchor } from "./charts";
import {
  CONTENT_TYPE,
  REL_TYPE,
  nextPartPath,
  nextRelId,
  parseRelationships,
  readText,
  relationshipsXml,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  setOverride,
  sheetParts,
  type Relationship,
} from "./package";
import { insertDrawingElement, removeDrawingElement } from "./sheet-xml";

/** Deletes a drawing part with the charts it holds (and their own sub-parts), returning the new content types. */
export async function deleteDrawing(
  zip: JSZip,
  drawingPath: string,
  contentTypes: string
): Promise<string> {
  let types = contentTypes;
  const rels = parseRelationships((await readText(zip, relsPathOf(drawingPath))) ?? "");
  for (const rel of rels.filter((r) => r.type === REL_TYPE.chart)) {
    const chartPath = resolveTarget(drawingPath, rel.target);
    const chartRels = parseRelationships((await readText(zip, relsPathOf(chartPath))) ?? "");
    for (const sub of chartRels) {
      const subPath = resolveTarget(chartPath, sub.target);
      // Excel's chart style and colour parts live beside the chart; anything else may be shared.
      if (subPath.startsWith("xl/charts/")) {
        zip.remove(subPath);
        types = setOverride(types, subPath, null);
      }
    }
    zip.remove(chartPath);
    zip.remove(relsPathOf(chartPath));
    types = setOverride(types, chartPath, null);
  }
  zip.remove(drawingPath);
  zip.remove(relsPathOf(drawingPath));
  return setOverride(types, drawingPath, null);
}

/** Adds (or replaces) the charts of every summary sheet of the plan; true when the package changed. */
export async function addChartsToZip(zip: JSZip, plan: WorkbookPlan): Promise<boolean> {
  const parts = await sheetParts(zip);
  let contentTypes = (await readText(zip, "[Content_Types].xml")) ?? "";
  let changed = false;
  for (const sheet of plan.sheets) {
    const sheetPath = parts.get(sheet.name);
    if (sheet.role !== "summary" || !sheetPath) continue;
    let sheetXml = (await readText(zip, sheetPath)) ?? "";
    const sheetRelsPath = relsPathOf(sheetPath);
    let sheetRels = parseRelationships((await readText(zip, sheetRelsPath)) ?? "");
    let sheetChanged = false;
    const removed = removeDrawingElement(sheetXml);
    if (removed.relId !== null) {
      const rel = sheetRels.find((r) => r.id === removed.relId);
      if (rel)
        contentTypes = await deleteDrawing(zip, resolveTarget(sheetPath, rel.target), contentTypes);
      sheetRels = sheetRels.filter((r) => r.id !== removed.relId);
      sheetXml = removed.xml;
      sheetChanged = true;
    }
    if (sheet.charts.length > 0) {
      const drawingPath = nextPartPath(zip, "xl/drawings", "drawing");
      const lookup = planCellLookup(sheet.blocks);
      const fontName = planFontName(sheet);
      const anchors: DrawingAnchor[] = [];
      const drawingRels: Relationship[] = [];
      for (const chart of sheet.charts) {
        const chartPath = nextPartPath(zip, "xl/charts", "chart");
        zip.file(chartPath, chartXml(chart, { sheetName: sheet.name, lookup, fontName }));
        contentTypes = setOverride(contentTypes, chartPath, CONTENT_TYPE.chart);
        const chartRelId = `rId${drawingRels.length + 1}`;
        drawingRels.push({
          id: chartRelId,
          type: REL_TYPE.chart,
          target: relativeTarget(drawingPath, chartPath),
        });
        anchors.push({ name: chart.name, from: chart.from, to: chart.to, chartRelId });
      }
      zip.file(drawingPath, drawingXml(anchors));
      zip.file(relsPathOf(drawingPath), relationshipsXml(drawingRels));
      contentTypes = setOverride(contentTypes, drawingPath, CONTENT_TYPE.drawing);
      const drawingRelId = nextRelId(sheetRels);
      sheetRels.push({
        id: drawingRelId,
        type: REL_TYPE.drawing,
        target: relativeTarget(sheetPath, drawingPath),
      });
      sheetXml = insertDrawingElement(sheetXml, drawingRelId);
      sheetChanged = true;
    }
    if (!sheetChanged) continue;
    changed = true;
    zip.file(sheetPath, sheetXml);
    if (sheetRels.length > 0) zip.file(sheetRelsPath, relationshipsXml(sheetRels));
    else zip.remove(sheetRelsPath);
  }
  if (changed) zip.file("[Content_Types].xml", contentTypes);
  return changed;
}
