// No import cycle among the modules under src: their run-time imports (type-only ones are erased at
// build time, import() loads later) form a graph without a loop, so each module can be read, and is
// loaded, before the ones that import it. The detector is proved on a planted cycle first.
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import * as ts from "typescript";

const root = path.join(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/** An import or re-export that exists at run time: not `import type`, nor only `type` names. */
function runTimeSpecifier(statement: ts.Statement): string | null {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    const onlyTypes =
      clause !== undefined &&
      (clause.isTypeOnly ||
        (clause.name === undefined &&
          bindings !== undefined &&
          ts.isNamedImports(bindings) &&
          bindings.elements.length > 0 &&
          bindings.elements.every((e) => e.isTypeOnly)));
    return onlyTypes ? null : (statement.moduleSpecifier as ts.StringLiteral).text;
  }
  if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly)
    return (statement.moduleSpecifier as ts.StringLiteral).text;
  return null;
}

function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    const targets = source.statements
      .map(runTimeSpecifier)
      .filter((s): s is string => s !== null && s.startsWith("."))
      .map((s) => resolveImport(file, s))
      .filter((t): t is string => t !== null);
    graph.set(path.relative(root, file).split(path.sep).join("/"), [
      ...new Set(targets.map((t) => path.relative(root, t).split(path.sep).join("/"))),
    ]);
  }
  return graph;
}

/** The strongly connected components of more than one module (Tarjan), each sorted. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("imports under src", () => {
  it("the detector finds a planted cycle and nothing else", () => {
    const planted = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cycles(planted)).toEqual([["a", "b", "c"]]);
  });

  it("form no cycle", () => {
    const graph = importGraph(sourceFiles(path.join(root, "src")));
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get("src/office/read.ts")).toContain("src/office/history-read.ts");
    expect(cycles(graph)).toEqual([]);
  });
});
