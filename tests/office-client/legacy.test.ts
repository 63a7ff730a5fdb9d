// The pages' inline check for old hosts (issue 16 §2): volume-licensed Office 2016/2019 run add-ins in
// IE11 or legacy Edge, where the ES2020 bundles do not parse. Each page carries a probe that only sets
// a flag where ES2020 parses and an ES5 check that otherwise shows the catalogues' message (and, in
// the function file, completes the ribbon command); both are allowed by their sha256 in the policy.
import { createHash } from "crypto";
import { readFileSync } from "fs";
import path from "path";
import { parse } from "acorn";
import { JSDOM } from "jsdom";
import { t } from "../../src/i18n";

const root = path.join(__dirname, "../..");
const PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html"];
const read = (page: string): string => readFileSync(path.join(root, page), "utf8");

/** The bodies of a page's inline scripts (no src), in order. */
const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

const scriptSources = (html: string): string[] => {
  const policy = /script-src ([^;"]*)/.exec(html)?.[1] ?? "";
  return policy.trim().split(/\s+/);
};

const sha256 = (code: string): string =>
  `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;

const parses = (code: string, ecmaVersion: 5 | 2020): boolean => {
  try {
    parse(code, { ecmaVersion });
    return true;
  } catch {
    return false;
  }
};

/** Runs a page's ES5 check in jsdom as an old host would: the probe's flag never set. */
function oldHost(page: string, office?: unknown): JSDOM {
  const dom = new JSDOM("<!doctype html><html><body><div id=root></div></body></html>", {
    runScripts: "outside-only",
    url: `https://localhost:3000/${path.basename(page)}`,
  });
  const window = dom.window as unknown as { eval(code: string): unknown; Office?: unknown };
  if (office) window.Office = office;
  window.eval(inlineScripts(read(page))[1]);
  return dom;
}

const MESSAGE = `${t("vi", "office.legacyHost")}\n\n${t("en", "office.legacyHost")}`;

describe.each(PAGES)("%s on hosts that cannot parse the bundles", (page) => {
  const [probe, check] = inlineScripts(read(page));

  it("probes with ES2020 syntax and checks in ES5", () => {
    expect(parses(probe, 2020)).toBe(true);
    expect(parses(probe, 5)).toBe(false);
    expect(parses(check, 5)).toBe(true);
  });

  it("allows exactly its inline scripts by their sha256 in the Content-Security-Policy", () => {
    const allowed = scriptSources(read(page)).filter((s) => s.startsWith("'sha256-"));
    expect(allowed.sort()).toEqual([probe, check].map(sha256).sort());
    expect(allowed).not.toContain(sha256(`${check} `));
  });

  it("shows the catalogues' message in both languages when the probe did not run", () => {
    const alert = oldHost(page).window.document.querySelector("[role=alert]");
    expect(alert?.textContent).toBe(MESSAGE);
  });

  it("shows nothing where the bundles run", () => {
    const dom = new JSDOM("<!doctype html><html><body></body></html>", {
      runScripts: "outside-only",
    });
    const window = dom.window as unknown as { eval(code: string): unknown };
    window.eval(probe);
    window.eval(check);
    expect(dom.window.document.querySelector("[role=alert]")).toBeNull();
  });
});

describe("the ribbon command on an old host", () => {
  it("opens the message as a dialog and completes the command", () => {
    const associated: Record<string, (event: { completed(): void }) => void> = {};
    const dialogs: string[] = [];
    const office = {
      onReady: (fn: () => void) => fn(),
      actions: {
        associate: (name: string, fn: (e: { completed(): void }) => void) =>
          (associated[name] = fn),
      },
      context: {
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: () => void) => {
            dialogs.push(url);
            callback();
          },
        },
      },
    };
    oldHost("src/commands/commands.html", office);
    let completed = 0;
    associated.refreshSummary({ completed: () => completed++ });
    expect(dialogs).toEqual(["https://localhost:3000/commands.html?legacy=1"]);
    expect(completed).toBe(1);
  });
});
