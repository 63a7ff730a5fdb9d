// The Excel double as the server of Microsoft's own Office.js client: a batch as the real client
// sends it to Excel ({Actions, ObjectPaths}, PascalCase names) is replayed on the double's proxies
// (object paths resolved by name, properties set, methods called, loads queued), the double's sync
// applies it with all its rules (null objects, requirement sets, protection, faults, partial
// application), and the answer goes back in Excel's response format ({Results} or {Error}).
// One session per request context (the client creates one executor per context). Browser-safe.
import { DoubleContext, DoubleError, type ExcelDouble } from "./api";

/** ActionType and ObjectPathType as the Office.js client numbers them. */
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;
const PATH = {
  global: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
} as const;

export interface WireArguments {
  Arguments?: unknown[];
  /** Per argument: the object path it refers to, or 0 for a plain value. */
  ReferencedObjectPathIds?: number[];
}

export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: WireArguments;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface WireObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: WireArguments;
}

export interface WireRequest {
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

export interface WireError {
  Code: string;
  Message: string;
  Location?: string;
  HttpStatusCode: number;
}

export interface WireResponse {
  Results: { ActionId: number; Value: unknown }[];
  Error?: WireError;
}

const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

type Target = Record<string, unknown>;

interface Loadable {
  load(spec: string): unknown;
  wireValue(paths: string[][]): unknown;
}

/** One request context of the real client, answered from the double's workbook. */
export class DoubleSession {
  private readonly context: DoubleContext;
  private readonly objects = new Map<number, unknown>();

  constructor(host: ExcelDouble) {
    this.context = new DoubleContext(host);
  }

  /** Replays one batch and answers it; an Excel error becomes the response's Error. */
  async execute(request: WireRequest): Promise<WireResponse> {
    const queries: { action: WireAction; target: Loadable }[] = [];
    const results: WireResponse["Results"] = [];
    try {
      for (const action of request.Actions) {
        const value = this.replay(action, request, queries);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      }
    } catch (error) {
      // Excel applies the actions before the failing one (batches are not transactional).
      await this.context.sync().catch(() => undefined);
      return { Results: [], Error: wireError(error) };
    }
    try {
      await this.context.sync();
    } catch (error) {
      return { Results: [], Error: wireError(error) };
    }
    for (const { action, target } of queries) {
      const select = (action.QueryInfo?.Select ?? []).map((p) => p.split("/"));
      results.push({ ActionId: action.Id, Value: target.wireValue(select) });
    }
    return { Results: results };
  }

  private replay(
    action: WireAction,
    request: WireRequest,
    queries: { action: WireAction; target: Loadable }[]
  ): unknown {
    switch (action.ActionType) {
      case ACTION.instantiate:
        this.resolve(action.ObjectPathId, request);
        return undefined;
      case ACTION.query: {
        const target = this.resolve(action.ObjectPathId, request) as Loadable;
        target.load((action.QueryInfo?.Select ?? []).join(","));
        queries.push({ action, target });
        return undefined;
      }
      case ACTION.method: {
        if (action.Name === "_KeepReference") return undefined;
        const target = this.resolve(action.ObjectPathId, request) as Target;
        const result = this.call(target, action.Name, action.ArgumentInfo, request);
        return result === undefined || typeof result === "object" ? undefined : result;
      }
      case ACTION.setProperty: {
        const target = this.resolve(action.ObjectPathId, request) as Target;
        target[camel(action.Name)] = this.args(action.ArgumentInfo, request)[0];
        return undefined;
      }
      case ACTION.trace:
        return undefined;
      default:
        throw new DoubleError("NotImplemented", `Action type ${action.ActionType}`);
    }
  }

  /** The double's object for an object path (each resolved once per session, as Excel does). */
  private resolve(id: number, request: WireRequest): unknown {
    if (this.objects.has(id)) return this.objects.get(id);
    const path = request.ObjectPaths[String(id)];
    if (!path) throw new DoubleError("InvalidObjectPath", `Unknown object path ${id}.`);
    const parent = (): Target =>
      this.resolve(path.ParentObjectPathId ?? -1, request) as unknown as Target;
    let value: unknown;
    switch (path.ObjectPathType) {
      case PATH.global:
        value = this.context.workbook;
        break;
      case PATH.property: {
        const p = parent() as Target & { navigation?: (n: string) => unknown };
        value = p[camel(path.Name)];
        break;
      }
      case PATH.method:
        value = this.call(parent(), path.Name, path.ArgumentInfo, request);
        break;
      case PATH.indexer:
        value = this.call(parent(), "GetItem", path.ArgumentInfo, request);
        break;
      default:
        throw new DoubleError("NotImplemented", `Object path type ${path.ObjectPathType}.`);
    }
    if (value === undefined || value === null)
      throw new DoubleError("InvalidObjectPath", `No ${path.Name} here.`);
    this.objects.set(id, value);
    return value;
  }

  private call(
    target: Target,
    name: string,
    info: WireArguments | undefined,
    request: WireRequest
  ): unknown {
    const fn = target[camel(name)];
    if (typeof fn !== "function") {
      throw new DoubleError("ApiNotFound", `The double does not model ${name}.`);
    }
    return Reflect.apply(fn as (...a: unknown[]) => unknown, target, this.args(info, request));
  }

  /** Arguments, with references to other object paths replaced by their objects. */
  private args(info: WireArguments | undefined, request: WireRequest): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    // Trailing undefined arguments are sent as null; the double's defaults expect undefined.
    const mapped = args.map((a, i) => (refs[i] ? this.resolve(refs[i], request) : a));
    while (
      mapped.length &&
      (mapped[mapped.length - 1] === null || mapped[mapped.length - 1] === undefined)
    )
      mapped.pop();
    return mapped.map((a) => (a === null ? undefined : a));
  }
}

function wireError(error: unknown): WireError {
  if (error instanceof DoubleError) {
    return {
      Code: error.code,
      Message: error.message,
      Location: error.debugInfo.errorLocation,
      HttpStatusCode: 400,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { Code: "GeneralException", Message: message, HttpStatusCode: 500 };
}

export { PATH as WIRE_PATH_TYPES, ACTION as WIRE_ACTION_TYPES };
