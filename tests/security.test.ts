// Security checks (issue 6, item 5): the manifest asks for ReadWriteDocument and no more; the pages
// carry a Content-Security-Policy that only lets in our own scripts and Microsoft's Office.js CDN;
// no eval, new Function or string timers in src/ or in the production bundles; the bundles hold no
// HyperFormula (GPL, used by tests only). Network requests are recorded by the e2e suite, not here.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { DOMParser } from "@xmldom/xmldom";

const root = join(__dirname, "..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function walk(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** Code that evaluates strings: eval, the Function constructor, setTimeout/setInterval with a string. */
const EVAL_PATTERNS: [string, RegExp][] = [
  ["eval(", /(^|[^\w$.])eval\s*\(/],
  ["new Function", /\bnew\s+Function\s*\(/],
  ["Function(string)", /(?<!new\s+)(?<![\w$.])Function\s*\)?\s*\(\s*["'`]/],
  ["string timer", /\bset(Timeout|Interval)\s*\(\s*["'`]/],
];

/**
 * Library fallbacks in the lazily loaded .xlsx reader chunk (ExcelJS's dependencies) that a browser
 * never reaches, and that the pages' CSP (no 'unsafe-eval') would refuse if one did:
 * - `x||y||Function("return this")()`: the global object, asked for only when neither globalThis
 *   nor self exists;
 * - the setImmediate polyfill's `"function"!=typeof e&&(e=new Function(""+e))`: a string callback,
 *   which no caller passes;
 * - regenerator's `Function("r","regeneratorRuntime = r")`: its sloppy-mode fallback when globalThis
 *   is missing.
 * Each is matched with the code around it, so any other use of string evaluation still fails.
 */
const UNREACHED_FALLBACKS: RegExp[] = [
  /\|\|\s*Function\(\s*["']return this["']\s*\)\(\)/,
  /["']function["']\s*!=\s*typeof (\w+)\s*&&\s*\(\1\s*=\s*new Function\(\s*["']["']\s*\+\s*\1\s*\)\)/,
  /Function\(\s*["']r["']\s*,\s*["']regeneratorRuntime = r["']\s*\)/,
];

/** Each use of string evaluation in a text, with some context. */
function evalUses(text: string, file: string): string[] {
  const hits: string[] = [];
  for (const [name, pattern] of EVAL_PATTERNS) {
    const global = new RegExp(pattern.source, "g");
    for (const m of text.matchAll(global)) {
      const at = m.index ?? 0;
      const around = text.slice(Math.max(0, at - 40), at + 60);
      if (UNREACHED_FALLBACKS.some((known) => known.test(around))) continue;
      hits.push(
        `${file}: ${name} in …${text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, " ")}…`
      );
    }
  }
  return hits;
}

// ---- the manifest ------------------------------------------------------------------------------

function permissions(file: string): string[] {
  const doc = new DOMParser().parseFromString(readFileSync(file, "utf8"), "text/xml");
  const nodes = doc.getElementsByTagName("Permissions");
  return Array.from({ length: nodes.length }, (_, i) => (nodes.item(i)?.textContent ?? "").trim());
}

describe("the manifest", () => {
  it("asks for ReadWriteDocument and no more", () => {
    expect(permissions(join(root, "manifest.xml"))).toEqual(["ReadWriteDocument"]);
  });

  it("asks for no mailbox, no ReadAllDocument and no broader permission anywhere in its text", () => {
    const xml = readFileSync(join(root, "manifest.xml"), "utf8");
    for (const wider of [
      "ReadWriteMailbox",
      "ReadWriteItem",
      "ReadAllDocument",
      ">WriteDocument<",
      "Restricted",
    ])
      expect(xml).not.toContain(wider);
  });
});

// ---- the pages' Content-Security-Policy --------------------------------------------------------

/** The policy of a page's <meta http-equiv="Content-Security-Policy">, directive → sources. */
function pagePolicy(html: string): Map<string, string[]> | null {
  // Minified pages drop the quotes around simple attribute values.
  const meta = /<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy\b["']?[^>]*>/i.exec(html);
  if (!meta) return null;
  const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(meta[0]);
  const text = content?.[1] ?? content?.[2] ?? "";
  const policy = new Map<string, string[]>();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** What the policy must say: scripts only from us and the Office.js CDN, no eval, no plugins. */
function checkPolicy(page: string, html: string): void {
  const policy = pagePolicy(html);
  expect([page, policy !== null]).toEqual([page, true]);
  const sources = (directive: string): string[] =>
    policy!.get(directive) ?? policy!.get("default-src") ?? ["*"];
  expect([page, "default-src", policy!.has("default-src")]).toEqual([page, "default-src", true]);
  for (const directive of ["default-src", "script-src", "connect-src", "object-src", "frame-src"]) {
    const list = sources(directive);
    expect([
      page,
      directive,
      list.filter((s) => s === "*" || /^(https?:|data:|blob:)$/i.test(s)),
    ]).toEqual([page, directive, []]);
  }
  const script = sources("script-src");
  expect([page, script.filter((s) => /unsafe-(eval|inline)|wasm-unsafe-eval/i.test(s))]).toEqual([
    page,
    [],
  ]);
  expect([
    page,
    script.filter(
      (s) => !["'self'", OFFICE_CDN, `${OFFICE_CDN}/`].includes(s) && !/^'(nonce|sha256)-/.test(s)
    ),
  ]).toEqual([page, []]);
  const connect = sources("connect-src");
  expect([
    page,
    connect.filter((s) => !["'self'", OFFICE_CDN, `${OFFICE_CDN}/`].includes(s)),
  ]).toEqual([page, []]);
  // Every external script the page loads is allowed by the policy, and comes from the Office.js CDN.
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    if (/^https?:/i.test(m[1]))
      expect([page, m[1].startsWith(`${OFFICE_CDN}/`)]).toEqual([page, true]);
  }
}

/** A strict policy of the shape the pages carry, to prove the check accepts one. */
const PROPOSED_CSP =
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${OFFICE_CDN}; ` +
  `connect-src 'self' ${OFFICE_CDN}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; ` +
  `frame-src ${OFFICE_CDN}; object-src 'none'; base-uri 'self'" />`;

describe("the pages' Content-Security-Policy", () => {
  it("the check accepts the proposed policy and refuses lax ones", () => {
    const page = (meta: string) =>
      `<html><head>${meta}<script src="${OFFICE_CDN}/lib/1/hosted/office.js"></script></head></html>`;
    expect(() => checkPolicy("proposed", page(PROPOSED_CSP))).not.toThrow();
    for (const lax of [
      "",
      `<meta http-equiv="Content-Security-Policy" content="default-src *" />`,
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval' ${OFFICE_CDN}" />`,
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' https://cdn.example.com" />`,
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src https:" />`,
    ])
      expect(() => checkPolicy("lax", page(lax))).toThrow();
  });

  it.each(["src/taskpane/taskpane.html", "src/commands/commands.html"])(
    "%s allows scripts only from the add-in and the Office.js CDN, and no eval",
    (page) => {
      checkPolicy(page, readFileSync(join(root, page), "utf8"));
    }
  );
});

// ---- code that evaluates strings ----------------------------------------------------------------

describe("no string evaluation in the sources", () => {
  it("src/ holds no eval(, new Function or setTimeout/setInterval with a string", () => {
    const files = walk(join(root, "src"), (f) => /\.(ts|tsx|js|mjs|html)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    const hits = files.flatMap((f) => evalUses(readFileSync(f, "utf8"), relative(root, f)));
    expect(hits).toEqual([]);
  });

  it("the patterns find what they must (a check that cannot fail is no check)", () => {
    for (const bad of [
      'eval("1")',
      "x = new Function('a', 'return a')",
      'setTimeout("go()", 10)',
      '(0, Function)("return this")',
      "a=Function('x')",
    ])
      expect([bad, evalUses(bad, "probe").length > 0]).toEqual([bad, true]);
    for (const fine of [
      "evaluate(x)",
      "node.eval(x)",
      "setTimeout(run, 10)",
      "isFunction(x)",
      "new FunctionCall()",
    ])
      expect(evalUses(fine, "probe")).toEqual([]);
  });
});

// ---- the production bundles -------------------------------------------------------------------

const newest = (files: string[]): number => Math.max(0, ...files.map((f) => statSync(f).mtimeMs));

/**
 * The production build: dist/ when it is newer than every source and build input, else a fresh
 * `webpack --mode production` into a temp dir (so the shared dist/ is never rewritten under others).
 */
function productionBuild(): { dir: string; fresh: boolean } {
  const dist = join(root, "dist");
  const bundles = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith(".js")) : [];
  const inputs = [
    ...walk(join(root, "src"), () => true),
    join(root, "webpack.config.js"),
    join(root, "package.json"),
    join(root, "manifest.xml"),
  ];
  const oldestBundle = Math.min(...bundles.map((f) => statSync(join(dist, f)).mtimeMs));
  if (bundles.length >= 2 && oldestBundle > newest(inputs)) return { dir: dist, fresh: false };
  const dir = mkdtempSync(join(tmpdir(), "security-build-"));
  const build = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", dir], {
    cwd: root,
    encoding: "utf8",
    timeout: 480000,
  });
  if (build.status !== 0)
    throw new Error(`production build failed: ${build.stderr || build.stdout}`);
  return { dir, fresh: true };
}

describe("the production bundles", () => {
  let dir: string;
  let bundles: { name: string; text: string }[];
  beforeAll(() => {
    const build = productionBuild();
    dir = build.dir;
    bundles = readdirSync(dir)
      .filter((f) => /\.js$|\.LICENSE\.txt$/.test(f))
      .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
    console.log(
      `security: checked ${bundles.length} bundle files from ${build.fresh ? "a fresh production build" : "dist/ (newer than src)"}`
    );
  }, 600000);

  it("are the task pane and the ribbon command", () => {
    expect(bundles.map((b) => b.name)).toEqual(
      expect.arrayContaining(["taskpane.js", "commands.js"])
    );
  });

  it("hold no eval(, new Function or string timers", () => {
    const hits = bundles
      .filter((b) => b.name.endsWith(".js"))
      .flatMap((b) => evalUses(b.text, b.name));
    expect(hits).toEqual([]);
  });

  it("hold no HyperFormula (GPL, tests only)", () => {
    for (const b of bundles)
      expect([b.name, /hyperformula/i.test(b.text)]).toEqual([b.name, false]);
  });

  it("ship pages that keep their Content-Security-Policy, and a manifest asking for ReadWriteDocument only", () => {
    for (const page of ["taskpane.html", "commands.html"])
      checkPolicy(`built ${page}`, readFileSync(join(dir, page), "utf8"));
    expect(permissions(join(dir, "manifest.xml"))).toEqual(["ReadWriteDocument"]);
  });
});
