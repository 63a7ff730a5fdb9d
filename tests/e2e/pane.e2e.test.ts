// The task pane end to end: the production bundle in real Chromium, through the preview, against the
// in-browser workbook. Each state is checked with axe-core and saved as a screenshot in artifacts/e2e.
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

/** Zero axe violations and nothing cut off at 320 px, with a screenshot of the state. */
async function checkState(page: Page, pane: Frame, name: string, scope?: string): Promise<void> {
  await screenshot(page, name);
  expect(await axeViolations(pane, scope)).toEqual([]);
  expect(await clippedElements(pane)).toEqual([]);
}

async function refresh(pane: Frame, name = "Làm mới tổng hợp"): Promise<string> {
  const status = pane.getByRole("status").filter({ hasText: /\d nhiệm vụ, |\d tasks?, / });
  await pane.getByRole("button", { name }).click();
  await status.waitFor();
  // The status line is in the start bundle, the results in a chunk of their own: wait until they show, so
  // that what a test reads or checks with axe is the whole state (counting at once raced the chunk in CI).
  await pane.locator("#findings-heading").waitFor();
  return status.innerText();
}

/** The cell the workbook view shows as selected: "Sheet!A1". */
async function selectedCell(page: Page): Promise<string> {
  const cell = page.locator("td[data-selected='true']").first();
  await cell.waitFor();
  const sheet = await page.getByRole("tab", { selected: true }).innerText();
  return `${sheet}!${await cell.getAttribute("data-cell")}`;
}

