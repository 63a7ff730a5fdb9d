/** @jest-environment jsdom */
// The first-run screen in the pane (issue 17 §5, issue 11 §2) over fake services: the three ways in, the
// sample never chosen for the user, the import's review before anything is written, and what next.
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../App";
import { HostError } from "../../app/errors";
import { finding } from "../../core/findings";
import type { Lang } from "../../core/model";
import { fakeServices, IMPORTED, resultOf, type FakeServices } from "../__fixtures__/paneFixtures";

configure({ asyncUtilTimeout: 5000 });

beforeAll(() => {
  global.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

function firstRunPane(lang: Lang = "vi", lists?: FakeServices["lists"]) {
  const services = fakeServices([resultOf([])]);
  services.setup = true;
  if (lists) services.lists = lists;
  render(<App services={services} initialLang={lang} />);
  return services;
}

const startRegion = (name = "Bắt đầu") => screen.findByRole("region", { name });

describe("the first-run screen", () => {
  it("opens on a workbook without input sheets, before any refresh, with the sample not chosen", async () => {
    const services = firstRunPane();
    const start = await startRegion();
    expect(within(start).getByText(/chưa có trang Lĩnh vực và Nhiệm vụ/)).toBeTruthy();
    const group = within(start).getByRole("radiogroup", { name: "Cách bắt đầu" });
    const radios = within(group).getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual([
      "Mẫu trống: các trang Lĩnh vực, Nhiệm vụ và Cấu hình để tự nhập",
      "Nhập từ danh mục: đọc danh mục nhiệm vụ (phụ lục của kế hoạch) đã dán vào hoặc có sẵn trong bảng tính",
      "Dữ liệu mẫu: chương trình mẫu 58 nhiệm vụ, để dùng thử",
    ]);
    expect(radios.map((r) => r.checked)).toEqual([true, false, false]);
    expect(services.calls.refresh).toEqual([]);
    expect(services.calls.createTemplate).toEqual([]);
  });

  it("stays away from a workbook that has its input sheets", async () => {
    const services = fakeServices();
    render(<App services={services} initialLang="vi" />);
    await screen.findByRole("button", { name: "Làm mới tổng hợp" });
    await waitFor(() => expect(screen.queryByRole("region", { name: "Bắt đầu" })).toBeNull());
  });

  it("creates the empty template, refreshes, then lists what to do next with the sheets' names", async () => {
    const services = firstRunPane();
    fireEvent.click(within(await startRegion()).getByRole("button", { name: "Tạo các trang" }));
    await waitFor(() => expect(services.calls.refresh).toHaveLength(1));
    expect(services.calls.createTemplate).toEqual([[false, "vi"]]);
    const next = await screen.findByRole("region", { name: "Việc tiếp theo" });
    expect(
      within(next)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([
      "Nhập các lĩnh vực vào trang “Lĩnh vực”, mỗi lĩnh vực một dòng.",
      "Nhập các nhiệm vụ vào trang “Nhiệm vụ”; lĩnh vực, loại và trạng thái chọn trong danh sách thả xuống.",
      "Ghi tên chương trình ở trang “Cấu hình” hoặc mục Cài đặt bên dưới, rồi bấm Làm mới tổng hợp.",
    ]);
    await waitFor(() => expect(screen.queryByRole("region", { name: "Bắt đầu" })).toBeNull());
    fireEvent.click(within(next).getByRole("button", { name: "Đã hiểu" }));
    expect(screen.queryByRole("region", { name: "Việc tiếp theo" })).toBeNull();
  });

  it("fills the sample only when the user chooses it, and names the summary it wrote", async () => {
    const services = firstRunPane("en");
    const start = await startRegion("Get started");
    fireEvent.click(within(start).getByRole("radio", { name: /The sample/ }));
    fireEvent.click(within(start).getByRole("button", { name: "Create the sheets" }));
    await waitFor(() => expect(services.calls.refresh).toHaveLength(1));
    expect(services.calls.createTemplate).toEqual([[true, "en"]]);
    const next = await screen.findByRole("region", { name: "What next" });
    expect(within(next).getAllByRole("listitem")[0].textContent).toBe(
      "The “Nhiệm vụ” sheet holds the 58 sample tasks; the “Tổng hợp” sheet is the summary the add-in just wrote."
    );
  });

  it("imports: reads the sheet the user is on, shows what it understood, writes only on confirm", async () => {
    const services = firstRunPane("vi", [
      ["Phụ lục", IMPORTED],
      ["Sheet2", null],
    ]);
    const start = await startRegion();
    fireEvent.click(within(start).getByRole("radio", { name: /Nhập từ danh mục/ }));
    const review = await within(start).findByRole("region", {
      name: "Tiện ích đọc được từ “Phụ lục”",
    });
    expect(services.calls.readList).toEqual([undefined]);
    expect(within(review).getByText("2 lĩnh vực, 3 nhiệm vụ. Chưa có gì được ghi.")).toBeTruthy();
    expect(
      within(review).getByText("Công tác tư tưởng (Ban Tuyên giáo Tỉnh ủy): 2 nhiệm vụ")
    ).toBeTruthy();
    expect(within(review).getByText("Công tác tổ chức: 1 nhiệm vụ")).toBeTruthy();
    expect(
      within(review).getByText(
        "Thời hạn: 1 đọc được thành ngày, 1 thường xuyên, 1 không đọc được (chữ gốc giữ ở cột Ghi chú)."
      )
    ).toBeTruthy();
    fireEvent.click(within(review).getByRole("button", { name: "Từng thời hạn đã đọc" }));
    expect(await within(review).findByText("TT-02: “Quý II/2021” → 30/06/2021")).toBeTruthy();
    expect(within(review).getByText("TT-01: “Thường xuyên” → thường xuyên")).toBeTruthy();
    expect(within(review).getByText("TC-01: “Khi có chỉ đạo” → không có thời hạn")).toBeTruthy();
    // A finding selects its source cell; nothing is written before the confirmation.
    fireEvent.click(within(review).getByRole("button", { name: /D7/ }));
    await waitFor(() => expect(services.calls.select).toEqual([["Phụ lục", "D7"]]));
    expect(services.calls.createFromList).toEqual([]);
    fireEvent.click(
      within(review).getByRole("button", { name: "Tạo trang Lĩnh vực và Nhiệm vụ từ danh mục" })
    );
    await waitFor(() => expect(services.calls.refresh).toHaveLength(1));
    expect(services.calls.createFromList).toEqual([[IMPORTED, "vi"]]);
    expect(services.calls.createTemplate).toEqual([]);
    const next = await screen.findByRole("region", { name: "Việc tiếp theo" });
    expect(within(next).getAllByRole("listitem")[0].textContent).toBe(
      "Danh mục đã vào trang “Lĩnh vực” (lĩnh vực) và “Nhiệm vụ” (nhiệm vụ); trang danh mục giữ nguyên."
    );
  });

  it("says when the open sheet holds no list, and reads the sheet the user picks instead", async () => {
    const services = firstRunPane("en", [
      ["Sheet1", null],
      ["Phụ lục", IMPORTED],
    ]);
    const start = await startRegion("Get started");
    fireEvent.click(within(start).getByRole("radio", { name: /Import from a list/ }));
    expect(await within(start).findByText(/^No list found on sheet “Sheet1”/)).toBeTruthy();
    fireEvent.change(within(start).getByRole("combobox", { name: "Sheet holding the list" }), {
      target: { value: "Phụ lục" },
    });
    fireEvent.click(within(start).getByRole("button", { name: "Read the list" }));
    expect(
      await within(start).findByRole("region", { name: "What the add-in read from “Phụ lục”" })
    ).toBeTruthy();
    expect(services.calls.readList).toEqual([undefined, "Phụ lục"]);
    // Cancel goes back without writing anything.
    fireEvent.click(within(start).getByRole("button", { name: "Cancel" }));
    expect(within(start).queryByRole("region", { name: /What the add-in read/ })).toBeNull();
    expect(
      (within(start).getByRole("radio", { name: /An empty template/ }) as HTMLInputElement).checked
    ).toBe(true);
    expect(services.calls.createFromList).toEqual([]);
    // Choosing the import again reads the open sheet again.
    fireEvent.click(within(start).getByRole("radio", { name: /Import from a list/ }));
    await waitFor(() => expect(services.calls.readList).toEqual([undefined, "Phụ lục", undefined]));
  });

  it("says in a sentence when the sheet cannot be read, the host's words behind the details", async () => {
    const services = firstRunPane("en", [["Sheet1", null]]);
    services.readList = async () => {
      throw new HostError("protected", "AccessDenied: the sheet is protected [Sheet1]");
    };
    const start = await startRegion("Get started");
    fireEvent.click(within(start).getByRole("radio", { name: /Import from a list/ }));
    expect(await within(start).findByText(/^The sheet could not be read: /)).toBeTruthy();
    expect(
      within(start).getByText("AccessDenied: the sheet is protected [Sheet1]").closest("details")
    ).toBeTruthy();
    expect(services.calls.createFromList).toEqual([]);
  });

  it("shows after a refresh that found no input sheets, instead of the one-sheet template offer", async () => {
    const services = fakeServices([
      resultOf([
        finding("no-input-sheets", "Sheet1", "A1", { areas: "Lĩnh vực", tasks: "Nhiệm vụ" }),
      ]),
    ]);
    render(<App services={services} initialLang="vi" />);
    fireEvent.click(screen.getByRole("button", { name: "Làm mới tổng hợp" }));
    expect(await startRegion()).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Chưa có bảng dữ liệu" })).toBeNull();
  });
});
