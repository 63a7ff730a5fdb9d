// The task pane's drill-down, filter, date field and forced colours, end to end in Chromium through the
// preview (issue 17 §6-7): the production bundle against the in-browser workbook, axe on each state.
import { axeViolations, openPreview, openSession, screenshot, type Session } from "./browser";

let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

async function refresh(pane: import("playwright-core").Frame): Promise<void> {
  await pane.getByRole("button", { name: "Làm mới tổng hợp" }).click();
  await pane.locator("#findings-heading").waitFor();
}

describe("the pane's figures, filter and forms in the preview", () => {
  it("goes from the total's overdue figure to those tasks and selects one's cell", async () => {
    const { page, pane } = await openPreview(session, "mid");
    await refresh(pane);
    const show = pane.getByRole("button", { name: /^Xem \d+ nhiệm vụ quá hạn: tất cả lĩnh vực$/ });
    const count = Number(/Xem (\d+)/.exec((await show.getAttribute("aria-label")) ?? "")?.[1]);
    expect(count).toBeGreaterThan(0);
    await show.click();
    const list = pane.getByRole("list", { name: `Nhiệm vụ quá hạn: tất cả lĩnh vực (${count})` });
    await list.waitFor();
    const items = list.getByRole("button");
    expect(await items.count()).toBe(count);
    const place = (await items.first().innerText()).split("\n")[0];
    await items.first().click();
    const [sheet, cell] = place.split("!");
    await page.locator(`td[data-cell='${cell}'][data-selected='true']`).waitFor();
    expect(await page.getByRole("tab", { selected: true }).innerText()).toBe(sheet);
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(page, "11-overdue-drilldown");
    await page.close();
  });

  it("filters the findings to errors only", async () => {
    const { page, pane } = await openPreview(session, "errors");
    await refresh(pane);
    const groups = pane.locator("h3[id^='findings-']");
    expect(await groups.count()).toBe(2);
    await pane.getByRole("checkbox", { name: "Chỉ hiện lỗi" }).check();
    expect(await groups.allInnerTexts()).toEqual([expect.stringMatching(/^Lỗi \(\d+\)$/)]);
    await pane.getByText(/^Bộ lọc đang ẩn \d+ mục\.$/).waitFor();
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(page, "12-findings-filter");
    await page.close();
  });

  it("shows and takes the report date as dd/mm/yyyy in the Vietnamese pane", async () => {
    const { page, pane } = await openPreview(session, "seed");
    const date = pane.getByLabel("Ngày báo cáo");
    await pane.waitForFunction(() => {
      const input = document.querySelector("input[placeholder='dd/mm/yyyy']") as HTMLInputElement;
      return /^\d{2}\/\d{2}\/\d{4}$/.test(input?.value ?? "");
    });
    await date.fill("06/11/2020");
    await date.blur();
    expect(await date.inputValue()).toBe("06/11/2020");
    await refresh(pane);
    // The refresh ran at that date and the settings it read back keep it, in the same form.
    expect(await date.inputValue()).toBe("06/11/2020");
    await page.close();
  });

  it("keeps severity marks and rate bars visible in forced colours, with axe finding nothing", async () => {
    const { page, pane } = await openPreview(session, "errors");
    await page.emulateMedia({ forcedColors: "active" });
    await refresh(pane);
    await pane.getByRole("table", { name: "Tổng hợp theo lĩnh vực" }).waitFor();
    const marks = await pane.evaluate(() =>
      Array.from(document.querySelectorAll("section[aria-labelledby^='findings-'] li")).map(
        (li) => getComputedStyle(li).borderLeftStyle
      )
    );
    expect(new Set(marks)).toEqual(new Set(["solid", "dashed"]));
    const bars = await pane.evaluate(() =>
      Array.from(document.querySelectorAll("td div[aria-hidden='true'] > div")).map((bar) => {
        const style = getComputedStyle(bar);
        return { top: style.borderTopWidth, colour: style.borderTopColor };
      })
    );
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) {
      expect(bar.top).toBe("6px");
      expect(bar.colour).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    }
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(page, "13-forced-colours");
    await page.close();
  });

  it("never leaves localhost and raises no page error", () => {
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
