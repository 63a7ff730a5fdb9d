// Tests through Microsoft's own Excel client: the Office.js Excel script from @microsoft/office-js
// (dist/excel-win32-16.01.debug.js) runs in jsdom, loaded once per test file with window.eval. Its
// session is overridden (OfficeExtension.SessionBase._overrideSession) so that Excel.run hands each
// batch ({Actions, ObjectPaths}) to the Excel double's server (src/testing/excel-double/server.ts)
// instead of Excel. Requirement checks are stubbed on OfficeExtension.CommonUtility.isSetSupported
// (Office.context is a getter) and the client's own per-member checks, shipped off, are switched on
// (CommonUtility._doApiNotSupportedCheck): a member used below its ExcelApi set throws ApiNotFound in
// the client, as it does in an Excel of that version. Sync counts, request and response sizes are
// those of the real client's JSON, in UTF-8 bytes.
import { readFileSync } from "fs";
import path from "path";
import { JSDOM } from "jsdom";
import type { OfficeEnv } from "../../src/office/env";
import {
  createDouble,
  WEB_PAYLOAD_LIMIT,
  type ExcelDouble,
  type HostOptions,
  type WorkbookSpec,
  type WorkbookState,
} from "../../src/testing/excel-double";
import {
  DoubleSession,
  type WireRequest,
  type WireResponse,
} from "../../src/testing/excel-double/server";

export const CLIENT_SCRIPT = "excel-win32-16.01.debug.js";

/** One batch as the real client sent it, and what came back. */
export interface ClientSync {
  actions: number;
  objectPaths: number;
  requestBytes: number;
  responseBytes: number;
  /** Excel's error code when the batch failed. */
  error?: string;
  request: WireRequest;
}

export interface ClientHost {
  double: ExcelDouble;
  env: OfficeEnv;
  syncs: ClientSync[];
}

export interface ClientOptions extends HostOptions {
  /** The client's per-member requirement checks (default on). */
  memberChecks?: boolean;
}

interface OfficeExtensionLike {
  SessionBase: { _overrideSession: unknown };
  CommonUtility: {
    isSetSupported: (name: string, version?: string) => boolean;
    _doApiNotSupportedCheck: boolean;
  };
}

interface ClientWindow {
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  OfficeExtension: OfficeExtensionLike;
  JSON: JSON;
}

let loaded: ClientWindow | null = null;
/** The host whose Excel.run is in progress: the stubbed requirement checks answer for it. */
let active: { double: ExcelDouble; memberChecks: boolean } | null = null;

/** jsdom with Microsoft's Excel client loaded, once per test file. */
export function clientWindow(): ClientWindow {
  if (loaded) return loaded;
  const file = path.join(__dirname, "../../node_modules/@microsoft/office-js/dist", CLIENT_SCRIPT);
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/taskpane.html",
  });
  const window = dom.window as unknown as ClientWindow & { eval(code: string): unknown };
  window.eval(readFileSync(file, "utf8"));
  const oe = window.OfficeExtension;
  oe.CommonUtility.isSetSupported = (name, version) => {
    if (!active) return true;
    if (name === "ExcelApi") return active.double.isSetSupported(name, version);
    if (name === "ExcelApiOnline") return false;
    return true;
  };
  Object.defineProperty(oe.CommonUtility, "_doApiNotSupportedCheck", {
    get: () => active?.memberChecks ?? true,
    set: () => {},
    configurable: true,
  });
  loaded = window;
  return window;
}

const utf8 = (text: string): number => Buffer.byteLength(text, "utf8");

function tooLarge(code: string, message: string): WireResponse {
  return { Results: [], Error: { Code: code, Message: message, HttpStatusCode: 413 } };
}

/** An executor for one request context: each batch goes to a session of the double. */
function executorFor(host: { double: ExcelDouble; syncs: ClientSync[] }, window: ClientWindow) {
  const session = new DoubleSession(host.double);
  return {
    async executeAsync(
      _customData: unknown,
      _flags: number,
      message: { Body: WireRequest }
    ): Promise<unknown> {
      const requestText = JSON.stringify(message.Body);
      const record: ClientSync = {
        actions: message.Body.Actions.length,
        objectPaths: Object.keys(message.Body.ObjectPaths).length,
        requestBytes: utf8(requestText),
        responseBytes: 0,
        request: message.Body,
      };
      host.syncs.push(record);
      const web = host.double.platform === "OfficeOnline";
      let response: WireResponse;
      if (web && record.requestBytes > WEB_PAYLOAD_LIMIT) {
        response = tooLarge(
          "RequestPayloadSizeLimitExceeded",
          "The request payload size has exceeded the limit."
        );
      } else {
        response = await session.execute(JSON.parse(requestText) as WireRequest);
      }
      let responseText = JSON.stringify(response);
      record.responseBytes = utf8(responseText);
      if (web && record.responseBytes > WEB_PAYLOAD_LIMIT) {
        responseText = JSON.stringify(
          tooLarge(
            "ResponsePayloadSizeLimitExceeded",
            "The response payload size has exceeded the limit."
          )
        );
      }
      const body = window.JSON.parse(responseText) as WireResponse;
      if (body.Error) record.error = body.Error.Code;
      return { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: body };
    },
  };
}

/** The adapter's OfficeEnv over a double, through the real Excel client; its batches are logged. */
export function clientEnv(
  double: ExcelDouble,
  options: { memberChecks?: boolean } = {}
): OfficeEnv & { syncs: ClientSync[] } {
  const window = clientWindow();
  const memberChecks = options.memberChecks ?? true;
  const syncs: ClientSync[] = [];
  const host = { double, syncs };
  return {
    syncs,
    run: async (batch) => {
      active = { double, memberChecks };
      window.OfficeExtension.SessionBase._overrideSession = {
        _resolveRequestUrlAndHeaderInfo: () =>
          Promise.resolve({ url: "https://excel-double.invalid/", headers: {} }),
        _createRequestExecutorOrNull: () => executorFor(host, window),
      };
      return window.Excel.run(batch);
    },
    isSetSupported: (name, version) => double.isSetSupported(name, version),
    platform: double.platform,
    get readOnly() {
      return !!double.faults.readOnly;
    },
  };
}

/** A workbook served to the real Excel client; env is what the adapter runs over. */
export function clientHost(
  spec: WorkbookSpec | WorkbookState,
  options: ClientOptions = {}
): ClientHost {
  const double = createDouble(spec, options);
  const env = clientEnv(double, options);
  return { double, env, syncs: env.syncs };
}

/** Totals over a host's batches. */
export function totals(syncs: ClientSync[]): {
  syncs: number;
  actions: number;
  requestBytes: number;
  responseBytes: number;
  largestRequest: number;
  largestResponse: number;
} {
  return {
    syncs: syncs.length,
    actions: syncs.reduce((n, s) => n + s.actions, 0),
    requestBytes: syncs.reduce((n, s) => n + s.requestBytes, 0),
    responseBytes: syncs.reduce((n, s) => n + s.responseBytes, 0),
    largestRequest: Math.max(0, ...syncs.map((s) => s.requestBytes)),
    largestResponse: Math.max(0, ...syncs.map((s) => s.responseBytes)),
  };
}
