/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { lazy } from "react";
import { fakeServices } from "./__fixtures__/paneFixtures";
import { Loading, SLOW_LOAD_MS } from "./Loading";
import { PaneContext } from "./PaneContext";
import { Part } from "./Part";

function inPane(children: React.ReactNode) {
  return render(
    <PaneContext.Provider value={{ services: fakeServices(), lang: "vi" }}>
      {children}
    </PaneContext.Provider>
  );
}

describe("a part of the pane loaded on demand", () => {
  it("shows the part once its chunk has loaded", async () => {
    const Shown = lazy(async () => ({ default: () => <p>Phần đã tải</p> }));
    inPane(
      <Part fallback={<Loading />}>
        <Shown />
      </Part>
    );
    expect(await screen.findByText("Phần đã tải")).toBeTruthy();
  });

  it("says the part could not be shown when its chunk fails to load, and keeps the rest of the pane", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const Broken = lazy(async () => {
      throw new Error("Loading chunk settings failed");
    });
    inPane(
      <>
        <button>Làm mới tổng hợp</button>
        <Part fallback={<Loading />}>
          <Broken />
        </Part>
      </>
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "Không hiển thị được phần này của ngăn tác vụ: Loading chunk settings failed"
    );
    expect(screen.getByRole("button", { name: "Làm mới tổng hợp" })).toBeTruthy();
    error.mockRestore();
  });
});

describe("the loading placeholder", () => {
  afterEach(() => jest.useRealTimers());

  it("keeps the part's room and says it is loading only when loading is slow", () => {
    jest.useFakeTimers();
    const { container } = inPane(<Loading minHeight={44} />);
    const placeholder = container.firstElementChild as HTMLElement;
    expect(placeholder.getAttribute("aria-busy")).toBe("true");
    expect(placeholder.style.minHeight).toBe("44px");
    expect(screen.queryByText("Đang tải…")).toBeNull();
    act(() => jest.advanceTimersByTime(SLOW_LOAD_MS));
    expect(screen.getByText("Đang tải…")).toBeTruthy();
  });
});
