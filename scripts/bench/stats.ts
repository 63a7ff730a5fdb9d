// Small helpers for the benchmark: medians, timing, child processes and number formatting.
import { spawn } from "child_process";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Wall and CPU time of `fn` in ms (CPU time is what the other engineers' load does not stretch). */
export function timed<T>(fn: () => T): { ms: number; cpuMs: number; result: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, result };
}

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs a command we start ourselves; on timeout it is killed by its own pid (never by name). */
export function run(
  command: string,
  args: string[],
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}
): Promise<ChildResult> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env: options.env ?? process.env });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill("SIGKILL");
        }, options.timeoutMs)
      : null;
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - t0, timedOut });
    });
  });
}

/** A TypeScript helper of scripts/bench run in a fresh Node process through tsx. */
export function runTs(
  script: string,
  args: string[],
  options: { nodeFlags?: string[]; timeoutMs?: number } = {}
): Promise<ChildResult> {
  return run(
    process.execPath,
    [...(options.nodeFlags ?? []), "--import", "tsx", path.join(__dirname, script), ...args],
    { timeoutMs: options.timeoutMs }
  );
}

/** The JSON a helper prints on its last line starting with RESULT. */
export function resultOf<T>(r: ChildResult): T {
  const line = r.stdout
    .split("\n")
    .reverse()
    .find((l) => l.startsWith("RESULT "));
  if (!line)
    throw new Error(
      `no result (exit ${r.code}): ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`
    );
  return JSON.parse(line.slice(7)) as T;
}

export const ms = (x: number): string =>
  x >= 10_000
    ? `${(x / 1000).toFixed(1)} s`
    : x >= 100
      ? `${x.toFixed(0)} ms`
      : `${x.toFixed(1)} ms`;
export const bytes = (x: number): string =>
  x >= 1024 * 1024 ? `${(x / 1024 / 1024).toFixed(2)} MiB` : `${(x / 1024).toFixed(1)} KiB`;
