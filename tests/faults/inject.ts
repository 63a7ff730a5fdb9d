// Fault injection in the Office.js adapter, through Microsoft's Excel client against the Excel double
// (tests/office-client; issue 6, item 4). Each scenario is its own test file (tests/faults/*.test.ts)
// so that jest's workers share the ~1,700 injections. A failure at
// each sync, at each kind of queued operation and at every single operation of the write, plus the
// host's own refusals (protected sheet, cell-edit mode, read-only, payload too large). Each time: no
// user cell changed, one clear host-error finding from the refresh use-case, and the next refresh
// writes exactly the summary (and settings sheet) a fault-free refresh writes.
import { refresh } from "../../src/app/use-cases";
import type { HostErrorReason } from "../../src/app/errors";
import type { WorkbookGrid } from "../../src/core/grid";
import { serialFromIso } from "../../src/core/dates";
import type { Lang, Rollup } from "../../src/core/model";
import { SETTINGS_MARK } from "../../src/core/settings";
import { SUMMARY_MARK } from "../../src/core/summary";
import { GENERATED_SHEET_MARKS } from "../../src/core/generated";
import { t, type MessageKey } from "../../src/i18n";
import { OfficeWorkbookHost } from "../../src/office/host";
import { seedGrid, SEED_REPORT_ISO } from "../../samples/source";
import {
  createDouble,
  fingerprint,
  workbookFromGrid,
  type ExcelDouble,
  type Faults,
  type HostOptions,
  type OpKind,
  type SheetState,
  type WorkbookState,
} from "../../src/testing/excel-double";
import { seedWithTasks } from "../helpers/grid";
import { clientEnv } from "../office-client/harness";

const TODAY = serialFromIso(SEED_REPORT_ISO) as number;
let injected = 0;

interface Scenario {
  name: string;
  grid: () => WorkbookGrid;
  options?: HostOptions;
  /** Refreshes run (fault-free) before the faulty one. */
  primed: number;
}

function withoutSettings(): WorkbookGrid {
  const grid = seedGrid();
  grid.sheets = grid.sheets.filter((s) => s.name !== "Cấu hình");
  grid.sheetNames = grid.sheets.map((s) => s.name);
  return grid;
}

export const SCENARIOS: Scenario[] = [
  { name: "first refresh of the seed sample", grid: seedGrid, primed: 0 },
  { name: "refresh over an earlier summary", grid: seedGrid, primed: 1 },
  { name: "first refresh, settings sheet created too", grid: withoutSettings, primed: 0 },
  {
    name: "Excel on the web, 2,000 tasks read in chunks",
    grid: () => seedWithTasks(2000),
    options: { platform: "OfficeOnline" },
    primed: 0,
  },
];

const run = (host: OfficeWorkbookHost, lang: Lang = "vi") => refresh(host, { lang, today: TODAY });

interface Setup {
  double: ExcelDouble;
  host: OfficeWorkbookHost;
}

/** Each scenario's workbook after its fault-free priming refreshes, computed once. */
const primedStates = new Map<Scenario, Promise<WorkbookState>>();

async function primedState(s: Scenario): Promise<WorkbookState> {
  const double = createDouble(workbookFromGrid(s.grid()), s.options);
  const host = new OfficeWorkbookHost(clientEnv(double));
  for (let i = 0; i < s.primed; i++) await run(host);
  return double.wb;
}

/**
 * A fresh double holding a copy of the primed workbook, and a fresh host over it. Copying the primed
 * state, rather than running the priming refreshes again for each of the injections, is what keeps
 * this suite in minutes; the host keeps no state between refreshes, so the two are equivalent.
 */
async function setup(s: Scenario): Promise<Setup> {
  if (!primedStates.has(s)) primedStates.set(s, primedState(s));
  const state = structuredClone(await primedStates.get(s)!);
  const double = createDouble(state, s.options);
  const host = new OfficeWorkbookHost(clientEnv(double));
  return { double, host };
}

const marked = (double: ExcelDouble, mark: string): SheetState | undefined => {
  const name = double.wb.names.find((n) => n.name === mark);
  return name ? double.wb.sheets.find((x) => x.id === name.sheetId) : undefined;
};

/**
 * Fingerprints of the sheets that exist before the faulty refresh, the add-in's generated sheets
 * (the summary and the report tables, found by their marks) left out.
 */
