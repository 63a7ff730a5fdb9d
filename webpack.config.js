/* eslint-disable no-undef */
// Shaped like Microsoft's Office add-in template: a task pane entry and a ribbon commands entry, each with its
// own HTML page; assets and manifest*.xml copied, with the dev URL rewritten to urlProd in production builds.
// office.js is loaded from Microsoft's CDN by the HTML pages, never bundled.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const devCerts = require("office-addin-dev-certs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted; override with ADDIN_URL_PROD=https://host/path/ npm run build.
const urlProd = process.env.ADDIN_URL_PROD || "https://tiendo.example.vn/addin/";

/** Rewrites every dev URL of a manifest to the production base URL. */
function rewriteManifestUrls(xml, base = urlProd) {
  const prod = base.endsWith("/") ? base : `${base}/`;
  const origin = new URL(prod).origin;
  return xml
    .split(urlDev)
    .join(prod)
    .split(urlDev.replace(/\/$/, "<"))
    .join(`${origin}<`); // AppDomain holds the bare origin
}

/**
 * Dev-server certificates. office-addin-dev-certs generates and trusts them; on Linux the trust step (and so
 * getHttpsServerOptions) fails, so fall back to the files it generated (generating them when missing).
 */
async function getHttpsOptions() {
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (error) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
      await require("office-addin-dev-certs/lib/generate").generateCertificates();
    }
    console.warn(
      `office-addin-dev-certs could not install the certificates (${String(error.message || error).split("\n")[0]}); ` +
        `serving with the generated files in ${dir}. Trust ${path.join(dir, files.ca)} in your browser to avoid warnings.`
    );
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  }
}

/**
 * Prints each entry's JavaScript, raw and gzip: what loads at start (the entry's own files, the figure the
 * issue 7 budget holds) apart from the chunks it loads on demand. Fails if the commands bundle pulled React
 * or Fluent, or a catalogue other than the sheets' strings (src/i18n/catalogues/sheets.*).
 */
class BundleReportPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundleReportPlugin", (compilation) => {
      // The commands entry and anything it could load later.
      const commands = compilation.entrypoints.get("commands")?.chunks ?? [];
      for (const chunk of new Set(commands.flatMap((c) => [c, ...c.getAllAsyncChunks()]))) {
        // A concatenated module (production) holds its parts in .modules: check each.
        const modules = compilation.chunkGraph.getChunkModules(chunk).flatMap((m) => [m, ...(m.modules ?? [])]);
        for (const m of modules) {
          const resource = m.resource || m.nameForCondition?.() || "";
          if (/node_modules[\\/](react|react-dom|@fluentui|@griffel|scheduler)[\\/]/.test(resource)) {
            compilation.errors.push(new Error(`The commands bundle must not include ${resource}`));
          }
          // Only the strings every consumer needs (src/i18n/catalogues/sheets.*): no findings', pane, merge or CLI ones.
          if (/src[\\/]i18n[\\/](catalogues[\\/](pane|merge|cli|findings)\.|index\.ts|pane\.ts|merge\.ts|findings?\.ts|vi\.ts|en\.ts)/.test(resource)) {
            compilation.errors.push(new Error(`The commands bundle must not include ${resource}`));
          }
        }
      }
      // After emit webpack keeps sizes only: read what was written.
      const measure = (name) => {
        const buffer = fs.readFileSync(path.join(compilation.outputOptions.path, name));
        return { name, raw: buffer.length, gzip: zlib.gzipSync(buffer, { level: 9 }).length };
      };
      const jsFiles = (chunks) => [...new Set([...chunks].flatMap((c) => [...c.files].filter((f) => f.endsWith(".js"))))];
      const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
      const print = (title, rows) => {
        if (rows.length === 0) return;
        rows.sort((a, b) => b.gzip - a.gzip || a.name.localeCompare(b.name));
        console.log(`  ${title}`);
        for (const r of rows) console.log(`    ${r.name.padEnd(30)}${kb(r.raw)}${kb(r.gzip)}`);
        if (rows.length > 1) {
          const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
          console.log(`    ${"(total)".padEnd(30)}${kb(sum("raw"))}${kb(sum("gzip"))}`);
        }
      };
      console.log("\nJavaScript bundles (raw, gzip):");
      for (const [name, entry] of [...compilation.entrypoints].sort(([a], [b]) => a.localeCompare(b))) {
        const initial = jsFiles(entry.chunks);
        const lazy = jsFiles(entry.chunks.flatMap((c) => [...c.getAllAsyncChunks()])).filter((f) => !initial.includes(f));
        print(`${name}: loaded at start`, initial.map(measure));
        print(`${name}: loaded on demand`, lazy.map(measure));
      }
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    // globalThis: every webview that runs Fluent v9 has it; without this, webpack's runtime falls back to
    // `new Function("return this")`, which the pane's Content-Security-Policy (no unsafe-eval) forbids.
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
      filename: "[name].js",
      // Chunks the pane loads on demand (issue 7), from the add-in's own origin (the pages' CSP allows
      // 'self'); hashed so that a cached entry never runs against chunks of another build.
      chunkFilename: "[name].[contenthash:8].js",
      environment: { globalThis: true },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type-checking is `npm run typecheck`; the bundle only needs ES modules kept for tree shaking.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "esnext", sourceMap: dev } },
          },
        },
      ],
    },
    // The core (src/core) is shared by the use-cases, the settings form and the template: one chunk of its
    // own, loaded with the use-cases after the first paint, never copied into each (issue 7).
    optimization: {
      splitChunks: {
        cacheGroups: {
          core: { test: /[\\/]src[\\/]core[\\/]/, name: "core", chunks: "async", enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : rewriteManifestUrls(content.toString());
            },
          },
        ],
      }),
      ...(dev ? [] : [new BundleReportPlugin()]),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await getHttpsOptions(),
      },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
    },
  };
};

module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
