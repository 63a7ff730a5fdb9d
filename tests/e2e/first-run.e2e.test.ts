// The first hour end to end (issue 17 §5 and §8, issue 11 §2): the production pane in real Chromium,
// through the preview. On an empty workbook the pane opens on its first-run screen before any refresh;
// on a workbook holding only the plan's appendix list it imports the list, shows what it read, creates the
// sheets on confirm and refreshes; the tabs then read list, areas, tasks, summary, settings; the preview
// shows the core's values for the summary's formulas. Each state is checked with axe-core.
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
});

afterAll(async () => {
  await session?.close();
});

async function checkState(page: Page, pane: Frame, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(pane)).toEqual([]);
  expect(await clippedElements(pane)).toEqual([]);
}

/** The workbook view's tabs, in order. */
const tabs = (page: Page) => page.getByRole("tab").allInnerTexts();

describe("the first hour in the preview", () => {
  it("opens an empty workbook on the three ways in, the template chosen and the sample not", async () => {
    const { page, pane } = await openPreview(session, "empty");
    const start = pane.getByRole("region", { name: "Bắt đầu" });
    await start.waitFor();
    // Nothing refreshed, nothing written.
    expect(await tabs(page)).toEqual(["Sheet1"]);
    const ways = start.getByRole("radiogroup", { name: "Cách bắt đầu" });
    expect(await ways.getByRole("radio").count()).toBe(3);
    expect(await ways.getByRole("radio", { name: /Mẫu trống/ }).isChecked()).toBe(true);
    expect(await ways.getByRole("radio", { name: /Dữ liệu mẫu/ }).isChecked()).toBe(false);
    await checkState(page, pane, "20-first-run");
    // Keyboard only: the chosen radio takes the focus, arrows move the choice, Tab reaches the button.
    await ways.getByRole("radio", { name: /Mẫu trống/ }).focus();
    await pane.page().keyboard.press("ArrowDown");
    expect(await ways.getByRole("radio", { name: /Nhập từ danh mục/ }).isChecked()).toBe(true);
    await pane.page().keyboard.press("ArrowUp");
    expect(await ways.getByRole("radio", { name: /Mẫu trống/ }).isChecked()).toBe(true);
    await pane.page().keyboard.press("Tab");
    await pane.page().keyboard.press("Enter");
    const next = pane.getByRole("region", { name: "Việc tiếp theo" });
    await next.waitFor();
    expect(await next.getByRole("listitem").first().innerText()).toBe(
      "Nhập các lĩnh vực vào trang “Lĩnh vực”, mỗi lĩnh vực một dòng."
    );
    await pane.locator("#findings-heading").waitFor();
    const names = await tabs(page);
    expect(names.slice(0, 4)).toEqual(["Sheet1", "Lĩnh vực", "Nhiệm vụ", "Tổng hợp"]);
    expect(names[names.length - 1]).toBe("Cấu hình");
    await checkState(page, pane, "21-first-run-next");
    await page.close();
  });

  it("imports the appendix list: review, confirm, refresh, rollup, and the summary's values", async () => {
    const { page, pane } = await openPreview(session, "appendix");
    const start = pane.getByRole("region", { name: "Bắt đầu" });
    await start.getByRole("radio", { name: /Nhập từ danh mục/ }).check();
    const review = start.getByRole("region", { name: "Tiện ích đọc được từ “Phụ lục”" });
    await review.waitFor();
    await review.getByText("7 lĩnh vực, 58 nhiệm vụ. Chưa có gì được ghi.").waitFor();
    expect(await review.getByRole("listitem").count()).toBe(7);
    await review.getByRole("button", { name: "Từng thời hạn đã đọc" }).click();
    await review.getByText(/^TT-01: /).waitFor();
    // Reading wrote nothing.
    expect(await tabs(page)).toEqual(["Phụ lục"]);
    await checkState(page, pane, "22-import-review");
    await review
      .getByRole("button", { name: "Tạo trang Lĩnh vực và Nhiệm vụ từ danh mục" })
      .click();
    const rollup = pane.getByRole("table", { name: "Tổng hợp theo lĩnh vực" });
    await rollup.waitFor();
    expect(await rollup.getByRole("row").count()).toBe(1 + 7 + 1);
    const total = rollup.getByRole("row", { name: /Tổng cộng/ });
    expect((await total.getByRole("cell").allInnerTexts())[0]).toBe("58");
    await pane.getByRole("region", { name: "Việc tiếp theo" }).waitFor();
    const names = await tabs(page);
    expect(names.slice(0, 4)).toEqual(["Phụ lục", "Lĩnh vực", "Nhiệm vụ", "Tổng hợp"]);
    expect(names[names.length - 1]).toBe("Cấu hình");
    await checkState(page, pane, "23-import-done");
    // The preview shows the core's values for the summary's formulas, not their text (§8).
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const computed = page.locator("#sheet-panel td[data-computed='true']");
    await computed.first().waitFor();
    expect(await computed.count()).toBeGreaterThan(50);
    const texts = await computed.allInnerTexts();
    expect(texts.filter((t) => t.trim().startsWith("="))).toEqual([]);
    expect(texts).toContain("58");
    await page.getByText(/giá trị tiện ích đã tính cho công thức/).waitFor();
    await page.close();
  });

  it("says the same in English, with nothing for axe to find", async () => {
    const { page, pane } = await openPreview(session, "appendix", "en");
    const start = pane.getByRole("region", { name: "Get started" });
    await start.getByRole("radio", { name: /Import from a list/ }).check();
    await start.getByRole("region", { name: "What the add-in read from “Phụ lục”" }).waitFor();
    await start.getByText("7 areas, 58 tasks. Nothing has been written yet.").waitFor();
    await checkState(page, pane, "24-import-review-en");
    await page.close();
  });

  it("never leaves localhost and raises no page error", () => {
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
