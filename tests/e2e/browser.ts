// Real headless Chromium driven by playwright-core, pointed at the preview. The browser comes from
// scripts/chromium.ts (CHROMIUM_PATH, else a system Chromium, else the one npm installed; CHROMIUM=npm
// forces the npm one). Every request is recorded; anything not on the preview server is aborted and
// reported. The preview server is closed whatever happens, also when Chromium fails to start.
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from "fs";
import type { Server } from "http";
import { tmpdir } from "os";
import { join, resolve } from "path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from "playwright-core";
import { resolveChromium, type ResolvedChromium } from "../../scripts/chromium";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer } = require("../../scripts/preview.js") as {
  startPreviewServer: (o?: { port?: number }) => Promise<{ server: Server; url: string }>;
};

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const ARTIFACTS = resolve(__dirname, "../../artifacts/e2e");
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Session {
  url: string;
  browser: Browser;
  context: BrowserContext;
  /** Every URL the browser asked for. */
  requests: string[];
  /** Requests that would have left the preview server (aborted). */
  outside: string[];
  /** Uncaught errors in the preview page or the pane. */
  pageErrors: string[];
  close(): Promise<void>;
}

let resolved: ResolvedChromium | undefined;

/** The browser for this run, resolved once per process and named once on stderr. */
export function e2eChromium(): ResolvedChromium {
  if (!resolved) {
    resolved = resolveChromium();
    process.stderr.write(`e2e: Chromium from ${resolved.description}\n`);
  }
  return resolved;
}

/** Stops the server now: open keep-alive connections would otherwise hold close() (and jest) open. */
function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

/** Launches the browser on a fresh profile; the caller closes the context. */
export async function launchChromium(
  userDataDir: string,
  options: { locale?: string; deviceScaleFactor?: number } = {}
): Promise<BrowserContext> {
  const browser = e2eChromium();
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: browser.executablePath,
    env: browser.env,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
}

export async function openSession(): Promise<Session> {
  const { server, url } = await startPreviewServer({ port: 0 });
  const userDataDir = mkdtempSync(join(tmpdir(), "tien-do-e2e-"));
  const requests: string[] = [];
  const outside: string[] = [];
  const origin = new URL(url).origin;
  let context: BrowserContext | undefined;
  try {
    context = await launchChromium(userDataDir, { locale: "vi-VN" });
    await context.route("**/*", (route) => {
      const requested = route.request().url();
      requests.push(requested);
      if (new URL(requested).origin !== origin) {
        outside.push(requested);
        return route.abort();
      }
      return route.continue();
    });
  } catch (error) {
    await context?.close().catch(() => undefined);
    await closeServer(server);
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const opened = context;
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url,
    browser: opened.browser() as Browser,
    context: opened,
    requests,
    outside,
    pageErrors: [],
    async close() {
      try {
        await opened.close();
      } finally {
        await closeServer(server);
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Opens the preview on a workbook and waits for the pane to be ready; returns the page and the pane's frame. */
export async function openPreview(
  session: Session,
  workbook: "seed" | "mid" | "errors" | "empty" | "appendix",
  lang: "vi" | "en" = "vi"
): Promise<{ page: Page; pane: Frame }> {
  const page = await session.context.newPage();
  page.on("pageerror", (error) =>
    session.pageErrors.push(`${error.message} ${error.stack ?? ""}`.slice(0, 400))
  );
  await page.goto(`${session.url}?workbook=${workbook}&lang=${lang}`);
  const handle = await page.waitForSelector("iframe.pane");
  const pane = await handle.contentFrame();
  if (!pane) throw new Error("The pane frame did not load");
  await pane
    .getByRole("button", { name: lang === "vi" ? "Làm mới tổng hợp" : "Refresh summary" })
    .waitFor();
  return { page, pane };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the pane (every rule axe enables by default, best practices included). Fluent's focus
 * sentinels (tabster's aria-hidden <i tabindex> "dummy" elements) are left out: they exist to keep focus
 * in a trap and are never announced. `scope` narrows the check to a modal dialog, whose background is
 * aria-hidden by design while it is open.
 */
export async function axeViolations(pane: Frame, scope?: string): Promise<AxeViolation[]> {
  await pane.evaluate(AXE_SOURCE);
  const result = await pane.evaluate(async (include) => {
    type Axe = { run: (ctx: unknown) => Promise<{ violations: AxeViolation[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    return axe.run({
      include: include ? [[include]] : [["html"]],
      exclude: [["[data-tabster-dummy]"]],
    });
  }, scope ?? null);
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
  }));
}

/** Elements of the pane whose content is cut off horizontally (text that does not fit 320 px). */
export async function clippedElements(pane: Frame): Promise<string[]> {
  return pane.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`page scrolls sideways: ${doc.scrollWidth}px`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const style = getComputedStyle(el);
      if (!el.offsetParent || style.overflowX === "visible" || !el.textContent?.trim()) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName.toLowerCase()}: ${el.textContent.trim().slice(0, 40)}`);
    }
    return out;
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}