describe("the task pane in the preview", () => {
  it("refreshes the seed sample: result line, rollup preview and the summary sheet", async () => {
    const { page, pane } = await openPreview(session, "seed");
    await checkState(page, pane, "01-seed-before");
    const line = await refresh(pane);
    expect(line).toMatch(/^58 nhiệm vụ, 7 lĩnh vực, 0 lỗi, 0 cảnh báo, \d+(,\d+)? giây/);
    const rollup = pane.getByRole("table", { name: "Tổng hợp theo lĩnh vực" });
    const total = rollup.getByRole("row", { name: /Tổng cộng/ });
    await total.waitFor();
    expect(await rollup.getByRole("row").count()).toBe(1 + 7 + 1);
    expect(await total.getByRole("cell").allInnerTexts()).toEqual([
      "58",
      "56",
      "0",
      expect.stringMatching(/%$/),
    ]);
    await pane.getByText("Không có lỗi hay cảnh báo.").waitFor();
    // The refresh wrote the summary sheet into the in-browser workbook.
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page
      .locator("#sheet-panel td")
      .filter({ hasText: "ĐẢNG CỘNG SẢN VIỆT NAM" })
      .first()
      .waitFor();
    expect(await page.locator("#sheet-panel td").filter({ hasText: /\S/ }).count()).toBeGreaterThan(
      50
    );
    await checkState(page, pane, "02-seed-refreshed");
    await page.close();
  });

  it("takes the user to the cell of a finding, by click and by Enter", async () => {
    const { page, pane } = await openPreview(session, "errors");
    const line = await refresh(pane);
    expect(line).toMatch(/^58 nhiệm vụ, 7 lĩnh vực, [1-9]\d* lỗi, [1-9]\d* cảnh báo/);
    await checkState(page, pane, "03-errors-findings");

    const unknownArea = pane.getByRole("button", { name: /Lĩnh vực "Công tác thi đua" không có/ });
    const place = (await unknownArea.innerText()).split("\n")[0];
    await unknownArea.click();
    expect(await selectedCell(page)).toBe(place);
    expect(
      await page.locator(`td[data-cell='${place.split("!")[1]}'][data-selected='true']`).innerText()
    ).toBe("Công tác thi đua");

    const badDate = pane.getByRole("button", { name: /31\/02\/2020/ });
    const datePlace = (await badDate.innerText()).split("\n")[0];
    await badDate.focus();
    await pane.page().keyboard.press("Enter");
    await page.waitForFunction(
      (cell) => document.querySelector(`td[data-cell='${cell}'][data-selected='true']`) !== null,
      datePlace.split("!")[1]
    );
    expect(await selectedCell(page)).toBe(datePlace);
    await screenshot(page, "04-errors-selected");
    await page.close();
  });

  it("applies a fix only after the user confirms it, then checks again", async () => {
    const { page, pane } = await openPreview(session, "errors");
    await refresh(pane);
    const item = pane.getByRole("listitem").filter({ hasText: '"Done"' });
    const place = (await item.getByRole("button").first().innerText()).split("\n")[0];
    const cell = place.split("!")[1];

    await item.getByRole("button", { name: "Thay bằng giá trị chuẩn" }).click();
    let dialog = pane.getByRole("dialog");
    await dialog.waitFor();
    expect(
      await dialog
        .getByRole("row", { name: new RegExp(place) })
        .getByRole("cell")
        .allInnerTexts()
    ).toEqual(["Done", "Hoàn thành"]);
    await checkState(page, pane, "05-fix-dialog", "[role=dialog]");
    await dialog.getByRole("button", { name: "Hủy" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("tab", { name: "Nhiệm vụ" }).click();
    expect(await page.locator(`#sheet-panel td[data-cell='${cell}']`).innerText()).toBe("Done");

    await item.getByRole("button", { name: "Thay bằng giá trị chuẩn" }).click();
    dialog = pane.getByRole("dialog");
    await dialog.getByRole("button", { name: "Đồng ý sửa" }).click();
    await pane.getByRole("listitem").filter({ hasText: '"Done"' }).waitFor({ state: "detached" });
    // The modal hid the rest of the pane from screen readers; that lifts once the dialog has gone.
    await pane.waitForFunction(() => !document.getElementById("root")?.hasAttribute("aria-hidden"));
    await page.getByRole("tab", { name: "Nhiệm vụ" }).click();
    expect(await page.locator(`#sheet-panel td[data-cell='${cell}']`).innerText()).toBe(
      "Hoàn thành"
    );
    await checkState(page, pane, "06-fix-applied");
    await page.close();
  });

  it("switches the pane to English and back", async () => {
    const { page, pane } = await openPreview(session, "errors");
    await refresh(pane);
    await pane.getByRole("button", { name: "English" }).click();
    await pane.getByRole("button", { name: "Refresh summary" }).waitFor();
    await pane.getByRole("heading", { level: 2, name: "Check results" }).waitFor();
    expect(await pane.locator("html").getAttribute("lang")).toBe("en");
    const line = await refresh(pane, "Refresh summary");
    expect(line).toMatch(/^58 tasks, 7 areas, \d+ errors?, \d+ warnings?, \d+(\.\d+)? s/);
    await checkState(page, pane, "07-english");
    await pane.getByRole("button", { name: "Tiếng Việt" }).click();
    await pane.getByRole("button", { name: "Làm mới tổng hợp" }).waitFor();
    await page.close();
  });

  it("starts in English when Office's display language is English, settings open", async () => {
    const { page, pane } = await openPreview(session, "seed", "en");
    await pane.getByRole("button", { name: "Settings" }).click();
    await pane.getByLabel("Summary sheet name").waitFor();
    await checkState(page, pane, "08-english-settings");
    await page.close();
  });

  it("offers the ways in on an empty workbook and creates the template with the sample", async () => {
    const { page, pane } = await openPreview(session, "empty");
    await refresh(pane);
    const offer = pane.getByRole("region", { name: "Bắt đầu" });
    await offer.waitFor();
    await checkState(page, pane, "09-empty-template-offer");
    await offer.getByRole("radio", { name: /Dữ liệu mẫu/ }).check();
    await offer.getByRole("button", { name: "Tạo các trang" }).click();
    await pane.getByRole("table", { name: "Tổng hợp theo lĩnh vực" }).waitFor();
    for (const sheet of ["Lĩnh vực", "Nhiệm vụ", "Tổng hợp"]) {
      await page.getByRole("tab", { name: sheet }).waitFor();
    }
    await checkState(page, pane, "10-template-created");
    await page.close();
  });

  it("never leaves localhost and raises no page error", () => {
    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
