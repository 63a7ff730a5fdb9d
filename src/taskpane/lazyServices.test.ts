import type { PaneServices } from "./PaneServices.types";
import { lazyServices } from "./lazyServices";

function loaded(calls: string[]): PaneServices {
  const record = async (name: string) => {
    calls.push(name);
  };
  return {
    refresh: async () => {
      throw new Error("not in these tests");
    },
    readSettings: async () => {
      throw new Error("not in these tests");
    },
    saveSettings: () => record("saveSettings"),
    select: (sheet, cell) => record(`select ${sheet}!${cell}`),
    applyFix: async () => ({ applied: [], stale: [] }),
    createTemplate: async (withSample, lang) => {
      await record(`createTemplate ${withSample} ${lang}`);
      return { areas: "Lĩnh vực", tasks: "Nhiệm vụ", settings: "Cấu hình" };
    },
    today: () => 0,
  };
}

describe("use-cases loaded on first use", () => {
  it("loads them once, on the first call, and passes every call through", async () => {
    const calls: string[] = [];
    let loads = 0;
    const services = lazyServices(
      async () => {
        loads += 1;
        return loaded(calls);
      },
      () => 45000
    );
    expect(loads).toBe(0);
    await Promise.all([services.select("Nhiệm vụ", "B7"), services.createTemplate(true, "en")]);
    await services.select("Lĩnh vực", "A3");
    expect(loads).toBe(1);
    expect(calls).toEqual(["select Nhiệm vụ!B7", "createTemplate true en", "select Lĩnh vực!A3"]);
  });

  it("gives today without loading anything", () => {
    let loads = 0;
    const services = lazyServices(
      async () => {
        loads += 1;
        return loaded([]);
      },
      () => 46086
    );
    expect(services.today()).toBe(46086);
    expect(loads).toBe(0);
  });

  it("fails the call whose load failed and loads again on the next call", async () => {
    const calls: string[] = [];
    const outcomes = [new Error("Loading chunk workbook failed"), null];
    let loads = 0;
    const services = lazyServices(
      async () => {
        const outcome = outcomes[loads++];
        if (outcome) throw outcome;
        return loaded(calls);
      },
      () => 0
    );
    await expect(services.select("Nhiệm vụ", "B7")).rejects.toThrow(
      "Loading chunk workbook failed"
    );
    await services.select("Nhiệm vụ", "B7");
    expect(loads).toBe(2);
    expect(calls).toEqual(["select Nhiệm vụ!B7"]);
  });
});
