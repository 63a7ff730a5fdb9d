// The adapter's small host calls (select a finding's cell, write a confirmed fix) tested against
// office-addin-mock, Microsoft's Office.js mock. The refresh itself needs collections, null objects and
// strict loading, which the mock lacks: it is tested against the typed double (src/testing/excel-double).
import { OfficeMockObject } from "office-addin-mock";
import type { OfficeEnv } from "../src/office/env";
import { OfficeWorkbookHost } from "../src/office/host";

interface Calls {
  sheets: string[];
  ranges: string[];
  activated: number;
  selected: number;
}

function mockEnv(): {
  env: OfficeEnv;
  calls: Calls;
  range: { formulas?: unknown; format: { font: { name?: string } } };
} {
  const calls: Calls = { sheets: [], ranges: [], activated: 0, selected: 0 };
  const range = {
    format: { font: {} as { name?: string } },
    select: () => void calls.selected++,
  } as { formulas?: unknown; format: { font: { name?: string } }; select: () => void };
  const sheet = {
    activate: () => void calls.activated++,
    getRange: (address: string) => {
      calls.ranges.push(address);
      return range;
    },
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem: (name: string) => {
            calls.sheets.push(name);
            return sheet;
          },
        },
      },
    },
    run: async function (
      this: { context: Excel.RequestContext },
      batch: (c: Excel.RequestContext) => Promise<unknown>
    ) {
      return batch(this.context);
    },
  });
  const env: OfficeEnv = {
    run: (batch) => mock.run(batch),
    isSetSupported: () => true,
    platform: "PC",
    readOnly: false,
  };
  return { env, calls, range };
}

describe("the Office adapter's host calls, against office-addin-mock", () => {
  it("selects a finding's cell on its sheet", async () => {
    const { env, calls } = mockEnv();
    await new OfficeWorkbookHost(env).select("Nhiệm vụ", "G5");
    expect(calls).toEqual({ sheets: ["Nhiệm vụ"], ranges: ["G5"], activated: 1, selected: 1 });
  });

  it("writes a confirmed fix as text, never as a formula, with the font it sets", async () => {
    const { env, calls, range } = mockEnv();
    await new OfficeWorkbookHost(env).change([
      {
        sheet: "Nhiệm vụ",
        cell: "C7",
        from: "- Tổ chức hội nghị",
        to: "- Tổ chức hội nghị",
        font: "Times New Roman",
      },
    ]);
    expect(calls.ranges).toEqual(["C7"]);
    expect(range.formulas).toEqual([["'- Tổ chức hội nghị"]]);
    expect(range.format.font.name).toBe("Times New Roman");
  });

  it("refuses to write into a workbook opened read-only", async () => {
    const { env, calls } = mockEnv();
    await expect(
      new OfficeWorkbookHost({ ...env, readOnly: true }).change([
        { sheet: "Nhiệm vụ", cell: "G2", from: "Done", to: "Hoàn thành" },
      ])
    ).rejects.toMatchObject({ reason: "read-only" });
    expect(calls.ranges).toEqual([]);
  });
});