function userPrints(double: ExcelDouble, names?: string[]): Record<string, string> {
  const own = GENERATED_SHEET_MARKS.map((m) => marked(double, m));
  return Object.fromEntries(
    double.wb.sheets
      .filter((s) => (names ? names.includes(s.name) : !own.includes(s)))
      .map((s) => [s.name, fingerprint(s)])
  );
}

interface Reference {
  summary: string;
  settings: string;
  rollup: Rollup;
  sheetNames: string[];
  /** The faulty refresh's syncs, numbered as the double counts them, with their operations. */
  syncs: { index: number; ops: number; kinds: OpKind[] }[];
}

/** What a fault-free refresh gives in a scenario, and the shape of its syncs. */
async function reference(s: Scenario): Promise<Reference> {
  const { double, host } = await setup(s);
  const from = double.syncCount;
  const result = await run(host);
  expect(result.findings.filter((f) => f.code === "host-error")).toEqual([]);
  return {
    summary: fingerprint(marked(double, SUMMARY_MARK)!),
    settings: fingerprint(
      marked(double, SETTINGS_MARK) ?? double.wb.sheets.find((x) => x.name === "Cấu hình")!
    ),
    rollup: result.rollup,
    sheetNames: double.wb.sheets.map((x) => x.name),
    syncs: double.syncs.slice(from).map((r) => ({
      index: r.index,
      ops: r.ops,
      kinds: Object.keys(r.kinds) as OpKind[],
    })),
  };
}

/**
 * Injects one fault into a scenario's refresh and checks the three promises: user cells unchanged,
 * one host-error finding with the reason's message, and a correct summary on the next refresh.
 */
async function inject(
  s: Scenario,
  ref: Reference,
  fault: { faults?: Faults; protectSummary?: boolean },
  reason: HostErrorReason,
  lang: Lang = "vi"
): Promise<void> {
  injected++;
  const { double, host } = await setup(s);
  const before = userPrints(double);
  const summaryBefore = marked(double, SUMMARY_MARK);
  const summaryPrint = summaryBefore ? fingerprint(summaryBefore) : null;
  if (fault.protectSummary) summaryBefore!.protected = true;
  double.faults = fault.faults ?? {};

  const failed = await run(host, lang);
  const errors = failed.findings.filter((f) => f.code === "host-error");
  expect(errors).toHaveLength(1);
  expect(errors[0].severity).toBe("error");
  expect(errors[0].params).toMatchObject({ reason: t(lang, `host.${reason}` as MessageKey) });
  expect((errors[0].params as { detail: string }).detail).not.toBe("");
  expect(userPrints(double, Object.keys(before))).toEqual(before);
  // A refusal before anything ran leaves the earlier summary exactly as it was.
  if (fault.protectSummary || fault.faults?.cellEditMode || fault.faults?.readOnly)
    expect(summaryBefore ? fingerprint(summaryBefore) : null).toBe(summaryPrint);

  double.faults = {};
  if (summaryBefore) summaryBefore.protected = false;
  const repaired = await run(host, lang);
  expect(repaired.findings.filter((f) => f.code === "host-error")).toEqual([]);
  expect(repaired.rollup).toEqual(ref.rollup);
  expect(fingerprint(marked(double, SUMMARY_MARK)!)).toBe(ref.summary);
  const settings =
    marked(double, SETTINGS_MARK) ?? double.wb.sheets.find((x) => x.name === "Cấu hình");
  expect(fingerprint(settings!)).toBe(ref.settings);
  expect(double.wb.sheets.map((x) => x.name).sort()).toEqual([...ref.sheetNames].sort());
  expect(userPrints(double, Object.keys(before))).toEqual(before);
}

