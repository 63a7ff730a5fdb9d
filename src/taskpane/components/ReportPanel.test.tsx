/** @jest-environment jsdom */
// The report part of the pane by role: the paragraph and its copy (clipboard API, and the selected
// read-only text area when the host has none or refuses it), the change since the previous report date,
// the trend, both languages; and in the whole pane, the part under the rollup after a refresh.
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../App";
import type { Lang } from "../../core/model";
import type { ReportView } from "../../core/report/view";
import { fakeServices, resultOf, FINDINGS } from "../__fixtures__/paneFixtures";
import { PaneContext } from "../PaneContext";
import { ReportPanel } from "./ReportPanel";

configure({ asyncUtilTimeout: 5000 });

beforeAll(() => {
  global.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const PARAGRAPH =
  "Tính đến ngày 06/11/2020, có tổng số 13 nhiệm vụ. Trong đó, có 9 nhiệm vụ đến hạn đã hoàn thành, đạt 81,82% (đúng hạn: 9, trễ hạn: 0); chưa hoàn thành: 4 (trong hạn: 2, quá hạn: 2).";

/** 30/06/2018, 31/12/2019 and 06/11/2020 as Excel serials. */
const D1 = 43281;
const D2 = 43830;
const D3 = 44141;

const REPORT: ReportView = {
  paragraph: PARAGRAPH,
  trend: [
    { date: D1, done: 3, overdue: 4, completionRate: 3 / 13, dueCompletionRate: 3 / 7 },
    { date: D2, done: 6, overdue: 3, completionRate: 6 / 13, dueCompletionRate: 6 / 9 },
    { date: D3, done: 9, overdue: 2, completionRate: 9 / 13, dueCompletionRate: 9 / 11 },
  ],
  change: {
    since: D2,
    done: { from: 6, to: 9 },
    overdue: { from: 3, to: 2 },
    completionRate: { from: 6 / 13, to: 9 / 13 },
    dueCompletionRate: { from: 6 / 9, to: 9 / 11 },
  },
};

function renderPanel(report: ReportView = REPORT, lang: Lang = "vi", paragraphLang: Lang = "vi") {
  return render(
    <PaneContext.Provider value={{ services: fakeServices(), lang }}>
      <ReportPanel report={report} paragraphLang={paragraphLang} />
    </PaneContext.Provider>
  );
}

function setClipboard(writeText: Clipboard["writeText"] | undefined) {
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

afterEach(() => setClipboard(undefined));

const cells = (row: HTMLElement) =>
  [...within(row).queryAllByRole("rowheader"), ...within(row).queryAllByRole("cell")].map(
    (c) => c.textContent
  );

describe("the report part of the pane", () => {
  it("shows the paragraph in the generated sheets' language under its heading", () => {
    renderPanel(REPORT, "en", "vi");
    const section = screen.getByRole("region", { name: "For the review meeting" });
    const paragraph = within(
      within(section).getByRole("group", { name: "Report paragraph" })
    ).getByRole("paragraph");
    expect(paragraph.textContent).toBe(PARAGRAPH);
    expect(paragraph.getAttribute("lang")).toBe("vi");
  });

  it("copies the paragraph with the clipboard API and says so in a live region", async () => {
    const writeText = jest.fn(async () => undefined);
    setClipboard(writeText);
    renderPanel();
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Sao chép đoạn báo cáo" }));
    });
    expect(writeText).toHaveBeenCalledWith(PARAGRAPH);
    expect(status.getAttribute("aria-live")).toBe("polite");
    expect(status.textContent).toBe("Đã sao chép đoạn báo cáo.");
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("falls back to the paragraph selected in a read-only text area when the host has no clipboard API", async () => {
    setClipboard(undefined);
    renderPanel();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Sao chép đoạn báo cáo" }));
    });
    const box = screen.getByRole("textbox", {
      name: "Đoạn báo cáo để sao chép",
    }) as HTMLTextAreaElement;
    expect(box.readOnly).toBe(true);
    expect(box.value).toBe(PARAGRAPH);
    expect(document.activeElement).toBe(box);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe(PARAGRAPH);
    expect(screen.getByRole("status").textContent).toContain("nhấn Ctrl+C");
  });

  it("falls back the same way when the host refuses the clipboard write", async () => {
    setClipboard(async () => {
      throw new DOMException("Write permission denied.", "NotAllowedError");
    });
    renderPanel(REPORT, "en", "en");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copy the paragraph" }));
    });
    const box = screen.getByRole("textbox", { name: "Paragraph to copy" }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);
    expect(box.selectionEnd - box.selectionStart).toBe(PARAGRAPH.length);
    expect(screen.getByRole("status").textContent).toBe(
      "This host does not let the add-in copy. The paragraph is selected in the box below: press Ctrl+C (⌘+C on a Mac) to copy it."
    );
  });

  it("shows the change since the previous report date, counts signed and rates in points", () => {
    renderPanel();
    const table = screen.getByRole("table", { name: "Thay đổi so với ngày 31/12/2019" });
    const rows = within(table).getAllByRole("row");
    expect(
      within(rows[0])
        .getAllByRole("columnheader")
        .map((c) => c.textContent)
    ).toEqual(["Chỉ tiêu", "31/12/2019", "Kỳ này", "Thay đổi"]);
    expect(rows.slice(1).map(cells)).toEqual([
      ["Đã hoàn thành", "6", "9", "+3"],
      ["Quá hạn", "3", "2", "\u22121"],
      ["Tỷ lệ hoàn thành", "46,15%", "69,23%", "+23,08 điểm %"],
      ["Tỷ lệ hoàn thành nhiệm vụ đến hạn", "66,67%", "81,82%", "+15,15 điểm %"],
    ]);
  });

  it("states a rate's change between the rates as printed, as the paragraph does", () => {
    // 11/58 = 18,97% and 56/58 = 96,55%: the paragraph says 77,58 points, the unrounded gap is 77,586.
    renderPanel({
      ...REPORT,
      change: {
        since: D1,
        done: { from: 11, to: 56 },
        overdue: { from: 3, to: 0 },
        completionRate: { from: 11 / 58, to: 56 / 58 },
      },
    });
    const table = screen.getByRole("table", { name: "Thay đổi so với ngày 30/06/2018" });
    expect(cells(within(table).getAllByRole("row")[3])).toEqual([
      "Tỷ lệ hoàn thành",
      "18,97%",
      "96,55%",
      "+77,58 điểm %",
    ]);
  });

  it("leaves out a rate that either date cannot divide, and words the change in English", () => {
    renderPanel(
      {
        ...REPORT,
        change: { since: D2, done: { from: 1000, to: 1000 }, overdue: { from: 0, to: 1200 } },
      },
      "en"
    );
    const table = screen.getByRole("table", { name: "Change since 31/12/2019" });
    expect(within(table).getAllByRole("row").slice(1).map(cells)).toEqual([
      ["Done", "1,000", "1,000", "0"],
      ["Overdue", "0", "1,200", "+1,200"],
    ]);
  });

  it("lists the report dates oldest first and marks this refresh's", () => {
    renderPanel();
    const table = screen.getByRole("table", { name: "Qua các kỳ báo cáo" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map(cells)).toEqual([
      ["30/06/2018", "3", "4", "23,08%", "42,86%"],
      ["31/12/2019", "6", "3", "46,15%", "66,67%"],
      ["06/11/2020", "9", "2", "69,23%", "81,82%"],
    ]);
    expect(rows.map((r) => r.getAttribute("aria-current"))).toEqual([null, null, "date"]);
  });

  it("says there is no earlier report date yet, and shows no trend for a single date", () => {
    renderPanel({ paragraph: PARAGRAPH, trend: REPORT.trend.slice(2), change: null });
    expect(screen.queryAllByRole("table")).toEqual([]);
    expect(screen.getByText(/Trang Lịch sử chưa có ngày báo cáo nào trước ngày này/)).toBeTruthy();
  });

  it("says how to turn the paragraph on when the settings leave it out, with nothing to copy", () => {
    renderPanel({ ...REPORT, paragraph: null }, "en");
    expect(screen.queryByRole("button", { name: "Copy the paragraph" })).toBeNull();
    expect(screen.getByText(/The report paragraph is off/)).toBeTruthy();
  });

  it("shows the report under the rollup after a refresh in the whole pane", async () => {
    const services = fakeServices([resultOf(FINDINGS, { report: REPORT })]);
    render(<App services={services} initialLang="vi" />);
    fireEvent.click(screen.getByRole("button", { name: "Làm mới tổng hợp" }));
    const report = await screen.findByRole("region", { name: "Báo cáo cho cuộc họp" });
    const rollup = screen.getByRole("region", { name: "Tổng hợp theo lĩnh vực" });
    expect(rollup.compareDocumentPosition(report) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(within(report).getByRole("group", { name: "Đoạn báo cáo" })).getByRole("paragraph")
        .textContent
    ).toBe(PARAGRAPH);
  });
});
