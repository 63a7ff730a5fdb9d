// A small, strict double of the part of the Excel JavaScript API the add-in uses. Like Excel:
// - commands are queued on proxy objects and applied only at context.sync(), in order;
// - reading a property that was not loaded and synced throws (PropertyNotLoaded);
// - getItemOrNullObject & co. give objects whose isNullObject is true when nothing matched;
// - APIs above the host's ExcelApi version are missing (calling them throws ApiNotFound);
// - every sync is counted, with its queued operations and an estimate of the request and response
//   payloads (JSON of what was queued or loaded); Excel on the web refuses payloads above 5 MB.
// Faults can be injected per sync, at the Nth operation or at an operation kind: a failing sync
// applies nothing, a failing operation leaves the earlier ones applied (Excel batches are not
// transactional). Properties mirror @types/office-js through `Pick<Excel.X, ...>` where practical.
// Browser-safe: no node imports (the preview reuses it).
import { type Box, boxAddress, cols, intersect, parseBox, rows, sheetPrefix } from "./a1";
import {
  type Cell,
  type ChartSeriesState,
  type ChartState,
  type NameState,
  type SheetState,
  type TableState,
  type Value,
  type WorkbookState,
  cellAt,
  clearBox,
  deleteSheet,
  enter,
  findSheet,
  forEachCell,
  getCell,
  nameValue,
  newSheet,
  readFormulas,
  readNumberFormats,
  readValues,
  renameSheet,
  resolveReference,
  sameName,
  usedBox,
} from "./workbook";
import { detectSeries } from "./charts";

export type OpKind =
  | "load"
  | "values"
  | "numberFormat"
  | "format"
  | "clear"
  | "merge"
  | "addSheet"
  | "sheet"
  | "deleteSheet"
  | "name"
  | "table"
  | "addChart"
  | "chart"
  | "deleteChart"
  | "conditionalFormat"
  | "dataValidation"
  | "pageLayout"
  | "select"
  | "calc";

const READ_KINDS: ReadonlySet<OpKind> = new Set(["load", "select", "calc"]);

export interface Faults {
  /** 1-based syncs that fail before applying anything. */
  failSyncs?: number[];
  /** Fails at the `index`-th (1-based) operation of sync `sync` (of every sync when absent). */
  failAtOp?: { sync?: number; index: number; code?: string };
  /** Fails at the first operation of this kind (in sync `sync` when given). */
  failOnKind?: { kind: OpKind; sync?: number; code?: string };
  /** Excel rejects every batch while the user edits a cell. */
  cellEditMode?: boolean;
  /** The workbook is open read-only: writes are denied. */
  readOnly?: boolean;
}

export interface SyncRecord {
  index: number;
  ops: number;
  kinds: Partial<Record<OpKind, number>>;
  requestBytes: number;
  responseBytes: number;
  calcSuspended: boolean;
  error?: string;
}

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class DoubleError extends Error {
  override name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: location };
  }
}

const notLoaded = (prop: string): DoubleError =>
  new DoubleError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
const notFound = (what: string): DoubleError =>
  new DoubleError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
