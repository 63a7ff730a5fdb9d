// Property-based fuzzing of the reader and validator (issue 6): whatever the grid, reading never
// throws, every finding points at a real cell, counts add up, and column order does not matter.
import fc from "fast-check";
import { parseA1 } from "../src/core/a1";
import { analyse } from "../src/core/analyse";
import type { CellValue, SheetGrid, WorkbookGrid } from "../src/core/grid";
import { readModel } from "../src/core/read";
import { rollupModel } from "../src/core/rollup";
import { AREA_HEADER, TASK_HEADER } from "./helpers/grid";
import { t as sheetText } from "../src/i18n";

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

const noise: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(""),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 50000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom(
    "#N/A",
    "#REF!",
    "#DIV/0!",
    "=SUM(A1)",
    "- Tổ chức",
    "@SUM(1)",
    "+84 912",
    "31/02/2020",
    "80,5%",
    "\u00A0"
  )
);
const status = fc.constantFrom<CellValue>(
  "Hoàn thành",
  "Đang thực hiện",
  "Chưa thực hiện",
  "Tạm dừng",
  "Done",
  "in progress.",
  "xyz",
  "",
  "Hoàn thành".normalize("NFD")
);
const areaIds = ["TT", "TC", "KT", "DV"];

/** A tasks table that looks like a real one, with noise in every cell class. */
const taskRow: fc.Arbitrary<CellValue[]> = fc
  .tuple(
    fc.oneof(fc.constantFrom("NV1", "NV2", "NV3"), fc.string({ maxLength: 4 }), fc.constant("")),
    fc.oneof(fc.constantFrom(...areaIds, "Công tác tư tưởng", " công tác tư tưởng ", "ZZ"), noise),
    fc.oneof(fc.constant("Nhiệm vụ"), noise),
    fc.oneof(fc.constantFrom("Theo lộ trình", "Thường xuyên", "Roadmap", "", "abc"), noise),
    noise,
    fc.oneof(
      fc.integer({ min: 43000, max: 45000 }),
      fc.constantFrom("06/11/2020", "2020-11-06", ""),
      noise
    ),
    fc.oneof(status, noise),
    fc.oneof(fc.constantFrom(0, 0.5, 1, 80, "80%", 120, -5, ""), noise),
    fc.oneof(fc.integer({ min: 43000, max: 45000 }), noise),
    noise
  )
  .map((t) => [...t]);

const areaRows = fc.array(
  fc
    .tuple(
      fc.oneof(fc.constantFrom(...areaIds), noise),
      fc.oneof(fc.constantFrom("Công tác tư tưởng", "Công tác dân vận"), noise),
      noise,
      fc.oneof(fc.integer({ min: 1, max: 9 }), noise),
      fc.oneof(fc.constantFrom("", "Khối Đảng"), noise)
    )
    .map((t) => [...t]),
  { maxLength: 8 }
);

const grid: fc.Arbitrary<WorkbookGrid> = fc
  .record({
    areas: areaRows,
    tasks: fc.array(taskRow, { maxLength: 30 }),
    titleRows: fc.integer({ min: 0, max: 4 }),
    origin: fc.constantFrom("A1", "B2", "C5"),
    ragged: fc.boolean(),
    randomHeader: fc.boolean(),
    headerNoise: fc.array(fc.string({ maxLength: 8 }), { maxLength: 10 }),
  })
  .map(({ areas, tasks, titleRows, origin, ragged, randomHeader, headerNoise }) => {
    const title: CellValue[][] = Array.from({ length: titleRows }, (_, i) => [
      i === 0 ? "DANH MỤC NHIỆM VỤ" : "",
    ]);
    const header = randomHeader ? headerNoise : TASK_HEADER;
    const taskValues = [...title, header, ...tasks].map((r) =>
      ragged ? r.slice(0, Math.max(1, r.length - 2)) : r
    );
    return {
      sheets: [
        { name: "Lĩnh vực", address: "A1", values: [AREA_HEADER, ...areas] },
        { name: "Nhiệm vụ", address: origin, values: taskValues },
      ],
    };
  });

function insideGrid(sheet: SheetGrid, cell: string): boolean {
  const origin = parseA1(sheet.address);
  const { row, col } = parseA1(cell);
  const width = Math.max(1, ...sheet.values.map((r) => r.length));
  return (
    row >= origin.row &&
    row < origin.row + Math.max(1, sheet.values.length) &&
    col >= origin.col &&
    col < origin.col + width
  );
}

describe("fuzzing the reader and validator", () => {
  it("never throws, and every finding names a sheet and an A1 cell inside its grid", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const { model, findings } = readModel(g);
        for (const f of findings) {
          if (f.code === "missing-sheet") continue; // points at the sheet that should exist
          const sheet = g.sheets.find((s) => s.name === f.sheet);
          expect(sheet).toBeDefined();
          expect(insideGrid(sheet!, f.cell)).toBe(true);
        }
        const rollup = rollupModel(model, 44141, 7);
        for (const c of [...rollup.areas, rollup.total]) {
          expect(c.done + c.inProgress + c.notStarted + c.suspended + c.unknownStatus).toBe(
            c.total
          );
        }
        expect(rollup.total.total + rollup.excludedRows.length).toBe(model.tasks.length);
      }),
      { numRuns: RUNS }
    );
  });

  it("plans a summary for any grid without throwing", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const a = analyse(g, { t: sheetText, today: 44141, lang: "vi" });
        expect(a.plan.sheets[0].role).toBe("summary");
      }),
      { numRuns: Math.ceil(RUNS / 4) }
    );
  });

  it("reads the same whatever the column order", () => {
    fc.assert(
      fc.property(grid, fc.array(fc.nat(), { minLength: 10, maxLength: 10 }), (g, keys) => {
        const order = TASK_HEADER.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
        const tasks = g.sheets[1];
        const permuted: WorkbookGrid = {
          sheets: [
            g.sheets[0],
            { ...tasks, values: tasks.values.map((r) => order.map((i) => r[i] ?? "")) },
          ],
        };
        const strip = (w: WorkbookGrid) => {
          const { model, findings } = readModel(w);
          return {
            tasks: model.tasks.map(
              ({ id, areaId, status, kind, due, progress, completedOn, row }) => ({
                id,
                areaId,
                status,
                kind,
                due,
                progress,
                completedOn,
                row,
              })
            ),
            codes: findings.map((f) => `${f.code}:${f.cell.replace(/[A-Z]+/, "")}`).sort(),
          };
        };
        const padded: WorkbookGrid = {
          sheets: [
            g.sheets[0],
            { ...tasks, values: tasks.values.map((r) => TASK_HEADER.map((_, i) => r[i] ?? "")) },
          ],
        };
        expect(strip(permuted)).toEqual(strip(padded));
      }),
      { numRuns: RUNS }
    );
  });
});
