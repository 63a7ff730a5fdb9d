// npm run screenshots: the task pane at 320 px in Vietnamese and English, after refreshing the sample
// with errors (findings, result line and rollup all visible), taken in headless Chromium through the preview.
// Writes docs/screenshots/pane-vi.png and pane-en.png; pane-report.png, the report for the review meeting
// after refreshing the seed sample at 30/06/2018, then at 06/11/2020 (the change and the trend); and the
// first run on a workbook holding only the plan's appendix list, its import review open (pane-import-vi.png).
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import type { Server } from "http";
import { tmpdir } from "os";
import { join, resolve } from "path";
import type { BrowserContext, ElementHandle, Frame, Page } from "playwright-core";
import { launchChromium } from "../tests/e2e/browser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const preview = require("./preview.js") as {
  ensureBuilt: (o?: { rebuild?: boolean }) => void;
  startPreviewServer: (o?: { port?: number }) => Promise<{ server: Server; url: string }>;
};

const OUT = resolve(__dirname, "../docs/screenshots");

async function main(): Promise<void> {
  preview.ensureBuilt({ rebuild: !process.argv.includes("--no-build") });
  const { server, url } = await preview.startPreviewServer({ port: 0 });
  const userDataDir = mkdtempSync(join(tmpdir(), "tien-do-shots-"));
  // The same browser as the end-to-end tests (scripts/chromium.ts: CHROMIUM_PATH, system, or npm).
  const context = await launchChromium(userDataDir, { deviceScaleFactor: 1 }).catch((error) => {
    server.close();
    throw error;
  });
  try {
    mkdirSync(OUT, { recursive: true });
    for (const lang of ["vi", "en"] as const) {
      const page = await context.newPage();
      await page.goto(`${url}?workbook=errors&lang=${lang}`);
      const frameHandle = await page.waitForSelector("iframe.pane");
      const pane = await frameHandle.contentFrame();
      if (!pane) throw new Error("no pane frame");
      await pane
        .getByRole("button", { name: lang === "vi" ? "Làm mới tổng hợp" : "Refresh summary" })
        .click();
      await pane.getByRole("table").first().waitFor();
      const height = await showWholePane(page, frameHandle, pane);
      const file = join(OUT, `pane-${lang}.png`);
      await frameHandle.screenshot({ path: file });
      console.log(`wrote ${file} (320 × ${height} px)`);
      await page.close();
    }
    await reportShot(context, url);
    const page = await context.newPage();
    await page.goto(`${url}?workbook=appendix&lang=vi`);
    const frameHandle = await page.waitForSelector("iframe.pane");
    const pane = await frameHandle.contentFrame();
    if (!pane) throw new Error("no pane frame");
    await pane.getByRole("radio", { name: /Nhập từ danh mục/ }).check();
    await pane.getByRole("region", { name: /Tiện ích đọc được từ/ }).waitFor();
    const height = await showWholePane(page, frameHandle, pane);
    const file = join(OUT, "pane-import-vi.png");
    await frameHandle.screenshot({ path: file });
    console.log(`wrote ${file} (320 × ${height} px)`);
    await page.close();
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** Grows the 320 px pane frame to its content's height, so a shot of it shows the whole pane; the height. */
async function showWholePane(page: Page, frameHandle: ElementHandle, pane: Frame): Promise<number> {
  const height = await pane.evaluate(() => document.documentElement.scrollHeight);
  await frameHandle.evaluate((el, h) => {
    (el as HTMLElement).style.height = `${h}px`;
    (el as HTMLElement).style.flex = "0 0 320px";
  }, height);
  await page.setViewportSize({ width: 1280, height: Math.max(900, height + 200) });
  await page.waitForTimeout(300);
  return height;
}

/** The pane's report part, Vietnamese, after refreshes of the seed sample at two report dates. */
async function reportShot(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${url}?workbook=seed&lang=vi`);
  const frameHandle = await page.waitForSelector("iframe.pane");
  const pane = await frameHandle.contentFrame();
  if (!pane) throw new Error("no pane frame");
  const field = pane.getByLabel("Ngày báo cáo");
  // The workbook's settings (report date 06/11/2020) arrive first; a date typed before would be replaced.
  await pane.waitForFunction(
    () =>
      (document.querySelector("input[placeholder='dd/mm/yyyy']") as HTMLInputElement | null)
        ?.value === "06/11/2020"
  );
  for (const date of ["30/06/2018", "06/11/2020"]) {
    await field.fill(date);
    await field.blur();
    await pane.getByRole("button", { name: "Làm mới tổng hợp" }).click();
    await pane.locator("#report-paragraph", { hasText: `Tính đến ngày ${date}` }).waitFor();
  }
  await pane.getByRole("table", { name: "Qua các kỳ báo cáo" }).waitFor();
  await showWholePane(page, frameHandle, pane);
  const file = join(OUT, "pane-report.png");
  await pane.getByRole("region", { name: "Báo cáo cho cuộc họp" }).screenshot({ path: file });
  console.log(`wrote ${file}`);
  await page.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
