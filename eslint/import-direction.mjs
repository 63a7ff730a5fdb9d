// The one-way import rule of the architecture (README, Architecture): each folder under src may import
// only the folders listed for it here, and nothing under src (tests aside) imports tests/, samples/ or
// scripts/. Relative paths are resolved against the importing file, so "../../office/host" counts the
// same as "../office/host". Package imports are left to no-restricted-imports in eslint.config.mjs.
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * What each folder under src may import besides itself. `types` lists folders it may import types from
 * only (`import type`, erased at build time, so no run-time edge). `roots` names the composition roots:
 * the files that wire a host adapter into a front end, the only ones allowed to import its values.
 */
export const LAYERS = {
  // The core imports i18n's types only: it receives the strings' lookup from its caller (a `t` argument),
  // so each bundle loads the catalogues it needs.
  core: { imports: [], types: ["i18n"] },
  // The sample workbooks as data (tests, scripts, the preview): their settings sheet is laid out with the
  // sheets' strings, so they sit above the core. The template's sample programme stays in the core.
  sample: { imports: ["core", "i18n"] },
  i18n: { imports: [], types: ["core"] },
  app: { imports: ["core", "i18n"] },
  // The .xlsx codec: bytes in and out, below the adapters that use it (the CLI's files, the returned
  // files of the pane's merge); it imports none of them.
  xlsx: { imports: ["core", "i18n"] },
  // The Office.js adapter: never a front end.
  office: { imports: ["app", "core", "i18n", "xlsx"] },
  // The front ends. The CLI does the file I/O around the codec; the pane reaches Office only through its
  // composition roots, and elsewhere imports the adapter's types; neither imports the other.
  cli: { imports: ["app", "core", "i18n", "xlsx"] },
  taskpane: {
    imports: ["app", "core", "i18n"],
    types: ["office", "xlsx"],
    roots: { "src/taskpane/officeServices.ts": ["office"], "src/taskpane/index.tsx": ["office"] },
  },
  commands: { imports: ["app", "core", "i18n", "office"] },
  // The preview runs the real pane against the Excel double, through the real Office adapter (it reads
  // the double as a refresh does to show the planned formulas' results).
  preview: { imports: ["core", "i18n", "office", "sample", "taskpane", "testing"] },
  testing: { imports: ["core"] },
};

const outside = ["tests", "samples", "scripts"];

function isTest(file) {
  return /\.test\.tsx?$/.test(file);
}

/** "src/core", "tests", ... for a path relative to the repository root; null when neither. */
function areaOf(relative) {
  const parts = relative.split("/");
  if (parts[0] === "src" && parts.length > 2) return `src/${parts[1]}`;
  if (outside.includes(parts[0])) return parts[0];
  return null;
}

function typeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return (
    node.type === "ImportDeclaration" &&
    specifiers.length > 0 &&
    specifiers.every((s) => s.importKind === "type")
  );
}

export const importDirection = {
  meta: {
    type: "problem",
    docs: { description: "imports between the folders of src run one way (README, Architecture)" },
    schema: [],
    messages: {
      outside:
        "{{from}} must not import {{to}}: shipped code never imports tests, samples or scripts.",
      layer: "{{from}} must not import {{to}} (allowed: {{allowed}}). See README, Architecture.",
      typesOnly: "{{from}} may import only types from {{to}} (use `import type`).",
    },
  },
  create(context) {
    const file = path.relative(root, context.filename).split(path.sep).join("/");
    const from = areaOf(file);
    if (!from || !from.startsWith("src/") || isTest(file)) return {};
    const layer = LAYERS[from.slice(4)];

    function check(node, source, types) {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = path
        .relative(root, path.resolve(root, path.dirname(file), source))
        .split(path.sep)
        .join("/");
      const to = areaOf(`${target}/x`);
      if (!to || to === from) return;
      if (!to.startsWith("src/")) {
        context.report({ node, messageId: "outside", data: { from: file, to: target } });
        return;
      }
      const folder = to.slice(4);
      if (!layer) {
        context.report({
          node,
          messageId: "layer",
          data: { from: file, to: target, allowed: "none" },
        });
        return;
      }
      const allowed = [...layer.imports, ...(layer.roots?.[file] ?? [])];
      if (allowed.includes(folder)) return;
      if (layer.types?.includes(folder)) {
        if (!types)
          context.report({ node, messageId: "typesOnly", data: { from: file, to: target } });
        return;
      }
      context.report({
        node,
        messageId: "layer",
        data: { from: file, to: target, allowed: layer.imports.join(", ") || "none" },
      });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value, typeOnly(node)),
      ExportNamedDeclaration: (node) =>
        node.source && check(node, node.source.value, typeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, typeOnly(node)),
      ImportExpression: (node) => check(node, node.source.value, false),
      TSImportType: (node) =>
        check(node, node.argument?.literal?.value ?? node.argument?.value, true),
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require") {
          check(node, node.arguments[0]?.value, false);
        }
      },
    };
  },
};

export default { rules: { "import-direction": importDirection } };
