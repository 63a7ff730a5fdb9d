/** @jest-environment jsdom */
// "Chia sẻ cho đơn vị" by role: the split chosen, progress while the copies are made, a download link per
// copy, and on a host that cannot hand over files, the reason and the CLI command instead of the button.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { fakeServices } from "../__fixtures__/paneFixtures";
import { PaneContext } from "../PaneContext";
import type { Lang } from "../../core/model";
import type { ShareBy } from "../../core/share";
import { SharePanel } from "./SharePanel";
import type { SharedCopy, ShareServices, ShareSupport } from "./SharePanel.types";

const copy = (
  fileName: string,
  office: string,
  taskCount: number,
  filtered = true
): SharedCopy => ({
  fileName,
  office,
  taskCount,
  filtered,
  bytes: new Uint8Array([0x50, 0x4b, 3, 4]),
});

type ShareListener = Parameters<ShareServices["build"]>[2];

interface FakeShare extends ShareServices {
  asked: ShareBy[];
  release: () => void;
}

function fakeShare(
  support: ShareSupport,
  result: SharedCopy[] | Error = [copy("ban-to-chuc.xlsx", "Ban Tổ chức Tỉnh ủy", 12)]
): FakeShare {
  let release = () => {};
  const share: FakeShare = {
    asked: [],
    release: () => release(),
    support: async () => support,
    async build(by: ShareBy, _lang: Lang, onProgress: ShareListener) {
      share.asked.push(by);
      onProgress({ step: "reading", done: 1, total: 2 });
      await new Promise<void>((resolve) => (release = resolve));
      onProgress({ step: "building", done: 1, total: 1 });
      if (result instanceof Error) throw result;
      return result;
    },
  };
  return share;
}

function inPane(share: ShareServices, lang: Lang = "vi") {
  return render(
    <PaneContext.Provider value={{ services: { ...fakeServices(), share }, lang }}>
      <SharePanel />
    </PaneContext.Provider>
  );
}

// Fluent's MessageBar observes its size; jsdom has no ResizeObserver.
beforeAll(() => {
  global.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const urls: string[] = [];
beforeEach(() => {
  urls.length = 0;
  let n = 0;
  URL.createObjectURL = jest.fn(() => `blob:https://localhost/${++n}`);
  URL.revokeObjectURL = jest.fn((url: string) => void urls.push(url));
});

describe("the share in the task pane", () => {
  it("makes the copies split as chosen, shows progress, then offers each copy as a download", async () => {
    const share = fakeShare({ read: true, download: true }, [
      copy("ban-to-chuc.xlsx", "Ban Tổ chức Tỉnh ủy", 12),
      copy("so-noi-vu.xlsx", "Sở Nội vụ", 1, false),
    ]);
    inPane(share);
    expect(screen.getByRole("heading", { name: "Chia sẻ cho đơn vị" })).toBeTruthy();
    fireEvent.click(await screen.findByRole("radio", { name: "Đơn vị thực hiện (của nhiệm vụ)" }));
    fireEvent.click(screen.getByRole("button", { name: "Tạo các bản chia sẻ" }));
    expect((await screen.findByRole("status")).textContent).toBe("Đang đọc sổ từ Excel: phần 1/2…");
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tạo các bản chia sẻ" })).toHaveProperty(
      "disabled",
      true
    );
    await act(async () => share.release());
    expect(share.asked).toEqual(["unit"]);
    const first = await screen.findByRole("link", {
      name: "Tải ban-to-chuc.xlsx (Ban Tổ chức Tỉnh ủy: 12 nhiệm vụ)",
    });
    expect(first.getAttribute("download")).toBe("ban-to-chuc.xlsx");
    expect(first.getAttribute("href")).toBe("blob:https://localhost/1");
    const second = screen.getByRole("link", { name: "Tải so-noi-vu.xlsx (Sở Nội vụ: 1 nhiệm vụ)" });
    expect(second.getAttribute("download")).toBe("so-noi-vu.xlsx");
    expect(screen.getByRole("status").textContent).toBe(
      "Đã tạo 2 bản. Tải từng bản về rồi gửi cho đơn vị:"
    );
    expect(screen.getByText(/so-noi-vu.xlsx: bảng nhiệm vụ nằm cạnh/)).toBeTruthy();
    expect(screen.queryByText(/ban-to-chuc.xlsx: bảng nhiệm vụ/)).toBeNull();
  });

  it("lets go of the previous copies' downloads when the copies are made again", async () => {
    const share = fakeShare({ read: true, download: true });
    inPane(share);
    fireEvent.click(await screen.findByRole("button", { name: "Tạo các bản chia sẻ" }));
    await act(async () => share.release());
    fireEvent.click(await screen.findByRole("button", { name: "Tạo lại" }));
    expect(urls).toEqual(["blob:https://localhost/1"]);
    await act(async () => share.release());
    expect((await screen.findByRole("link")).getAttribute("href")).toBe("blob:https://localhost/2");
  });

  it("says why on Mac and iPad, and gives the CLI command instead of the button", async () => {
    inPane(fakeShare({ read: true, download: false }));
    const note = await screen.findByText(/không cho phần bổ trợ tải tệp về/);
    expect(note.textContent).toContain(
      "npm run --silent cli -- share <sổ.xlsx> --by lead -o <thư-mục>"
    );
    expect(screen.queryByRole("button", { name: "Tạo các bản chia sẻ" })).toBeNull();
  });

  it("says why where Excel cannot give the file, in English too", async () => {
    inPane(fakeShare({ read: false, download: true }), "en");
    const note = await screen.findByText(/does not let an add-in read the open file/);
    expect(note.textContent).toContain(
      "npm run --silent cli -- share <workbook.xlsx> --by lead -o <folder>"
    );
    expect(screen.queryByRole("button", { name: "Make the shared copies" })).toBeNull();
  });

  it("names the empty column when the workbook has no office to share with", async () => {
    const none = Object.assign(new Error("no office"), { name: "NoOfficeError" });
    const share = fakeShare({ read: true, download: true }, none);
    inPane(share);
    fireEvent.click(await screen.findByRole("button", { name: "Tạo các bản chia sẻ" }));
    await act(async () => share.release());
    await waitFor(() =>
      expect(
        screen.getByText("Sổ chưa có đơn vị nào để chia sẻ: cột “Đơn vị chủ trì” còn trống.")
      ).toBeTruthy()
    );
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("is not shown where the pane has no share", () => {
    const { container } = render(
      <PaneContext.Provider value={{ services: fakeServices(), lang: "vi" }}>
        <SharePanel />
      </PaneContext.Provider>
    );
    expect(container.textContent).toBe("");
  });
});
