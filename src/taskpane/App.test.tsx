/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "./App";
import { finding } from "../core/findings";
import {
  ALIAS_FIX,
  fakeServices,
  FINDINGS,
  MISSING_SHEETS,
  resultOf,
  TODAY,
  type FakeServices,
} from "./__fixtures__/paneFixtures";
import type { Lang } from "../core/model";

// The pane's parts load as chunks (lazyParts); the first load of one under ts-jest on a busy machine
// takes longer than testing-library's 1 s default.
configure({ asyncUtilTimeout: 5000 });

// Fluent's MessageBar and positioning observe sizes; jsdom has no ResizeObserver.
beforeAll(() => {
  global.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

function renderPane(services: FakeServices = fakeServices(), lang: Lang = "vi") {
  render(<App services={services} initialLang={lang} />);
  return services;
}

// Under jsdom, tabster's modalizer ends up marking the open dialog itself aria-hidden (its visibility checks
// need layout); real Chromium does not (the end-to-end tests query the dialog by role and run axe on it).
// So queries inside the dialog include hidden elements, and the dialog is found by role first.
const inDialog = { hidden: true } as const;

async function refreshed(name = "Làm mới tổng hợp") {
  fireEvent.click(screen.getByRole("button", { name }));
  await screen.findByRole("heading", { level: 2, name: /Kết quả kiểm tra|Check results/ });
}

describe("the task pane", () => {
  it("shows the step and blocks a second refresh while one runs, then announces the counts", async () => {
    const services = fakeServices();
    services.hold = ["reading", "checking"];
    renderPane(services);
    const button = screen.getByRole("button", { name: "Làm mới tổng hợp" });

    fireEvent.click(button);
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("Đang kiểm tra dữ liệu…")).toBeTruthy();
    expect(button.hasAttribute("disabled")).toBe(true);
    fireEvent.click(button);
    expect(services.calls.refresh).toHaveLength(1);

    await act(async () => services.release());
    const status = screen.getAllByRole("status").find((s) => s.textContent?.includes("nhiệm vụ"));
    expect(status?.textContent).toContain("13 nhiệm vụ, 2 lĩnh vực, 2 lỗi, 2 cảnh báo, 0,4 giây");
    expect(status?.getAttribute("aria-live")).toBe("polite");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(button.hasAttribute("disabled")).toBe(false);
    expect(services.calls.refresh[0]).toMatchObject({
      lang: "vi",
      today: TODAY,
      reportDate: TODAY,
    });
  });

  it("groups findings by severity, then by sheet, errors first", async () => {
    renderPane();
    await refreshed();
    const groups = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(["Lỗi (2)", "Cảnh báo (2)"]);

    const errorSection = screen.getByRole("region", { name: "Lỗi (2)" });
    const errorLists = within(errorSection).getAllByRole("list");
    expect(errorLists).toEqual([
      within(errorSection).getByRole("list", { name: "Trang Nhiệm vụ" }),
      within(errorSection).getByRole("list", { name: "Trang Lĩnh vực" }),
    ]);
    expect(within(errorLists[0]).getAllByRole("listitem")[0].textContent).toContain("Nhiệm vụ!B7");
    expect(within(errorLists[1]).getAllByRole("listitem")[0].textContent).toContain(
      'Mã "TT" bị trùng (đã có ở ô A3).'
    );
    const warnings = within(screen.getByRole("region", { name: "Cảnh báo (2)" })).getAllByRole(
      "listitem"
    );
    expect(warnings.map((w) => w.textContent?.match(/^Nhiệm vụ![A-Z]+\d+/)?.[0])).toEqual([
      "Nhiệm vụ!G9",
      "Nhiệm vụ!F12",
    ]);
  });

  it("selects a finding's cell on click and on Enter", async () => {
    const services = renderPane();
    await refreshed();
    const target = screen.getByRole("button", { name: /Nhiệm vụ!B7/ });
    fireEvent.click(target);
    target.focus();
    fireEvent.keyDown(target, { key: "Enter" });
    await waitFor(() =>
      expect(services.calls.select).toEqual([
        ["Nhiệm vụ", "B7"],
        ["Nhiệm vụ", "B7"],
      ])
    );
  });

  it("changes cells only after the user confirms the fix, then checks again", async () => {
    const fixed = resultOf(FINDINGS.slice(1));
    const services = fakeServices([resultOf(FINDINGS), fixed]);
    renderPane(services);
    await refreshed();

    fireEvent.click(screen.getByRole("button", { name: "Thay bằng giá trị chuẩn" }));
    let dialog = await screen.findByRole("dialog");
    const row = within(dialog).getByRole("row", { ...inDialog, name: /Nhiệm vụ!G9/ });
    expect(
      within(row)
        .getAllByRole("cell", inDialog)
        .map((c) => c.textContent)
    ).toEqual(["Done", "Hoàn thành"]);
    fireEvent.click(within(dialog).getByRole("button", { ...inDialog, name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(services.calls.applyFix).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Thay bằng giá trị chuẩn" }));
    dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("button", { ...inDialog, name: "Đồng ý sửa" }));
    await waitFor(() => expect(services.calls.refresh).toHaveLength(2));
    expect(services.calls.applyFix).toEqual([ALIAS_FIX]);
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Thay bằng giá trị chuẩn" })).toBeNull()
    );
  });

  it("leaves cells edited since the check alone and says so", async () => {
    const services = fakeServices();
    services.stale = ALIAS_FIX;
    renderPane(services);
    await refreshed();
    fireEvent.click(screen.getByRole("button", { name: "Thay bằng giá trị chuẩn" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("button", { ...inDialog, name: "Đồng ý sửa" }));
    expect(
      await screen.findByText(
        "1 ô đã bị sửa từ lần kiểm tra trước nên được giữ nguyên; hãy làm mới để kiểm tra lại."
      )
    ).toBeTruthy();
    await waitFor(() => expect(services.calls.refresh).toHaveLength(2));
  });

  it("shows a workbook-wide finding without a cell to select", async () => {
    const hostError = finding("host-error", "", "", {
      reason: "trang tính đang được bảo vệ",
      detail: "Tổng hợp",
    });
    renderPane(fakeServices([resultOf([hostError])]));
    await refreshed();
    const list = screen.getByRole("list", { name: "Toàn bảng tính" });
    const item = within(list).getByRole("listitem");
    expect(within(item).getByText("Excel báo lỗi: trang tính đang được bảo vệ.")).toBeTruthy();
    // The host's own words are behind the details toggle, not in the sentence.
    const details = item.querySelector("details")!;
    expect(details.open).toBe(false);
    expect(within(details).getByText("Chi tiết").tagName).toBe("SUMMARY");
    expect(within(details).getByText("Tổng hợp")).toBeTruthy();
    expect(within(list).queryByRole("button")).toBeNull();
  });

  it("shows a date fix's new value as a date", async () => {
    renderPane();
    await refreshed();
    fireEvent.click(screen.getByRole("button", { name: "Chuyển thành ngày" }));
    const dialog = await screen.findByRole("dialog");
    const row = within(dialog).getByRole("row", { ...inDialog, name: /Nhiệm vụ!F12/ });
    expect(
      within(row)
        .getAllByRole("cell", inDialog)
        .map((c) => c.textContent)
    ).toEqual(["05/03/2026", "05/03/2026"]);
  });

  it("shows the time of day a date-only fix drops", async () => {
    const late = finding(
      "late-by-time-of-day",
      "Nhiệm vụ",
      "I5",
      { id: "NV4", completed: "05/03/2026 15:00", due: "05/03/2026" },
      {
        label: "fix.dropTime",
        changes: [{ sheet: "Nhiệm vụ", cell: "I5", from: TODAY + 0.625, to: TODAY }],
      }
    );
    renderPane(fakeServices([resultOf([late])]));
    await refreshed();
    expect(screen.getByText(/hoàn thành đúng ngày hạn nhưng sau giờ ghi ở thời hạn/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Chỉ giữ ngày" }));
    const dialog = await screen.findByRole("dialog");
    const row = within(dialog).getByRole("row", { ...inDialog, name: /Nhiệm vụ!I5/ });
    expect(
      within(row)
        .getAllByRole("cell", inDialog)
        .map((c) => c.textContent)
    ).toEqual(["05/03/2026 15:00", "05/03/2026"]);
  });

  it("switches every string to English, findings and counts included", async () => {
    renderPane();
    await refreshed();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("button", { name: "Refresh summary" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe(
      "true"
    );
    expect(screen.getByRole("heading", { level: 3, name: "Errors (2)" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Warnings (2)" })).toBeTruthy();
    expect(screen.getByText('Area "Công tác XYZ" is not in the areas sheet.')).toBeTruthy();
    expect(screen.getByRole("table", { name: "Rollup by area" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    // The live region re-words the last result without another refresh.
    expect(screen.getByText("13 tasks, 2 areas, 2 errors, 2 warnings, 0.4 s")).toBeTruthy();

    await refreshed("Refresh summary");
    await waitFor(() =>
      expect(screen.getByText("13 tasks, 2 areas, 2 errors, 2 warnings, 0.4 s")).toBeTruthy()
    );
  });

  it("names the optional features an older Excel lacks, and nothing on a current one", async () => {
    const older = fakeServices();
    older.missingFeatures = async () => ["conditionalFormats", "pageLayout"];
    const { unmount } = render(<App services={older} initialLang="vi" />);
    expect((await screen.findByRole("note")).textContent).toContain(
      "Phiên bản Excel này chưa hỗ trợ: định dạng có điều kiện, thiết lập trang in A4."
    );
    unmount();
    renderPane();
    await screen.findByRole("button", { name: "Làm mới tổng hợp" });
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("starts in the language it is given", async () => {
    renderPane(fakeServices(), "en");
    await screen.findByRole("heading", {
      level: 1,
      name: "Chương trình xây dựng hệ thống chính trị",
    });
    expect(screen.getByRole("button", { name: "Refresh summary" })).toBeTruthy();
    expect(screen.getByLabelText("Report date")).toBeTruthy();
  });

  it("shows the rollup per area with the completion rate as text", async () => {
    renderPane();
    await refreshed();
    const table = screen.getByRole("table", { name: "Tổng hợp theo lĩnh vực" });
    const row = within(table).getByRole("row", { name: /Công tác xây dựng bộ máy chính quyền/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["8", "5", "2", "62,5%"]);
    const total = within(table).getByRole("row", { name: /Tổng cộng/ });
    expect(
      within(total)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["13", "9", "2", "69,2%"]);
  });

  it("remembers the report date in the settings and refreshes at that date", async () => {
    const services = renderPane();
    const date = screen.getByLabelText("Ngày báo cáo") as HTMLInputElement;
    await waitFor(() => expect(date.value).toBe("05/03/2026"));
    fireEvent.change(date, { target: { value: "06/11/2020" } });
    await waitFor(() => expect(services.calls.saveSettings).toHaveLength(1));
    expect(services.calls.saveSettings[0].reportDate).toBe(44141);
    await refreshed();
    expect(services.calls.refresh[0].reportDate).toBe(44141);
  });

  it("keeps the workbook's settings when the report date changes before they are read", async () => {
    const services = fakeServices();
    const stored = services.settings;
    const read = services.readSettings;
    let release: () => void = () => undefined;
    let first = true;
    services.readSettings = async () => {
      // The read on opening the pane is still on its way when the user picks a date.
      if (first) {
        first = false;
        await new Promise<void>((resolve) => (release = resolve));
      }
      return read();
    };
    renderPane(services);
    fireEvent.change(screen.getByLabelText("Ngày báo cáo"), { target: { value: "06/11/2020" } });
    await waitFor(() => expect(services.calls.saveSettings).toHaveLength(1));
    expect(services.calls.saveSettings[0]).toEqual({ ...stored, reportDate: 44141 });
    await act(async () => release());
    expect((screen.getByLabelText("Ngày báo cáo") as HTMLInputElement).value).toBe("06/11/2020");
  });

  it("saves the settings form through the use-case and rejects a bad day count", async () => {
    const services = renderPane();
    await screen.findByRole("heading", {
      level: 1,
      name: "Chương trình xây dựng hệ thống chính trị",
    });
    fireEvent.click(screen.getByRole("button", { name: "Cài đặt" }));
    fireEvent.change(await screen.findByLabelText("Địa danh"), {
      target: { value: "  Sóc Trăng " },
    });
    const days = screen.getByLabelText("Số ngày tính là sắp đến hạn");
    fireEvent.change(days, { target: { value: "abc" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu cài đặt" }));
    expect(await screen.findByText("Nhập số ngày từ 0 đến 365.")).toBeTruthy();
    expect(services.calls.saveSettings).toEqual([]);

    fireEvent.change(days, { target: { value: "10" } });
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    fireEvent.click(screen.getByRole("button", { name: "Lưu cài đặt" }));
    expect(await screen.findByText("Đã lưu cài đặt vào bảng tính.")).toBeTruthy();
    expect(services.calls.saveSettings).toEqual([
      expect.objectContaining({
        place: "Sóc Trăng",
        dueSoonDays: 10,
        language: "en",
        summarySheet: "Tổng hợp",
      }),
    ]);
  });

  it("offers the template when the input sheets are missing and refreshes after creating it", async () => {
    const services = fakeServices([
      resultOf(MISSING_SHEETS, { taskCount: 0, areaCount: 0 }),
      resultOf([]),
    ]);
    renderPane(services);
    await refreshed();
    const offer = await screen.findByRole("region", { name: "Chưa có bảng dữ liệu" });
    // The sample is not ticked for the user (issue 17 §5).
    const sample = within(offer).getByRole("checkbox", { name: "Kèm dữ liệu mẫu (58 nhiệm vụ)" });
    expect((sample as HTMLInputElement).checked).toBe(false);
    fireEvent.click(within(offer).getByRole("button", { name: "Tạo mẫu" }));
    await waitFor(() => expect(services.calls.refresh).toHaveLength(2));
    expect(services.calls.createTemplate).toEqual([[false, "vi"]]);
    expect(await screen.findByText("Không có lỗi hay cảnh báo.")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Chưa có bảng dữ liệu" })).toBeNull();
  });

  it("announces a failed refresh and keeps the button usable", async () => {
    const services = fakeServices([new Error("Sheet is protected")]);
    renderPane(services);
    fireEvent.click(screen.getByRole("button", { name: "Làm mới tổng hợp" }));
    expect(await screen.findByText("Không làm mới được: lỗi không xác định")).toBeTruthy();
    expect(screen.getByText("Sheet is protected").closest("details")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Làm mới tổng hợp" }).hasAttribute("disabled")).toBe(
      false
    );
  });

  it("reports a finding it cannot select instead of failing silently", async () => {
    const services = renderPane(
      fakeServices([resultOf([finding("empty-area", "Lĩnh vực", "B9", { area: "Nội chính" })])])
    );
    services.select = async () => {
      throw new Error("cell-edit mode");
    };
    await refreshed();
    fireEvent.click(screen.getByRole("button", { name: /Lĩnh vực!B9/ }));
    expect(await screen.findByText("Không chọn được ô: lỗi không xác định")).toBeTruthy();
    expect(screen.getByText("cell-edit mode").closest("details")).toBeTruthy();
  });
  it("takes the report date as dd/mm/yyyy in both languages, and says how to type a bad one", async () => {
    const services = renderPane(fakeServices(), "en");
    const date = screen.getByLabelText("Report date") as HTMLInputElement;
    await waitFor(() => expect(date.value).toBe("05/03/2026"));
    expect(screen.getByText("Day/month/year, e.g. 06/11/2020")).toBeTruthy();
    fireEvent.change(date, { target: { value: "31/02/2020" } });
    fireEvent.blur(date);
    expect(await screen.findByText("Type the date as dd/mm/yyyy, e.g. 06/11/2020.")).toBeTruthy();
    expect(services.calls.saveSettings).toEqual([]);
    fireEvent.change(date, { target: { value: "6/11/2020" } });
    await waitFor(() => expect(services.calls.saveSettings).toHaveLength(1));
    expect(services.calls.saveSettings[0].reportDate).toBe(44141);
    expect(screen.queryByText("Type the date as dd/mm/yyyy, e.g. 06/11/2020.")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Tiếng Việt" }));
    fireEvent.change(date, { target: { value: "2020-11-06" } });
    fireEvent.blur(date);
    expect(await screen.findByText("Nhập ngày dạng dd/mm/yyyy, ví dụ 06/11/2020.")).toBeTruthy();
  });

  it("names one error and two warnings with the catalogue's plural forms", async () => {
    renderPane(
      fakeServices([resultOf(FINDINGS.slice(1, 2).concat(FINDINGS[0], FINDINGS[3]))]),
      "en"
    );
    await refreshed("Refresh summary");
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Error (1)",
      "Warnings (2)",
    ]);
  });

  it("links to the user guide in the pane's language", async () => {
    renderPane();
    expect(screen.getByRole("link", { name: "Hướng dẫn sử dụng" }).getAttribute("href")).toBe(
      "assets/support.html"
    );
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("link", { name: "User guide" }).getAttribute("href")).toBe(
      "assets/support.html#en"
    );
  });
  it("goes from an area's overdue figure to its tasks, and from each to its cell", async () => {
    const services = renderPane();
    await refreshed();
    fireEvent.click(
      screen.getByRole("button", {
        name: "Xem 2 nhiệm vụ quá hạn: Công tác xây dựng bộ máy chính quyền",
      })
    );
    const list = await screen.findByRole("list", {
      name: "Nhiệm vụ quá hạn: Công tác xây dựng bộ máy chính quyền (2)",
    });
    const items = within(list).getAllByRole("button");
    expect(items.map((b) => b.textContent)).toEqual([
      "Nhiệm vụ!A8NV7: Đổi mới lề lối làm việc",
      "Nhiệm vụ!A12NV11: Giám sát của HĐND",
    ]);
    fireEvent.click(items[1]);
    await waitFor(() => expect(services.calls.select).toEqual([["Nhiệm vụ", "A12"]]));
    fireEvent.click(screen.getByRole("button", { name: "Đóng danh sách quá hạn" }));
    expect(screen.queryByRole("list", { name: /Nhiệm vụ quá hạn/ })).toBeNull();
    // The total row lists every area's; an area with none overdue offers nothing.
    fireEvent.click(
      screen.getByRole("button", { name: "Xem 2 nhiệm vụ quá hạn: tất cả lĩnh vực" })
    );
    expect(
      await screen.findByRole("list", { name: "Nhiệm vụ quá hạn: tất cả lĩnh vực (2)" })
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: /quá hạn: Công tác tư tưởng/ })).toBeNull();
  });

  it("goes to the summary sheet", async () => {
    const services = renderPane();
    await refreshed();
    fireEvent.click(screen.getByRole("button", { name: "Mở trang Tổng hợp" }));
    await waitFor(() => expect(services.calls.select).toEqual([["Tổng hợp", "A1"]]));
  });

  it("filters the findings to errors only and to one sheet", async () => {
    renderPane();
    await refreshed();
    const headings = () => screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    fireEvent.click(screen.getByRole("checkbox", { name: "Chỉ hiện lỗi" }));
    expect(headings()).toEqual(["Lỗi (2)"]);
    expect(screen.getByText("Bộ lọc đang ẩn 2 mục.")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Trang" }), {
      target: { value: "Lĩnh vực" },
    });
    expect(headings()).toEqual(["Lỗi (1)"]);
    expect(screen.queryByRole("list", { name: "Trang Nhiệm vụ" })).toBeNull();
    expect(screen.getByText("Bộ lọc đang ẩn 3 mục.")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "Chỉ hiện lỗi" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Trang" }), { target: { value: "" } });
    expect(headings()).toEqual(["Lỗi (2)", "Cảnh báo (2)"]);
  });
});
