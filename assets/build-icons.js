// Renders the SVG icons to the PNG sizes the manifest and the stores need, with the Chromium this
// machine has (Debian's /usr/bin/chromium or CHROMIUM_PATH) driven by playwright-core. Rerun: node assets/build-icons.js
const path = require("path");
const fs = require("fs");
const { chromium } = require("playwright-core");

const SIZES = { icon: [16, 32, 64, 80, 128], refresh: [16, 32, 80] };

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const [name, sizes] of Object.entries(SIZES)) {
      const svg = fs.readFileSync(path.join(__dirname, `${name}.svg`), "utf8");
      for (const size of sizes) {
        const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
        const html = `<html><body style="margin:0;background:transparent">${svg.replace(
          "<svg ",
          `<svg width="${size}" height="${size}" `
        )}</body></html>`;
        await page.setContent(html);
        const out = path.join(__dirname, `${name}-${size}.png`);
        await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        await page.close();
        console.log(`${path.relative(process.cwd(), out)} ${size}x${size}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
