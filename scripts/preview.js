#!/usr/bin/env node
/* eslint-disable no-undef */
// npm run preview: serves the production task pane (dist/, from `npm run build`) beside the preview page
// (dist-preview/, from webpack.preview.js) on localhost only. The pane runs against an in-browser
// workbook (the typed Excel double), not Excel. Office.js is served from node_modules, and a strict
// Content-Security-Policy keeps every request on this server (office.js outside Office would otherwise
// open a telemetry frame on a Microsoft host).
// Usage: npm run preview [-- --port 3100] [--rebuild]
const fs = require("fs");
const http = require("http");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const PREVIEW = path.join(ROOT, "dist-preview");
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_CDN = /https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/g;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** Resolves a URL path under a root, or null when it would leave it. */
function under(root, urlPath) {
  const file = path.resolve(root, `.${urlPath}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function route(urlPath) {
  if (urlPath === "/" || urlPath === "/index.html") return { file: path.join(PREVIEW, "preview.html") };
  if (urlPath === "/preview.js") return { file: path.join(PREVIEW, "preview.js") };
  // A file, not an inline script: the pane's own CSP allows scripts from 'self' only.
  if (urlPath === "/preview-optout.js") return { body: "var OsfOptOut = true;\n", type: TYPES[".js"] };
  if (urlPath.startsWith("/office-js/")) return { file: under(OFFICE_JS, urlPath.slice("/office-js".length)) };
  // The production pane page, with office.js taken from this server instead of Microsoft's CDN.
  if (urlPath === "/taskpane.html") return { file: path.join(DIST, "taskpane.html"), rewrite: true };
  return { file: under(DIST, urlPath) };
}

function handler(req, res) {
  const send = (status, body, type = "text/plain; charset=utf-8") => {
    res.writeHead(status, { "Content-Type": type, "Content-Security-Policy": CSP, "Cache-Control": "no-store" });
    res.end(body);
  };
  if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method not allowed");
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  } catch {
    return send(400, "Bad request");
  }
  const { file, rewrite, body: fixed, type } = route(urlPath);
  if (fixed !== undefined) return send(200, req.method === "HEAD" ? "" : fixed, type);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(404, "Not found");
  let body = fs.readFileSync(file);
  // office.js in a frame outside Office navigates the frame away unless OsfOptOut is defined; with it,
  // Office.onReady resolves with host null and the pane takes the preview's workbook instead.
  if (rewrite) {
    body = body
      .toString("utf8")
      .replace(OFFICE_CDN, "office-js/office.js")
      .replace(/<script[^>]*office-js\/office\.js/, (tag) => `<script src="preview-optout.js"></script>${tag}`);
  }
  return send(200, req.method === "HEAD" ? "" : body, TYPES[path.extname(file)] || "application/octet-stream");
}

function run(args) {
  const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const result = spawnSync(process.execPath, [webpack, ...args], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`webpack ${args.join(" ")} failed`);
}

/** Builds what is missing (or with rebuild, everything): the production pane, then the preview page. */
function ensureBuilt({ rebuild = false, rebuildPreview = rebuild } = {}) {
  if (rebuild || !fs.existsSync(path.join(DIST, "taskpane.html"))) run(["--mode", "production"]);
  if (rebuildPreview || !fs.existsSync(path.join(PREVIEW, "preview.html"))) {
    run(["-c", "webpack.preview.js", "--mode", "production"]);
  }
}

/** Starts the server on 127.0.0.1 (port 0 picks a free one); resolves with the server and its URL. */
function startPreviewServer({ port = 0 } = {}) {
  const server = http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

module.exports = { startPreviewServer, ensureBuilt, CSP };

if (require.main === module) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--port");
  const port = portAt >= 0 ? Number(args[portAt + 1]) : Number(process.env.PREVIEW_PORT || 3100);
  ensureBuilt({ rebuild: args.includes("--rebuild") });
  startPreviewServer({ port }).then(({ url }) => {
    console.log(`Preview — not Excel / Bản xem thử — không phải Excel: ${url}`);
    console.log(`  ${url}?workbook=errors   ${url}?workbook=empty   ${url}?lang=en`);
  });
}
