// office-addin-lint runs this file when present. It extends the Office add-in rules and adds the
// one rule this architecture depends on: the domain core imports no host, UI, DOM or node module.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import layers from "./eslint/import-direction.mjs";

const nodeModules = [
  "fs",
  "fs/*",
  "path",
  "os",
  "child_process",
  "http",
  "https",
  "net",
  "url",
  "zlib",
  "stream",
  "util",
  "crypto",
  "node:*",
];

const hostModules = [
  "react",
  "react-dom",
  "react-dom/*",
  "@fluentui/*",
  "office-addin-*",
  "@microsoft/office-js",
  "exceljs",
  "jszip",
  ...nodeModules,
];

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "artifacts/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    plugins: { "office-addins": officeAddins },
    rules: {
      "no-undef": "off", // TypeScript checks names; eslint does not know DOM/Office globals
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-new-func": "error",
      "no-implied-eval": "error",
    },
  },
  {
    // Imports between the folders of src run one way; relative paths are resolved, so "../../office"
    // is caught like "../office" (eslint/import-direction.mjs holds the table of allowed directions).
    files: ["src/**/*.{ts,tsx}"],
    plugins: { layers },
    rules: {
      "layers/import-direction": "error",
      // A message key is typed from the catalogue: a cast would let a key without a message compile.
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression > TSTypeReference[typeName.name=/^(MessageKey|PluralKey)$/]",
          message:
            "Type the key (a template literal over a typed union) instead of casting it to a message key.",
        },
      ],
    },
  },
  {
    // The pure core: no Office, React, DOM or node built-ins (see README, Architecture).
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: hostModules }],
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "window",
        "document",
        "navigator",
        "process",
        "require",
        "Buffer",
        "localStorage",
        "fetch",
      ],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // The .xlsx reader and writer take and give bytes so the task pane can load them: no node built-ins
    // (the CLI does the file I/O). sniff.ts and template-write.ts belong to the CLI's template work.
    files: ["src/xlsx/**/*.ts"],
    ignores: ["src/xlsx/sniff.ts", "src/xlsx/template-write.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...nodeModules, "../cli/*", "../office/*", "../taskpane/*"] },
      ],
      "no-restricted-globals": ["error", "process", "require", "Buffer"],
    },
  },
  {
    // Tests and scripts drive the typed Excel double and ExcelJS, not Office.js proxies: the Office.js
    // load/sync rules would read their plain objects as proxies.
    files: ["tests/**/*.{ts,tsx}", "scripts/**/*.ts", "samples/**/*.ts"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
];
