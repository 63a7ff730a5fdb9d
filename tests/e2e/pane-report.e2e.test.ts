// The report for the review meeting end to end in Chromium through the preview (issue 15): a refresh at
// one report date, then at a later one, shows the change since the first and the trend; the paragraph
// is copied by the clipboard API, and where the host has none, selected in a text area for Ctrl+C.
// The production bundle against the in-browser workbook, axe on each state.
import { readFileSync } from "fs";
import { resolve } from "path";
import type { Frame, Page } from "playwright-core";
import {
  axeViolations,
  clippedElements,
  openPreview,
  openSession,
  screenshot,
  type Session,
} from "./browser";

let session: Session;

beforeAll(async () => {
  session = await openSession();
  await session.context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(session.url).origin,
  });
});

afterAll(async () => {
  await session?.close();
});

/** The core's golden paragraph for the seed sample at 06/11/2020 (src/core/report/golden). */
const SEED_2020 = readFileSync(
  resolve(__dirname, "../../src/core/report/golden/seed-2020-11-06.vi.txt"),
  "utf8"
).trim();

/** Waits until the pane has read the seed's settings: their report date would replace one typed before. */
async function seedSettingsRead(pane: Frame): Promise<void> {
  await pane.waitForFunction(
    () =>
      (document.querySelector("input[placeholder='dd/mm/yyyy']") as HTMLInputElement | null)
        ?.value === "06/11/2020"
  );
}

async function refreshAt(pane: Frame, date: string): Promise<void> {
  const field = pane.getByLabel("Ngày báo cáo");
  await field.fill(date);
  await field.blur();
  const status = pane.getByRole("status").filter({ hasText: /\d nhiệm vụ, / });
  await pane.getByRole("button", { name: "Làm mới tổng hợp" }).click();
  await status.waitFor();
  await pane.getByRole("region", { name: "Báo cáo cho cuộc họp" }).waitFor();
  // The paragraph states this date once the refresh at it has shown.
  await pane
    .getByRole("group", { name: "Đoạn báo cáo" })
    .getByRole("paragraph")
    .filter({ hasText: `Tính đến ngày ${date}` })
    .waitFor();
}

const rowTexts = async (pane: Frame, table: string): Promise<string[][]> => {
  const rows = pane.getByRole("table", { name: table }).getByRole("row");
  const out: string[][] = [];
  for (let i = 1; i < (await rows.count()); i++)
    out.push(
      (await rows.nth(i).locator("th, td").allInnerTexts()).map((s) => s.trim().normalize("NFC"))
    );
  return out;
};

async function checkState(page: Page, pane: Frame, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(pane)).toEqual([]);
  expect(await clippedElements(pane)).toEqual([]);
}

describe("the report for the review meeting in the preview", () => {
  it("refreshes at two report dates, shows the change and the trend, and copies the paragraph", async () => {
    const { page, pane } = await openPreview(session, "seed");
    await seedSettingsRead(pane);
    await refreshAt(pane, "30/06/2018");
    const report = pane.getByRole("region", { name: "Báo cáo cho cuộc họp" });
    await report.getByText(/Trang Lịch sử chưa có ngày báo cáo nào trước ngày này/).waitFor();
    expect(await report.getByRole("table").count()).toBe(0);

    await refreshAt(pane, "06/11/2020");
    const paragraph = report.getByRole("group", { name: "Đoạn báo cáo" }).getByRole("paragraph");
    const text = (await paragraph.innerText()).normalize("NFC");
    // The golden paragraph, then the change since the earlier report date.
    expect(text.startsWith(SEED_2020)).toBe(true);
    expect(text.slice(SEED_2020.length)).toMatch(/^ So với ngày 30\/06\/2018: /);
    expect(await paragraph.getAttribute("lang")).toBe("vi");

    const change = await rowTexts(pane, "Thay đổi so với ngày 30/06/2018");
    expect(change.map((r) => r[0])).toEqual([
      "Đã hoàn thành",
      "Quá hạn",
      "Tỷ lệ hoàn thành",
      "Tỷ lệ hoàn thành nhiệm vụ đến hạn",
    ]);
    // Done at 06/11/2020 is the golden's 56; the change is the difference of the two columns.
    const [, before, after, diff] = change[0];
    expect(after).toBe("56");
    expect(diff).toBe(`+${56 - Number(before)}`);
    expect(change[2][2]).toBe("96,55%");
    // The pane and the paragraph state the same difference of the rates.
    const points = /^\+(\d+,\d+) điểm %$/.exec(change[2][3])?.[1];
    expect(text).toContain(`tỷ lệ hoàn thành trên tổng số tăng ${points} điểm phần trăm`);
    const trend = await rowTexts(pane, "Qua các kỳ báo cáo");
    expect(trend.map((r) => r[0])).toEqual(["30/06/2018", "06/11/2020"]);
    expect(trend[1].slice(1, 4)).toEqual(["56", "0", "96,55%"]);

    await pane.getByRole("button", { name: "Sao chép đoạn báo cáo" }).click();
    await report.getByRole("status").filter({ hasText: "Đã sao chép đoạn báo cáo." }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.normalize("NFC")).toBe(text);
    expect(await report.getByRole("textbox").count()).toBe(0);
    await checkState(page, pane, "21-report-copied");
    await page.close();
  });

  it("selects the paragraph in a read-only text area where the host has no clipboard API", async () => {
    // A page that keeps the clipboard API, opened before the script below, to read what Ctrl+C copied.
    const reader = await session.context.newPage();
    await reader.goto(session.url);
    // Every frame of the next page (the pane's included) starts without navigator.clipboard.
    await session.context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "clipboard", {
        configurable: true,
        get: () => undefined,
      });
    });
    const { page, pane } = await openPreview(session, "seed");
    await seedSettingsRead(pane);
    await refreshAt(pane, "06/11/2020");
    const report = pane.getByRole("region", { name: "Báo cáo cho cuộc họp" });
    const text = (
      await report.getByRole("group", { name: "Đoạn báo cáo" }).getByRole("paragraph").innerText()
    ).trim();
    await pane.getByRole("button", { name: "Sao chép đoạn báo cáo" }).click();
    const box = pane.getByRole("textbox", { name: "Đoạn báo cáo để sao chép" });
    await box.waitFor();
    expect(await box.getAttribute("readonly")).not.toBeNull();
    await report.getByRole("status").filter({ hasText: "nhấn Ctrl+C" }).waitFor();
    const selection = await box.evaluate((el: HTMLTextAreaElement) => ({
      focused: document.activeElement === el,
      selected: el.value.slice(el.selectionStart, el.selectionEnd),
    }));
    expect(selection.focused).toBe(true);
    expect(selection.selected.trim()).toBe(text);
    await checkState(page, pane, "22-report-copy-fallback");
    // Ctrl+C copies the selection.
    await page.keyboard.press("Control+C");
    const copied = await reader.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe(text);
    await page.close();
    await reader.close();
  });

  it("never leaves localhost and raises no page error", () => {
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
