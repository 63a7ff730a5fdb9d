// The one place that picks the Chromium the end-to-end tests and `npm run screenshots` drive:
//   CHROMIUM_PATH=/path/to/chrome   that executable, or a clear error when it does not exist;
//   CHROMIUM=system                 a system Chromium (/usr/bin/chromium…), or an error naming the package;
//   CHROMIUM=npm                    the one @sparticuz/chromium ships (what CI forces: a fresh machine's path);
//   nothing set                     a system Chromium when there is one, else the npm one.
// The npm package holds a brotli-compressed headless Chromium and the libraries it needs (NSS, NSPR,
// expat: Amazon Linux builds). Its own helper unpacks them and sets LD_LIBRARY_PATH only on AWS, so here
// the package's code unpacks everything into a cache folder in a child process, and the launched browser
// gets LD_LIBRARY_PATH and a fontconfig file pointing at the unpacked libraries and fonts.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";

export type ChromiumSource = "env" | "system" | "npm";

export interface ResolvedChromium {
  executablePath: string;
  source: ChromiumSource;
  /** Environment for the browser process (the npm build's libraries and fonts); undefined: inherit. */
  env?: Record<string, string>;
  /** One line for logs: which browser and why. */
  description: string;
}

/** Where Debian, Ubuntu and other distributions put their Chromium. */
export const SYSTEM_CHROMIUM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
];

/** A browser that cannot be had as asked: the message says what to set or install. */
export class ChromiumNotFoundError extends Error {
  override readonly name = "ChromiumNotFoundError";
}

const NPM_PACKAGE = "@sparticuz/chromium";

function npmPackageVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(join(npmPackageDir(), "package.json")) as { version: string }).version;
}

/** The package's root folder (its exports map hides package.json and its internals from require). */
function npmPackageDir(): string {
  // main is build/cjs/index.cjs
  return join(dirname(require.resolve(NPM_PACKAGE)), "..", "..");
}

/** The cache folder of one version's unpacked browser, shared by every checkout on the machine. */
export function npmCacheDir(version = npmPackageVersion()): string {
  return join(tmpdir(), `tien-do-chromium-${version}`);
}

/**
 * Unpacks the npm Chromium with the package's own code, in a child process whose TMPDIR is a fresh
 * staging folder (the package writes to os.tmpdir()), then renames the folder into place: concurrent
 * first runs never see a half-written browser.
 */
function unpackNpmChromium(target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(`${target}.staging-`);
  const pkg = npmPackageDir();
  const script = `
    const { join } = require("path");
    const chromium = require(${JSON.stringify(NPM_PACKAGE)});
    const { inflate } = require(join(${JSON.stringify(pkg)}, "build", "cjs", "lambdafs.cjs"));
    Promise.all([
      chromium.executablePath(),
      inflate(join(${JSON.stringify(pkg)}, "bin", "al2023.tar.br")),
    ]).then(
      () => process.exit(0),
      (error) => { console.error(String(error && error.message || error)); process.exit(1); }
    );`;
  const child = spawnSync(process.execPath, ["-e", script], {
    cwd: dirname(require.resolve(NPM_PACKAGE)),
    env: { ...process.env, TMPDIR: staging, TMP: staging, TEMP: staging },
    encoding: "utf8",
    timeout: 180_000,
  });
  if (child.status !== 0 || !existsSync(join(staging, "chromium"))) {
    rmSync(staging, { recursive: true, force: true });
    throw new ChromiumNotFoundError(
      `could not unpack ${NPM_PACKAGE} into ${staging}: ${(child.stderr || child.error?.message || "").trim()}`
    );
  }
  // The package's fonts.conf names /tmp/fonts; ours names the unpacked fonts and the system's.
  writeFileSync(
    join(staging, "fonts.conf"),
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      "<fontconfig>",
      `  <dir>${join(target, "fonts", "fonts")}</dir>`,
      "  <dir>/usr/share/fonts</dir>",
      `  <cachedir>${join(target, "fonts-cache")}</cachedir>`,
      "</fontconfig>",
      "",
    ].join("\n")
  );
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another process got there first: its copy is complete (renamed whole), use it.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, "chromium"))) throw error;
  }
}

/** The npm Chromium, unpacked on first use (about 5 s), with the environment it needs. */
export function npmChromium(): ResolvedChromium {
  const version = npmPackageVersion();
  const dir = npmCacheDir(version);
  if (!existsSync(join(dir, "chromium"))) unpackNpmChromium(dir);
  const libs = [join(dir, "al2023", "lib"), dir, process.env.LD_LIBRARY_PATH]
    .filter((p): p is string => Boolean(p))
    .join(":");
  return {
    executablePath: join(dir, "chromium"),
    source: "npm",
    env: {
      ...(process.env as Record<string, string>),
      LD_LIBRARY_PATH: libs,
      FONTCONFIG_FILE: join(dir, "fonts.conf"),
    },
    description: `${NPM_PACKAGE} ${version} (unpacked in ${dir})`,
  };
}

function systemChromium(): ResolvedChromium | null {
  const path = SYSTEM_CHROMIUM_PATHS.find((p) => existsSync(p));
  return path ? { executablePath: path, source: "system", description: `system ${path}` } : null;
}

/** Picks the browser as the header of this file says; throws ChromiumNotFoundError with what to do. */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env): ResolvedChromium {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit))
      throw new ChromiumNotFoundError(
        `CHROMIUM_PATH=${explicit} does not exist: point it at a Chromium executable, or unset it`
      );
    return { executablePath: explicit, source: "env", description: `CHROMIUM_PATH ${explicit}` };
  }
  const wanted = env.CHROMIUM ?? "";
  if (wanted === "npm") return npmChromium();
  if (wanted === "system") {
    const found = systemChromium();
    if (!found)
      throw new ChromiumNotFoundError(
        `CHROMIUM=system but no Chromium in ${SYSTEM_CHROMIUM_PATHS.join(", ")}: install Debian's chromium, or use CHROMIUM=npm`
      );
    return found;
  }
  if (wanted !== "")
    throw new ChromiumNotFoundError(
      `CHROMIUM=${wanted} is not known: use npm or system, or unset it`
    );
  return systemChromium() ?? npmChromium();
}