/** Every fault of one scenario, as a describe block of its own file. */
export function describeFaults(index: number): void {
  const s = SCENARIOS[index];
  describe(`faults: ${s.name}`, () => {
    let ref: Reference;
    beforeAll(async () => {
      ref = await reference(s);
    });

    /**
     * On the web a read refused with a GeneralException is read again with fewer rows (it may be a
     * payload too large): there, a read fault stays on for every attempt, so that it shows as a finding.
     */
    const webRead = (sync: { index: number }): boolean =>
      s.options?.platform === "OfficeOnline" && sync !== ref.syncs[ref.syncs.length - 1];

    it("a failure at each sync of the refresh", async () => {
      expect(ref.syncs.length).toBeGreaterThanOrEqual(2);
      for (const sync of ref.syncs) {
        const failSyncs = webRead(sync)
          ? Array.from({ length: 12 }, (_, i) => sync.index + i)
          : [sync.index];
        await inject(s, ref, { faults: { failSyncs } }, "unknown");
      }
    });

    it("a failure at the first operation of each kind the write queues", async () => {
      const write = ref.syncs[ref.syncs.length - 1];
      for (const kind of ["values", "format", "numberFormat", "addChart"] as OpKind[])
        expect(write.kinds).toContain(kind);
      for (const sync of ref.syncs)
        for (const kind of sync.kinds)
          await inject(
            s,
            ref,
            { faults: { failOnKind: webRead(sync) ? { kind } : { kind, sync: sync.index } } },
            "unknown"
          );
    });

    it("a failure at every single operation of the write, the earlier ones applied", async () => {
      const write = ref.syncs[ref.syncs.length - 1];
      // Chunked reads make the web scenario's write the same as the first one's: sample it.
      const step = s.options?.platform === "OfficeOnline" ? Math.ceil(write.ops / 20) : 1;
      // Every index is tried; those that break a promise are reported together, with one symptom.
      const broken: number[] = [];
      let symptom = "";
      for (let index = 1; index <= write.ops; index += step) {
        try {
          await inject(s, ref, { faults: { failAtOp: { sync: write.index, index } } }, "unknown");
        } catch (error) {
          broken.push(index);
          symptom ||=
            String((error as Error).message)
              .split("\n")
              .find((l) => /Received/.test(l)) ?? "";
        }
      }
      expect({
        broken: broken.length
          ? `${broken.length} of ${write.ops} (${broken[0]}…${broken.at(-1)})`
          : "none",
        symptom: symptom.slice(0, 200),
      }).toEqual({
        broken: "none",
        symptom: "",
      });
    });

    it("Excel in cell-edit mode, and a workbook open read-only", async () => {
      await inject(s, ref, { faults: { cellEditMode: true } }, "cell-edit");
      await inject(s, ref, { faults: { readOnly: true } }, "read-only");
    });

    it("a payload too large for the host, on writing values and on reading", async () => {
      const write = ref.syncs[ref.syncs.length - 1].index;
      const code = "RequestPayloadSizeLimitExceeded";
      await inject(
        s,
        ref,
        { faults: { failOnKind: { kind: "values", sync: write, code } } },
        "too-large"
      );
    });

    it("a read too large for the host's cap, read again in row chunks without a finding", async () => {
      injected++;
      const { double, host } = await setup(s);
      const before = userPrints(double);
      double.faults = {
        failOnKind: {
          kind: "load",
          sync: ref.syncs[0].index,
          code: "ResponsePayloadSizeLimitExceeded",
        },
      };
      const result = await run(host);
      expect(result.findings.filter((f) => f.code === "host-error")).toEqual([]);
      expect(double.syncs.some((x) => x.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
      expect(result.rollup).toEqual(ref.rollup);
      expect(fingerprint(marked(double, SUMMARY_MARK)!)).toBe(ref.summary);
      expect(userPrints(double, Object.keys(before))).toEqual(before);
    });

    if (s.primed > 0) {
      it("a protected summary sheet, reported in Vietnamese and in English", async () => {
        await inject(s, ref, { protectSummary: true }, "protected");
        await inject(s, ref, { protectSummary: true }, "protected", "en");
      });
    }
  });
  afterAll(() => {
    console.log(
      `fault injection (${s.name}): ${injected} faults injected, each followed by a repairing refresh`
    );
  });
}

/** Protection on the user's own sheets, which the refresh never writes. */
export function describeUserProtection(): void {
  describe("protection the add-in does not need to lift", () => {
    it("refreshes normally when every input sheet is protected: it never writes them", async () => {
      const double = createDouble(workbookFromGrid(seedGrid()));
      for (const sheet of double.wb.sheets) sheet.protected = true;
      const before = userPrints(double);
      const result = await run(new OfficeWorkbookHost(clientEnv(double)));
      expect(result.findings.filter((f) => f.code === "host-error")).toEqual([]);
      expect(marked(double, SUMMARY_MARK)).toBeDefined();
      expect(userPrints(double, Object.keys(before))).toEqual(before);
    });
  });
}