const invalid = (what: string): DoubleError =>
  new DoubleError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${what})`
  );

interface Op {
  kind: OpKind;
  bytes: number;
  /** The sheet a write lands on, for protection checks. */
  sheet?: () => SheetState | null;
  run: (stage: Stage) => void;
}

/** Loads are staged and only become visible when the whole sync succeeds. */
interface Stage {
  commits: (() => void)[];
  responseBytes: number;
}

export interface HostOptions {
  /** Highest ExcelApi 1.x the host supports (4 → ExcelApi 1.4). */
  apiMinor?: number;
  platform?: "PC" | "Mac" | "OfficeOnline";
  faults?: Faults;
}

/** The host: the workbook, the requirement sets, Excel.run and the sync log. */
export class ExcelDouble {
  readonly syncs: SyncRecord[] = [];
  apiMinor: number;
  platform: "PC" | "Mac" | "OfficeOnline";
  faults: Faults;
  constructor(
    public wb: WorkbookState,
    options: HostOptions = {}
  ) {
    this.apiMinor = options.apiMinor ?? 17;
    this.platform = options.platform ?? "PC";
    this.faults = options.faults ?? {};
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== "ExcelApi") return false;
    const minor = Number((version ?? "1.1").split(".")[1] ?? 0);
    return minor <= this.apiMinor;
  }

  /** Excel.run: a fresh context per batch; commands still queued when the batch ends are synced. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const ctx = new DoubleContext(this);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending()) await ctx.sync();
    return result;
  }

  get syncCount(): number {
    return this.syncs.length;
  }
}

export class DoubleContext {
  private queue: Op[] = [];
  readonly workbook: WorkbookProxy;
  constructor(readonly host: ExcelDouble) {
    this.workbook = new WorkbookProxy(this);
  }

  get wb(): WorkbookState {
    return this.host.wb;
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  need(minor: number, api: string): void {
    if (this.host.apiMinor < minor) {
      throw new DoubleError(
        "ApiNotFound",
        `${api} needs ExcelApi 1.${minor}; this host has 1.${this.host.apiMinor}.`
      );
    }
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const host = this.host;
    const record: SyncRecord = {
      index: host.syncs.length + 1,
      ops: ops.length,
      kinds: {},
      requestBytes: ops.reduce((n, op) => n + op.bytes, 0),
      responseBytes: 0,
      calcSuspended: false,
    };
    host.syncs.push(record);
    for (const op of ops) record.kinds[op.kind] = (record.kinds[op.kind] ?? 0) + 1;
    const fail = (e: DoubleError): never => {
      record.error = e.code;
      this.wb.calcSuspended = false;
      throw e;
    };
    const f = host.faults;
    if (f.cellEditMode) {
      fail(new DoubleError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
    }
    if (f.failSyncs?.includes(record.index))
      fail(new DoubleError("GeneralException", `Injected failure at sync ${record.index}.`));
    if (host.platform === "OfficeOnline" && record.requestBytes > WEB_PAYLOAD_LIMIT) {
      fail(
        new DoubleError(
          "RequestPayloadSizeLimitExceeded",
          "The request payload size has exceeded the limit."
        )
      );
    }
    const stage: Stage = { commits: [], responseBytes: 0 };
    ops.forEach((op, i) => {
      const at = f.failAtOp;
      if (at && at.index === i + 1 && (at.sync === undefined || at.sync === record.index)) {
        fail(
          new DoubleError(
            at.code ?? "GeneralException",
            `Injected failure at operation ${i + 1} (${op.kind}).`
          )
        );
      }
      const kind = f.failOnKind;
      if (
        kind &&
        kind.kind === op.kind &&
        (kind.sync === undefined || kind.sync === record.index)
      ) {
        fail(
          new DoubleError(
            kind.code ?? "GeneralException",
            `Injected failure at the first ${op.kind}.`
          )
        );
      }
      if (!READ_KINDS.has(op.kind)) {
        if (f.readOnly) fail(new DoubleError("AccessDenied", "The workbook is read-only."));
        const sheet = op.sheet?.();
        if (sheet?.protected) {
          fail(new DoubleError("AccessDenied", `The sheet '${sheet.name}' is protected.`, op.kind));
        }
      }
      try {
        op.run(stage);
      } catch (e) {
        fail(e instanceof DoubleError ? e : new DoubleError("GeneralException", String(e)));
      }
    });
    record.responseBytes = stage.responseBytes;
    record.calcSuspended = this.wb.calcSuspended;
    this.wb.calcSuspended = false;
    if (host.platform === "OfficeOnline" && stage.responseBytes > WEB_PAYLOAD_LIMIT) {
      fail(
        new DoubleError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit."
        )
      );
    }
    for (const c of stage.commits) c();
  }
}

const size = (v: unknown): number => (v === undefined ? 0 : JSON.stringify(v).length);
const OP_OVERHEAD = 64;

type LoadSpec = string | string[] | { select?: string } | undefined;

function parsePaths(spec: LoadSpec): string[][] {
  const text =
    spec === undefined
      ? ""
      : typeof spec === "string"
        ? spec
        : Array.isArray(spec)
          ? spec.join(",")
          : (spec.select ?? "");
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => p.split("/"));
}

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Load paths grouped by their first segment: [["charts","name"],["charts","id"]] → charts: [[name],[id]]. */
function groupByHead(paths: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const [head, ...rest] of paths) {
    const list = out.get(head) ?? [];
    if (rest.length) list.push(rest);
    out.set(head, list);
  }
  return out;
}

/** Base of every proxy: lazy resolution, staged loads, strict reads. */
abstract class Obj<T> {
  protected loaded = new Map<string, unknown>();
  private nulled: boolean | undefined;
  private readonly kids = new Map<string, Obj<unknown>>();
  protected abstract readonly scalars: readonly string[];

  /**
   * Resolves to the model object. Like Excel, an object is found once (on first use) and keeps its
   * identity: getItem("A") then renaming it to "B" still points at the same sheet.
   */
  protected readonly resolve: () => T | null;

  constructor(
    readonly ctx: DoubleContext,
    find: () => T | null
  ) {
    let found: { value: T | null } | null = null;
    this.resolve = () => {
      if (!found) found = { value: find() };
      return found.value;
    };
  }

  get isNullObject(): boolean {
    if (this.nulled === undefined) throw notLoaded("isNullObject");
    return this.nulled;
  }

  load(spec?: LoadSpec): this {
    const paths = parsePaths(spec);
    this.ctx.enqueue({
      kind: "load",
      bytes: OP_OVERHEAD,
      run: (stage) => this.applyLoad(paths, stage),
    });
    return this;
  }

  /** Reads a scalar from the resolved model object. */
  protected abstract readScalar(target: T, prop: string): unknown;

  /** Navigation properties (child objects) by name. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  protected nav(_prop: string): Obj<unknown> | undefined {
    return undefined;
  }

  protected child<C extends Obj<unknown>>(name: string, make: () => C): C {
    let c = this.kids.get(name);
    if (!c) {
      c = make();
      this.kids.set(name, c);
    }
    return c as C;
  }

  applyLoad(paths: string[][], stage: Stage): void {
    const target = this.resolve();
    stage.commits.push(() => (this.nulled = target === null));
    if (target === null) return;
    const wanted = paths.length === 0 ? this.scalars.map((s) => [s]) : paths;
    for (const [head, rests] of groupByHead(wanted)) {
      const nav = this.nav(head);
      if (nav) {
        nav.applyLoad(rests, stage);
        continue;
      }
      if (!this.scalars.includes(head)) throw invalid(`cannot load '${head}'`);
      const value = structuredClone(this.readScalar(target, head));
      stage.responseBytes += size(value) + head.length + 4;
      stage.commits.push(() => this.loaded.set(head, value));
    }
  }

  /**
   * What was loaded, as Excel's response carries it: PascalCase keys, navigation properties nested,
   * null for a null object (the server in server.ts answers the real Office.js client with it).
   */
  wireValue(paths: string[][]): unknown {
    if (this.nulled !== false) return null;
    const wanted = paths.length === 0 ? this.scalars.map((s) => [s]) : paths;
    const out: Record<string, unknown> = {};
    for (const [head, rests] of groupByHead(wanted)) {
      const nav = this.nav(head);
      if (nav) out[pascal(head)] = nav.wireValue(rests);
      else if (this.loaded.has(head)) out[pascal(head)] = this.loaded.get(head);
    }
    return out;
  }

  /** A navigation property by name (format, charts...), for the server's object paths. */
  navigation(prop: string): Obj<unknown> | undefined {
    return this.nav(prop);
  }

  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  protected target(what: string): T {
    const t = this.resolve();
    if (t === null) throw notFound(what);
    return t;
  }

  protected write(
    kind: OpKind,
    payload: unknown,
    sheet: (() => SheetState | null) | undefined,
    run: () => void
  ): void {
    this.ctx.enqueue({ kind, bytes: OP_OVERHEAD + size(payload), sheet, run: () => run() });
  }
}

/** A collection proxy: `items` after load("items/..."). */
abstract class Coll<T, P extends Obj<T>> extends Obj<T[]> {
  protected readonly scalars: readonly string[] = ["count"];
  protected abstract make(item: T): P;
  protected readScalar(target: T[]): unknown {
    return target.length;
  }
  override applyLoad(paths: string[][], stage: Stage): void {
    const list = this.resolve();
    if (list === null) return;
    // "items/name" (as the add-in writes it) and "name" (as the Office.js client sends it) alike.
    const other = paths.filter((p) => this.scalars.includes(p[0]));
    const itemPaths = paths
      .filter((p) => !this.scalars.includes(p[0]))
      .map((p) => (p[0] === "items" ? p.slice(1) : p));
    if (paths.length === 0 || itemPaths.length > 0) {
      const items = list.map((t) => this.make(t));
      for (const item of items)
        item.applyLoad(
          itemPaths.filter((p) => p.length > 0),
          stage
        );
      stage.commits.push(() => this.loaded.set("items", items));
    }
    if (other.length) super.applyLoad(other, stage);
  }
  override wireValue(paths: string[][]): unknown {
    const out: Record<string, unknown> = {};
    const itemPaths = paths
      .filter((p) => !this.scalars.includes(p[0]))
      .map((p) => (p[0] === "items" ? p.slice(1) : p))
      .filter((p) => p.length > 0);
    const items = this.loaded.get("items") as P[] | undefined;
    if (items) out._Items = items.map((item) => item.wireValue(itemPaths));
    if (this.loaded.has("count")) out.Count = this.loaded.get("count");
    return out;
  }
  /** The item at an index, as the Office.js client addresses items of a loaded collection. */
  getItemAt(index: number): P {
    return this.make((this.resolve() ?? [])[index]);
  }
  get items(): P[] {
    return this.get<P[]>("items");
  }
  get count(): number {
    return this.get<number>("count");
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, worksheets, names

export class WorkbookProxy extends Obj<WorkbookState> {
  protected readonly scalars = ["name"] as const;
  constructor(ctx: DoubleContext) {
    super(ctx, () => ctx.wb);
  }
  protected readScalar(): unknown {
    return "Book1.xlsx";
  }
  protected override nav(prop: string): Obj<unknown> | undefined {
    return (
      { worksheets: this.worksheets, names: this.names, tables: this.tables } as Record<
        string,
        Obj<unknown>
      >
    )[prop];
  }
  get worksheets(): WorksheetCollectionProxy {
    return this.child("worksheets", () => new WorksheetCollectionProxy(this.ctx));
  }
  get names(): NamedItemCollectionProxy {
    return this.child("names", () => new NamedItemCollectionProxy(this.ctx));
  }
  get tables(): TableCollectionProxy {
    return this.child("tables", () => new TableCollectionProxy(this.ctx, () => null));
  }
  get application(): ApplicationProxy {
    return this.child("application", () => new ApplicationProxy(this.ctx));
  }
}

export class ApplicationProxy extends Obj<WorkbookState> {
  protected readonly scalars = ["calculationMode"] as const;
  constructor(ctx: DoubleContext) {
    super(ctx, () => ctx.wb);
  }
  protected readScalar(): unknown {
    return "Automatic";
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.need(6, "Application.suspendApiCalculationUntilNextSync");
    this.ctx.enqueue({
      kind: "calc",
      bytes: OP_OVERHEAD,
      run: () => (this.ctx.wb.calcSuspended = true),
    });
  }
}

export class WorksheetCollectionProxy extends Coll<SheetState, WorksheetProxy> {
  constructor(ctx: DoubleContext) {
    super(ctx, () => ctx.wb.sheets);
  }
  protected make(s: SheetState): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => (this.ctx.wb.sheets.includes(s) ? s : null));
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = findSheet(this.ctx.wb, key);
      if (!s) throw notFound(`worksheet '${key}'`);
      return s;
    });
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    this.ctx.need(4, "WorksheetCollection.getItemOrNullObject");
    return new WorksheetProxy(this.ctx, () => findSheet(this.ctx.wb, key) ?? null);
  }
  /** The sheet the user is on (the first when none was activated), as Excel's ExcelApi 1.1 gives it. */
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const wb = this.ctx.wb;
      return (wb.activeSheet ? findSheet(wb, wb.activeSheet) : undefined) ?? wb.sheets[0] ?? null;
    });
  }
  add(name?: string): WorksheetProxy {
    let created: SheetState | null = null;
    const wb = this.ctx.wb;
    this.ctx.enqueue({
      kind: "addSheet",
      bytes: OP_OVERHEAD + size(name),
      run: () => {
        const n = name ?? `Sheet${wb.sheets.length + 1}`;
        if (findSheet(wb, n))
          throw new DoubleError("ItemAlreadyExists", `A sheet named '${n}' already exists.`);
        created = newSheet(wb, n);
        wb.sheets.push(created);
      },
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw notFound("worksheet being added");
      return created;
    });
  }
}

export class WorksheetProxy
  extends Obj<SheetState>
  implements Pick<Excel.Worksheet, "name" | "position" | "id" | "tabColor">
{
  protected readonly scalars = ["name", "position", "id", "tabColor", "visibility"] as const;
  protected readScalar(s: SheetState, prop: string): unknown {
    switch (prop) {
      case "name":
        return s.name;
      case "position":
        return this.ctx.wb.sheets.indexOf(s);
      case "id":
        return s.id;
      case "tabColor":
        return s.tabColor;
      default:
        return "Visible";
    }
  }
  protected override nav(prop: string): Obj<unknown> | undefined {
    const map: Record<string, () => Obj<unknown>> = {
      protection: () => this.protection,
      charts: () => this.charts,
      tables: () => this.tables,
    };
    return map[prop]?.();
  }
  private sheetFn = (): SheetState | null => this.resolve();

  get name(): string {
    return this.get("name");
  }
  set name(to: string) {
    this.write("sheet", to, undefined, () => {
      const s = this.target("worksheet");
      const clash = findSheet(this.ctx.wb, to);
      if (clash && clash !== s)
        throw new DoubleError("ItemAlreadyExists", `A sheet named '${to}' already exists.`);
      if (!/^[^:\\/?*[\]]{1,31}$/.test(to) || /^'|'$/.test(to)) throw invalid(`sheet name '${to}'`);
      renameSheet(this.ctx.wb, s, to);
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(p: number) {
    this.write("sheet", p, undefined, () => {
      const s = this.target("worksheet");
      const list = this.ctx.wb.sheets.filter((x) => x !== s);
      list.splice(Math.max(0, Math.min(p, list.length)), 0, s);
      this.ctx.wb.sheets = list;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(color: string) {
    this.ctx.need(7, "Worksheet.tabColor");
    this.write("sheet", color, this.sheetFn, () => (this.target("worksheet").tabColor = color));
  }
  get protection(): WorksheetProtectionProxy {
    this.ctx.need(2, "Worksheet.protection");
    return this.child("protection", () => new WorksheetProtectionProxy(this.ctx, this.resolve));
  }
  get freezePanes(): FreezePanesProxy {
    this.ctx.need(7, "Worksheet.freezePanes");
    return this.child("freezePanes", () => new FreezePanesProxy(this.ctx, this.resolve));
  }
  get charts(): ChartCollectionProxy {
    return this.child("charts", () => new ChartCollectionProxy(this.ctx, this.resolve));
  }
  get tables(): TableCollectionProxy {
    return this.child("tables", () => new TableCollectionProxy(this.ctx, this.resolve));
  }
  get pageLayout(): unknown {
    this.ctx.need(9, "Worksheet.pageLayout");
    return recorder(this.ctx, "pageLayout", this.sheetFn, (path, value) => {
      this.target("worksheet").pageLayout[path] = value;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.resolve();
      if (!s) return null;
      return {
        sheet: s,
        box: address ? parseBox(address) : { r0: 0, c0: 0, r1: 1048575, c1: 16383 },
      };
    });
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.target("worksheet");
      return { sheet: s, box: usedBox(s, !!valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this.ctx.need(4, "Worksheet.getUsedRangeOrNullObject");
    return new RangeProxy(this.ctx, () => {
      const s = this.resolve();
      const box = s ? usedBox(s, !!valuesOnly) : null;
      return s && box ? { sheet: s, box } : null;
    });
  }
  delete(): void {
    this.write("deleteSheet", null, this.sheetFn, () =>
      deleteSheet(this.ctx.wb, this.target("worksheet"))
    );
  }
  activate(): void {
    this.ctx.enqueue({
      kind: "select",
      bytes: OP_OVERHEAD,
      run: () => (this.ctx.wb.activeSheet = this.target("worksheet").name),
    });
  }
}

export class WorksheetProtectionProxy
  extends Obj<SheetState>
  implements Pick<Excel.WorksheetProtection, "protected">
{
  protected readonly scalars = ["protected"] as const;
  protected readScalar(s: SheetState): unknown {
    return s.protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FreezePanesProxy extends Obj<SheetState> {
  protected readonly scalars = [] as const;
  protected readScalar(): unknown {
    return undefined;
  }
  private set(rows: number, columns: number, keep: boolean): void {
    const sheet = (): SheetState | null => this.resolve();
    this.write("sheet", [rows, columns], sheet, () => {
      const s = this.target("worksheet");
      const prev = s.freeze ?? { rows: 0, columns: 0 };
      s.freeze = keep
        ? { rows: rows || prev.rows, columns: columns || prev.columns }
        : { rows, columns };
    });
  }
  freezeRows(count?: number): void {
    this.set(count ?? 1, 0, true);
  }
  freezeColumns(count?: number): void {
    this.set(0, count ?? 1, true);
  }
  freezeAt(frozen: RangeProxy | string): void {
    this.write(
      "sheet",
      typeof frozen === "string" ? frozen : null,
      () => this.resolve(),
      () => {
        const box = typeof frozen === "string" ? parseBox(frozen) : frozen.resolved().box;
        this.target("worksheet").freeze = { rows: box.r1 + 1, columns: box.c1 + 1 };
      }
    );
  }
  unfreeze(): void {
    this.write(
      "sheet",
      null,
      () => this.resolve(),
      () => (this.target("worksheet").freeze = null)
    );
  }
}

export class NamedItemCollectionProxy extends Coll<NameState, NamedItemProxy> {
  constructor(ctx: DoubleContext) {
    super(ctx, () => ctx.wb.names);
  }
  protected make(n: NameState): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => (this.ctx.wb.names.includes(n) ? n : null));
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => {
      const n = this.ctx.wb.names.find((x) => sameName(x.name, name));
      if (!n) throw notFound(`name '${name}'`);
      return n;
    });
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    this.ctx.need(4, "NamedItemCollection.getItemOrNullObject");
    return new NamedItemProxy(
      this.ctx,
      () => this.ctx.wb.names.find((n) => sameName(n.name, name)) ?? null
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- Excel's signature; the comment is not modelled
  add(name: string, reference: RangeProxy | string, _comment?: string): NamedItemProxy {
    this.ctx.need(4, "NamedItemCollection.add");
    const wb = this.ctx.wb;
    this.ctx.enqueue({
      kind: "name",
      bytes: OP_OVERHEAD + size(name) + size(typeof reference === "string" ? reference : ""),
      run: () => {
        if (wb.names.some((n) => sameName(n.name, name))) {
          throw new DoubleError("ItemAlreadyExists", `The name '${name}' already exists.`);
        }
        if (typeof reference === "string") {
          const hit = /^=?('[^']+'|[^!]+)![$A-Z0-9:]+$/i.test(reference)
            ? resolveReference(wb, reference)
            : null;
          wb.names.push(
            hit
              ? { name, sheetId: hit.sheet.id, address: boxAddress(hit.box) }
              : {
                  name,
                  sheetId: null,
                  address: "",
                  formula: reference.startsWith("=") ? reference : `=${reference}`,
                }
          );
        } else {
          const r = reference.resolved();
          wb.names.push({ name, sheetId: r.sheet.id, address: boxAddress(r.box) });
        }
      },
    });
    return new NamedItemProxy(this.ctx, () => wb.names.find((n) => sameName(n.name, name)) ?? null);
  }
}

export class NamedItemProxy
  extends Obj<NameState>
  implements Pick<Excel.NamedItem, "name" | "value" | "visible">
{
  protected readonly scalars = ["name", "type", "value", "visible", "formula"] as const;
  protected readScalar(n: NameState, prop: string): unknown {
    switch (prop) {
      case "name":
        return n.name;
      case "type":
        return n.sheetId === null ? (n.formula?.includes("#REF!") ? "Error" : "String") : "Range";
      case "formula":
        this.ctx.need(7, "NamedItem.formula");
        return n.sheetId === null ? n.formula : `=${nameValue(this.ctx.wb, n)}`;
      case "visible":
        return true;
      default:
        return nameValue(this.ctx.wb, n);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get value(): string {
    return this.get("value");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  get type(): string {
    return this.get("type");
  }
  /** The range a name refers to; a null object for a formula name or a name whose sheet is gone. */
  getRangeOrNullObject(): RangeProxy {
    this.ctx.need(4, "NamedItem.getRangeOrNullObject");
    return new RangeProxy(this.ctx, () => {
      const n = this.resolve();
      const sheet = n ? this.ctx.wb.sheets.find((s) => s.id === n.sheetId) : undefined;
      return n && sheet ? { sheet, box: parseBox(n.address) } : null;
    });
  }
  delete(): void {
    this.ctx.need(4, "NamedItem.delete");
    this.write("name", null, undefined, () => {
      const n = this.target("name");
      this.ctx.wb.names = this.ctx.wb.names.filter((x) => x !== n);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges and their formats

export interface RangeRef {
  sheet: SheetState;
  box: Box;
}

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
];

export class RangeProxy
  extends Obj<RangeRef>
  implements
    Pick<
      Excel.Range,
      "values" | "formulas" | "numberFormat" | "address" | "rowCount" | "columnCount"
    >
{
  protected readonly scalars = [
    "values",
    "formulas",
    "numberFormat",
    "address",
    "rowCount",
    "columnCount",
    "text",
  ] as const;
  protected readScalar(r: RangeRef, prop: string): unknown {
    switch (prop) {
      case "values":
        return readValues(r.sheet, r.box);
      case "formulas":
        return readFormulas(r.sheet, r.box);
      case "numberFormat":
        return readNumberFormats(r.sheet, r.box);
      case "text":
        return readValues(r.sheet, r.box).map((row) => row.map(String));
      case "address":
        return sheetPrefix(r.sheet.name) + boxAddress(r.box);
      case "rowCount":
        return rows(r.box);
      default:
        return cols(r.box);
    }
  }
  protected override nav(prop: string): Obj<unknown> | undefined {
    return prop === "format" ? this.format : prop === "worksheet" ? this.worksheet : undefined;
  }
  /** For the double's own use (names.add, charts.add): the range now, or ItemNotFound. */
  resolved(): RangeRef {
    return this.target("range");
  }
  private sheetFn = (): SheetState | null => this.resolve()?.sheet ?? null;

  get values(): Value[][] {
    return this.get("values");
  }
  set values(v: Value[][]) {
    this.setCells("values", v, (cell, x) => enter(cell, x));
  }
  get formulas(): Value[][] {
    return this.get("formulas");
  }
  set formulas(v: Value[][]) {
    this.setCells("values", v, (cell, x) => enter(cell, x));
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.setCells("numberFormat", v, (cell, x) => (cell.numberFormat = String(x)));
  }
  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get text(): string[][] {
    return this.get("text");
  }

  /**
   * Microsoft's client calls this before it splits a values/formulas/numberFormat write of more than
   * 1,500 cells into row chunks (setRangePropertiesInBulk). The range may sit on a sheet added in the
   * same batch, which the double resolves only when the chunks are written; each chunk's own write
   * checks its dimensions, so an array that does not fit still fails there.
   */
  _ValidateArraySize(): null {
    return null;
  }

  private setCells(kind: OpKind, v: unknown[][], set: (cell: Cell, x: unknown) => void): void {
    this.write(kind, v, this.sheetFn, () => {
      const r = this.target("range");
      if (
        !Array.isArray(v) ||
        v.length !== rows(r.box) ||
        v.some((row) => !Array.isArray(row) || row.length !== cols(r.box))
      ) {
        throw invalid(`${kind}: the dimensions do not match the range ${boxAddress(r.box)}`);
      }
      forEachCell(r.box, (row, col, i, j) => set(cellAt(r.sheet, row, col), v[i][j]));
    });
  }

  get format(): RangeFormatProxy {
    return this.child("format", () => new RangeFormatProxy(this.ctx, this.resolve));
  }
  get worksheet(): WorksheetProxy {
    return this.child(
      "worksheet",
      () => new WorksheetProxy(this.ctx, () => this.resolve()?.sheet ?? null)
    );
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.ctx.need(6, "Range.conditionalFormats");
    return this.child(
      "conditionalFormats",
      () => new ConditionalFormatCollectionProxy(this.ctx, this.resolve)
    );
  }
  get dataValidation(): unknown {
    this.ctx.need(8, "Range.dataValidation");
    return recorder(this.ctx, "dataValidation", this.sheetFn, (path, value) => {
      const r = this.target("range");
      const address = boxAddress(r.box);
      if (path === "clear") {
        r.sheet.validations = r.sheet.validations.filter((v) => v.range !== address);
        return;
      }
      let v = r.sheet.validations.find((x) => x.range === address);
      if (!v) {
        v = { range: address, rule: {} };
        r.sheet.validations.push(v);
      }
      v.rule[path] = value;
    });
  }
  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const r = this.resolve();
      if (!r) return null;
      const at = {
        r0: r.box.r0 + row,
        c0: r.box.c0 + column,
        r1: r.box.r0 + row,
        c1: r.box.c0 + column,
      };
      return { sheet: r.sheet, box: at };
    });
  }
  /** One row of the range (the client's bulk writes address their chunks by row). */
  getRow(row: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const r = this.resolve();
      if (!r) return null;
      return { sheet: r.sheet, box: { ...r.box, r0: r.box.r0 + row, r1: r.box.r0 + row } };
    });
  }
  /** The smallest range holding this one and `other` (the client's bulk-write chunks). */
  getBoundingRect(other: string | RangeProxy): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const r = this.resolve();
      if (!r) return null;
      const b = typeof other === "string" ? parseBox(other) : other.resolved().box;
      const box = {
        r0: Math.min(r.box.r0, b.r0),
        c0: Math.min(r.box.c0, b.c0),
        r1: Math.max(r.box.r1, b.r1),
        c1: Math.max(r.box.c1, b.c1),
      };
      return { sheet: r.sheet, box };
    });
  }
  getIntersectionOrNullObject(other: string | RangeProxy): RangeProxy {
    this.ctx.need(4, "Range.getIntersectionOrNullObject");
    return new RangeProxy(this.ctx, () => {
      const r = this.resolve();
      if (!r) return null;
      const box = typeof other === "string" ? parseBox(other) : other.resolved().box;
      const hit = intersect(r.box, box);
      return hit ? { sheet: r.sheet, box: hit } : null;
    });
  }
  clear(applyTo?: string): void {
    const what = (applyTo ?? "All") as "All" | "Contents" | "Formats";
    this.write("clear", what, this.sheetFn, () => {
      const r = this.target("range");
      clearBox(r.sheet, r.box, what);
      if (what !== "Contents") {
        r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter(
          (cf) => !intersect(parseBox(cf.range), r.box)
        );
      }
    });
  }
  merge(across?: boolean): void {
    this.ctx.need(2, "Range.merge");
    this.write("merge", across ?? false, this.sheetFn, () => {
      const r = this.target("range");
      if (r.sheet.merges.some((m) => intersect(parseBox(m), r.box))) {
        throw new DoubleError(
          "MergedRangeConflict",
          `Cannot merge ${boxAddress(r.box)} over an existing merge.`
        );
      }
      r.sheet.merges.push(boxAddress(r.box));
    });
  }
  unmerge(): void {
    this.ctx.need(2, "Range.unmerge");
    this.write("merge", null, this.sheetFn, () => {
      const r = this.target("range");
      r.sheet.merges = r.sheet.merges.filter((m) => !intersect(parseBox(m), r.box));
    });
  }
  select(): void {
    this.ctx.enqueue({
      kind: "select",
      bytes: OP_OVERHEAD,
      run: () => {
        const r = this.target("range");
        this.ctx.wb.selection = { sheet: r.sheet.name, address: boxAddress(r.box) };
        this.ctx.wb.activeSheet = r.sheet.name;
      },
    });
  }
}

type FormatTarget = RangeRef;

function eachCell(r: RangeRef, fn: (cell: Cell, row: number, col: number) => void): void {
  forEachCell(r.box, (row, col) => fn(cellAt(r.sheet, row, col), row, col));
}

export class RangeFormatProxy
  extends Obj<FormatTarget>
  implements
    Pick<
      Excel.RangeFormat,
      "horizontalAlignment" | "verticalAlignment" | "wrapText" | "columnWidth" | "rowHeight"
    >
{
  protected readonly scalars = [
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
    "columnWidth",
    "rowHeight",
  ] as const;
  protected readScalar(r: FormatTarget, prop: string): unknown {
    const first = getCell(r.sheet, r.box.r0, r.box.c0)?.format ?? {};
    switch (prop) {
      case "horizontalAlignment":
        return first.horizontal ?? "General";
      case "verticalAlignment":
        return first.vertical ?? "Bottom";
      case "wrapText":
        return first.wrap ?? false;
      case "columnWidth":
        return r.sheet.columnWidths.get(r.box.c0) ?? 48;
      default:
        return r.sheet.rowHeights.get(r.box.r0) ?? 15;
    }
  }
  protected override nav(prop: string): Obj<unknown> | undefined {
    return prop === "font" ? this.font : prop === "fill" ? this.fill : undefined;
  }
  private sheetFn = (): SheetState | null => this.resolve()?.sheet ?? null;
  private cells(payload: unknown, fn: (cell: Cell) => void): void {
    this.write("format", payload, this.sheetFn, () => eachCell(this.target("range"), fn));
  }
  get horizontalAlignment():
    | Excel.HorizontalAlignment
    | "General"
    | "Left"
    | "Center"
    | "Right"
    | "Fill"
    | "Justify"
    | "CenterAcrossSelection"
    | "Distributed" {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(
    v:
      | Excel.HorizontalAlignment
      | "General"
      | "Left"
      | "Center"
      | "Right"
      | "Fill"
      | "Justify"
      | "CenterAcrossSelection"
      | "Distributed"
  ) {
    this.cells(v, (c) => (c.format.horizontal = v));
  }
  get verticalAlignment():
    Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed" {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(
    v: Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed"
  ) {
    this.cells(v, (c) => (c.format.vertical = v));
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.cells(v, (c) => (c.format.wrap = v));
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(v: number) {
    this.ctx.need(2, "RangeFormat.columnWidth");
    this.write("format", v, this.sheetFn, () => {
      const r = this.target("range");
      for (let c = r.box.c0; c <= r.box.c1; c++) r.sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(v: number) {
    this.ctx.need(2, "RangeFormat.rowHeight");
    this.write("format", v, this.sheetFn, () => {
      const r = this.target("range");
      for (let row = r.box.r0; row <= r.box.r1; row++) r.sheet.rowHeights.set(row, v);
    });
  }
  get font(): RangeFontProxy {
    return this.child("font", () => new RangeFontProxy(this.ctx, this.resolve));
  }
  get fill(): RangeFillProxy {
    return this.child("fill", () => new RangeFillProxy(this.ctx, this.resolve));
  }
  get borders(): RangeBorderCollectionProxy {
    return this.child("borders", () => new RangeBorderCollectionProxy(this.ctx, this.resolve));
  }
}

export class RangeFontProxy
  extends Obj<FormatTarget>
  implements Pick<Excel.RangeFont, "name" | "size" | "bold" | "italic" | "color">
{
  protected readonly scalars = ["name", "size", "bold", "italic", "underline", "color"] as const;
  protected readScalar(r: FormatTarget, prop: string): unknown {
    // Like Excel, a range whose cells have different font names reports null.
    if (prop === "name") {
      let name: string | null | undefined;
      forEachCell(r.box, (row, col) => {
        const here = getCell(r.sheet, row, col)?.format.fontName ?? "Calibri";
        name = name === undefined || name === here ? here : null;
      });
      return name ?? "Calibri";
    }
    const f = getCell(r.sheet, r.box.r0, r.box.c0)?.format ?? {};
    const map: Record<string, unknown> = {
      name: f.fontName ?? "Calibri",
      size: f.fontSize ?? 11,
      bold: f.bold ?? false,
      italic: f.italic ?? false,
      underline: f.underline ?? "None",
      color: f.fontColor ?? "#000000",
    };
    return map[prop];
  }
  private cells(payload: unknown, fn: (cell: Cell) => void): void {
    this.write(
      "format",
      payload,
      () => this.resolve()?.sheet ?? null,
      () => eachCell(this.target("range"), fn)
    );
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.cells(v, (c) => (c.format.fontName = v));
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.cells(v, (c) => (c.format.fontSize = v));
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.cells(v, (c) => (c.format.bold = v));
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.cells(v, (c) => (c.format.italic = v));
  }
  get underline(): string {
    return this.get("underline");
  }
  set underline(v: string) {
    this.cells(v, (c) => (c.format.underline = v));
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.cells(v, (c) => (c.format.fontColor = v));
  }
}

export class RangeFillProxy extends Obj<FormatTarget> implements Pick<Excel.RangeFill, "color"> {
  protected readonly scalars = ["color"] as const;
  protected readScalar(r: FormatTarget): unknown {
    return getCell(r.sheet, r.box.r0, r.box.c0)?.format.fill ?? "#FFFFFF";
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.write(
      "format",
      v,
      () => this.resolve()?.sheet ?? null,
      () => eachCell(this.target("range"), (c) => (c.format.fill = v))
    );
  }
  clear(): void {
    this.write(
      "format",
      null,
      () => this.resolve()?.sheet ?? null,
      () => eachCell(this.target("range"), (c) => delete c.format.fill)
    );
  }
}

export class RangeBorderCollectionProxy extends Obj<FormatTarget> {
  protected readonly scalars = [] as const;
  protected readScalar(): unknown {
    return undefined;
  }
  getItem(index: string): RangeBorderProxy {
    if (!BORDER_INDEXES.includes(index)) throw invalid(`border ${index}`);
    return new RangeBorderProxy(this.ctx, this.resolve, index);
  }
}

export class RangeBorderProxy extends Obj<FormatTarget> {
  protected readonly scalars = ["style", "weight", "color"] as const;
  constructor(
    ctx: DoubleContext,
    resolve: () => FormatTarget | null,
    private readonly index: string
  ) {
    super(ctx, resolve);
  }
  protected readScalar(r: FormatTarget, prop: string): unknown {
    const b = getCell(r.sheet, r.box.r0, r.box.c0)?.format.borders?.[this.index];
    return prop === "style"
      ? (b?.style ?? "None")
      : prop === "weight"
        ? (b?.weight ?? "Thin")
        : "#000000";
  }
  private apply(field: "style" | "weight", v: string): void {
    this.write(
      "format",
      v,
      () => this.resolve()?.sheet ?? null,
      () => {
        const r = this.target("range");
        const box = r.box;
        eachCell(r, (cell, row, col) => {
          const on =
            this.index === "EdgeTop"
              ? row === box.r0
              : this.index === "EdgeBottom"
                ? row === box.r1
                : this.index === "EdgeLeft"
                  ? col === box.c0
                  : this.index === "EdgeRight"
                    ? col === box.c1
                    : this.index === "InsideHorizontal"
                      ? row > box.r0
                      : col > box.c0;
          if (!on) return;
          cell.format.borders ??= {};
          const b = (cell.format.borders[this.index] ??= { style: "Continuous", weight: "Thin" });
          b[field] = v;
        });
      }
    );
  }
  set style(v: string) {
    this.apply("style", v);
  }
  get style(): string {
    return this.get("style");
  }
  set weight(v: string) {
    this.apply("weight", v);
  }
  get weight(): string {
    return this.get("weight");
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

export class TableCollectionProxy extends Coll<TableState, TableProxy> {
  constructor(
    ctx: DoubleContext,
    private readonly sheet: () => SheetState | null
  ) {
    super(ctx, () => {
      if (sheet === undefined) return null;
      const scoped = sheet();
      return scoped ? scoped.tables : ctx.wb.sheets.flatMap((s) => s.tables);
    });
  }
  protected make(t: TableState): TableProxy {
    return new TableProxy(this.ctx, () => t);
  }
  private owner(t: TableState): SheetState | undefined {
    return this.ctx.wb.sheets.find((s) => s.tables.includes(t));
  }
  getItemOrNullObject(name: string): TableProxy {
    this.ctx.need(4, "TableCollection.getItemOrNullObject");
    return new TableProxy(
      this.ctx,
      () => this.ctx.wb.sheets.flatMap((s) => s.tables).find((t) => sameName(t.name, name)) ?? null
    );
  }
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: TableState | null = null;
    this.ctx.enqueue({
      kind: "table",
      bytes: OP_OVERHEAD + size(typeof address === "string" ? address : ""),
      sheet: () =>
        typeof address === "string"
          ? (resolveReference(this.ctx.wb, address, this.sheet() ?? undefined)?.sheet ?? null)
          : address.resolved().sheet,
      run: () => {
        const ref =
          typeof address === "string"
            ? resolveReference(this.ctx.wb, address, this.sheet() ?? undefined)
            : address.resolved();
        if (!ref) throw invalid(`table range ${String(address)}`);
        const all = this.ctx.wb.sheets.flatMap((s) => s.tables);
        if (ref.sheet.tables.some((t) => intersect(parseBox(t.range), ref.box))) {
          throw new DoubleError("InvalidOperation", "A table cannot overlap another table.");
        }
        if (!hasHeaders) throw invalid("the double only models tables with headers");
        created = {
          name: `Table${all.length + 1}`,
          range: boxAddress(ref.box),
          showHeaders: true,
          showTotals: false,
        };
        ref.sheet.tables.push(created);
      },
    });
    void this.owner;
    return new TableProxy(this.ctx, () => {
      if (!created) throw notFound("table being added");
      return created;
    });
  }
}

export class TableProxy
  extends Obj<TableState>
  implements Pick<Excel.Table, "name" | "showHeaders" | "showTotals">
{
  protected readonly scalars = ["name", "showHeaders", "showTotals", "style", "id"] as const;
  protected readScalar(t: TableState, prop: string): unknown {
    const map: Record<string, unknown> = {
      name: t.name,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      style: t.style ?? "TableStyleMedium2",
      id: t.name,
    };
    return map[prop];
  }
  protected override nav(prop: string): Obj<unknown> | undefined {
    return prop === "columns" ? this.columns : prop === "rows" ? this.rows : undefined;
  }
  private sheetOf(t: TableState): SheetState {
    const s = this.ctx.wb.sheets.find((x) => x.tables.includes(t));
    if (!s) throw notFound("table's sheet");
    return s;
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.write(
      "table",
      v,
      () => this.sheetOf(this.target("table")),
      () => {
        if (
          this.ctx.wb.sheets.some((s) =>
            s.tables.some((t) => sameName(t.name, v) && t !== this.resolve())
          )
        ) {
          throw new DoubleError("ItemAlreadyExists", `A table named '${v}' already exists.`);
        }
        this.target("table").name = v;
      }
    );
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  set style(v: string) {
    this.write(
      "table",
      v,
      () => this.sheetOf(this.target("table")),
      () => (this.target("table").style = v)
    );
  }
  get style(): string {
    return this.get("style");
  }
  get columns(): TableColumnCollectionProxy {
    return this.child(
      "columns",
      () =>
        new TableColumnCollectionProxy(this.ctx, () => {
          const t = this.resolve();
          if (!t) return null;
          const box = parseBox(t.range);
          const sheet = this.sheetOf(t);
          return readValues(sheet, { ...box, r1: box.r0 })
            .flat()
            .map((name) => ({ name: String(name) }));
        })
    );
  }
  get rows(): TableRowCollectionProxy {
    return this.child(
      "rows",
      () =>
        new TableRowCollectionProxy(this.ctx, () => {
          const t = this.resolve();
          if (!t) return null;
          const box = parseBox(t.range);
          return new Array(Math.max(0, rows(box) - 1 - (t.showTotals ? 1 : 0))).fill(null);
        })
    );
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      return t ? { sheet: this.sheetOf(t), box: parseBox(t.range) } : null;
    });
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      if (!t) return null;
      const box = parseBox(t.range);
      return { sheet: this.sheetOf(t), box: { ...box, r0: box.r0 + 1 } };
    });
  }
}

export class TableColumnCollectionProxy extends Coll<{ name: string }, TableColumnProxy> {
  protected make(c: { name: string }): TableColumnProxy {
    return new TableColumnProxy(this.ctx, () => c);
  }
}

export class TableColumnProxy extends Obj<{ name: string }> {
  protected readonly scalars = ["name"] as const;
  protected readScalar(c: { name: string }): unknown {
    return c.name;
  }
  get name(): string {
    return this.get("name");
  }
}

export class TableRowCollectionProxy extends Coll<null, never> {
  protected make(): never {
    throw invalid("the double does not model table rows one by one");
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

const CHART_TYPES = [
  "BarStacked",
  "BarClustered",
  "ColumnStacked",
  "ColumnClustered",
  "Pie",
  "Line",
];

export class ChartCollectionProxy extends Coll<ChartState, ChartProxy> {
  constructor(
    ctx: DoubleContext,
    private readonly sheet: () => SheetState | null
  ) {
    super(ctx, () => sheet()?.charts ?? null);
  }
  protected make(c: ChartState): ChartProxy {
    return new ChartProxy(this.ctx, () => c, this.sheet);
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(
      this.ctx,
      () => {
        const c = this.sheet()?.charts.find((x) => x.name === name);
        if (!c) throw notFound(`chart '${name}'`);
        return c;
      },
      this.sheet
    );
  }
  getItemOrNullObject(name: string): ChartProxy {
    this.ctx.need(4, "ChartCollection.getItemOrNullObject");
    return new ChartProxy(
      this.ctx,
      () => this.sheet()?.charts.find((c) => c.name === name) ?? null,
      this.sheet
    );
  }
  add(type: string, sourceData: RangeProxy, seriesBy?: string): ChartProxy {
    let created: ChartState | null = null;
    this.ctx.enqueue({
      kind: "addChart",
      bytes: OP_OVERHEAD + size(type),
      sheet: this.sheet,
      run: () => {
        const sheet = this.sheet();
        if (!sheet) throw notFound("chart's sheet");
        if (!CHART_TYPES.includes(type)) throw invalid(`chart type ${type}`);
        const src = sourceData.resolved();
        if (src.sheet !== sheet)
          throw invalid("the double only models charts over their own sheet");
        const by = seriesBy ?? "Auto";
        const series = detectSeries(this.ctx.wb, sheet, src.box, by);
        created = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source: boxAddress(src.box),
          seriesBy: by,
          title: "",
          series,
          showValue: false,
        };
        sheet.charts.push(created);
      },
    });
    return new ChartProxy(
      this.ctx,
      () => {
        if (!created) throw notFound("chart being added");
        return created;
      },
      this.sheet
    );
  }
}

export class ChartProxy extends Obj<ChartState> implements Pick<Excel.Chart, "name"> {
  protected readonly scalars = ["name", "chartType", "id"] as const;
  constructor(
    ctx: DoubleContext,
    resolve: () => ChartState | null,
    readonly sheet: () => SheetState | null
  ) {
    super(ctx, resolve);
  }
  protected readScalar(c: ChartState, prop: string): unknown {
    return prop === "chartType" ? c.type : c.name;
  }
  private set(payload: unknown, fn: (c: ChartState) => void): void {
    this.write("chart", payload, this.sheet, () => fn(this.target("chart")));
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.set(v, (c) => (c.name = v));
  }
  get title(): { text: string } {
    return chartPart(this, (c, v) => (c.title = String(v)));
  }
  get dataLabels(): { showValue: boolean; numberFormat: string } {
    const set = (field: string, v: unknown): void => {
      if (field === "numberFormat") this.ctx.need(8, "ChartDataLabels.numberFormat");
      this.set(v, (c) => {
        if (field === "showValue") c.showValue = Boolean(v);
        if (field === "numberFormat") c.dataLabelFormat = String(v);
      });
    };
    return {
      set showValue(v: boolean) {
        set("showValue", v);
      },
      get showValue(): boolean {
        throw notLoaded("showValue");
      },
      set numberFormat(v: string) {
        set("numberFormat", v);
      },
      get numberFormat(): string {
        throw notLoaded("numberFormat");
      },
    };
  }
  get axes(): { valueAxis: { minimum: number; maximum: number } } {
    const set = (field: "axisMin" | "axisMax", v: number): void =>
      this.set(v, (c) => (c[field] = v));
    return {
      valueAxis: {
        set minimum(v: number) {
          set("axisMin", v);
        },
        get minimum(): number {
          throw notLoaded("minimum");
        },
        set maximum(v: number) {
          set("axisMax", v);
        },
        get maximum(): number {
          throw notLoaded("maximum");
        },
      },
    };
  }
  /** ChartSeriesCollection: getItemAt (1.1), add (1.7); each series' name, colour and ranges. */
  get series(): {
    getItemAt(i: number): ChartSeriesDouble;
    add(name: string, index?: number): ChartSeriesDouble;
  } {
    return {
      getItemAt: (i: number) =>
        this.seriesHandle((c) => {
          const s = c.series[i];
          if (!s) throw invalid(`series ${i}`);
          return s;
        }),
      add: (name: string, index?: number) => {
        this.ctx.need(7, "ChartSeriesCollection.add");
        let created: ChartSeriesState | null = null;
        this.set(name, (c) => {
          created = { name };
          c.series.splice(index ?? c.series.length, 0, created);
        });
        return this.seriesHandle(() => {
          if (!created) throw notFound("series being added");
          return created;
        });
      },
    };
  }
  private seriesHandle(find: (c: ChartState) => ChartSeriesState): ChartSeriesDouble {
    const set = (payload: unknown, fn: (s: ChartSeriesState) => void): void =>
      this.set(payload, (c) => fn(find(c)));
    // A series' ranges must lie on the chart's own sheet: the only charts the double models.
    const own = (range: RangeProxy): string => {
      const r = range.resolved();
      if (r.sheet !== this.sheet())
        throw invalid("the double only models series on the chart's sheet");
      return boxAddress(r.box);
    };
    return {
      set name(v: string) {
        set(v, (s) => (s.name = v));
      },
      get name(): string {
        throw notLoaded("name");
      },
      setValues: (range: RangeProxy) => {
        this.ctx.need(7, "ChartSeries.setValues");
        set(null, (s) => (s.values = own(range)));
      },
      setXAxisValues: (range: RangeProxy) => {
        this.ctx.need(7, "ChartSeries.setXAxisValues");
        set(null, (s) => (s.categories = own(range)));
      },
      format: {
        fill: { setSolidColor: (color: string) => set(color, (s) => (s.color = color)) },
        // ChartLineFormat (ExcelApi 1.1): a line series' colour is its line's.
        line: {
          set color(v: string) {
            set(v, (s) => (s.color = v));
          },
          get color(): string {
            throw notLoaded("color");
          },
        },
      },
    };
  }
  setPosition(from: string, to?: string): void {
    this.set([from, to], (c) => {
      c.from = from;
      c.to = to;
    });
  }
  delete(): void {
    this.write("deleteChart", null, this.sheet, () => {
      const sheet = this.sheet();
      const c = this.target("chart");
      if (sheet) sheet.charts = sheet.charts.filter((x) => x !== c);
    });
  }
}

/** One series of a chart, as the adapter and the server address it. */
export interface ChartSeriesDouble {
  name: string;
  setValues(range: RangeProxy): void;
  setXAxisValues(range: RangeProxy): void;
  format: { fill: { setSolidColor(color: string): void }; line: { color: string } };
}

function chartPart(
  chart: ChartProxy,
  apply: (c: ChartState, v: unknown) => void
): { text: string } {
  const write = (v: string): void => {
    (chart as unknown as { set(p: unknown, fn: (c: ChartState) => void): void }).set(v, (c) =>
      apply(c, v)
    );
  };
  return {
    set text(v: string) {
      write(v);
    },
    get text(): string {
      throw notLoaded("text");
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Conditional formats, data validation and page layout are recorded, property path by property path.

export class ConditionalFormatCollectionProxy extends Obj<RangeRef> {
  protected readonly scalars = [] as const;
  protected readScalar(): unknown {
    return undefined;
  }
  add(type: string): unknown {
    let index = -1;
    this.write(
      "conditionalFormat",
      type,
      () => this.resolve()?.sheet ?? null,
      () => {
        const r = this.target("range");
        index = r.sheet.conditionalFormats.push({ range: boxAddress(r.box), type, detail: {} }) - 1;
      }
    );
    return recorder(
      this.ctx,
      "conditionalFormat",
      () => this.resolve()?.sheet ?? null,
      (path, value) => {
        const r = this.target("range");
        const cf = r.sheet.conditionalFormats[index];
        if (!cf) throw notFound("conditional format");
        cf.detail[path] = value;
      }
    );
  }
  clearAll(): void {
    this.write(
      "conditionalFormat",
      null,
      () => this.resolve()?.sheet ?? null,
      () => {
        const r = this.target("range");
        r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter(
          (cf) => !intersect(parseBox(cf.range), r.box)
        );
      }
    );
  }
}

/**
 * An object that records every property set and method call under it as an operation
 * (path "dataBar.positiveFormat.fillColor" = value; calls record their arguments).
 */
function recorder(
  ctx: DoubleContext,
  kind: OpKind,
  sheet: () => SheetState | null,
  apply: (path: string, value: unknown) => void,
  path: string[] = []
): unknown {
  const fn = function () {
    /* callable so that method calls can be recorded */
  };
  return new Proxy(fn, {
    get(_t, prop) {
      if (typeof prop === "symbol") return undefined;
      return recorder(ctx, kind, sheet, apply, [...path, prop]);
    },
    set(_t, prop, value) {
      if (typeof prop === "symbol") return false;
      const p = [...path, prop].join(".");
      const copy = structuredClone(value);
      ctx.enqueue({ kind, bytes: OP_OVERHEAD + size(copy), sheet, run: () => apply(p, copy) });
      return true;
    },
    apply(_t, _this, args) {
      const p = path.join(".");
      const copy = structuredClone(args);
      ctx.enqueue({
        kind,
        bytes: OP_OVERHEAD + size(copy),
        sheet,
        run: () => apply(p, copy.length === 1 ? copy[0] : copy),
      });
      return undefined;
    },
  });
}
