import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { officeThemeChoice, themeFromOffice, watchOfficeTheme } from "./officeTheme";

describe("the pane's theme from Office's colours", () => {
  it("stays light with Fluent's own colours when Office gives none", async () => {
    expect(officeThemeChoice(undefined)).toEqual({ dark: false, colours: {} });
    expect(await themeFromOffice(null)).toEqual(webLightTheme);
  });

  it("starts from the dark theme for a dark Office and keeps its readable colours", async () => {
    const colours = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" };
    expect(officeThemeChoice(colours)).toEqual({
      dark: true,
      colours: { colorNeutralBackground1: "#262626", colorNeutralForeground1: "#FFFFFF" },
    });
    const theme = await themeFromOffice(colours);
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).toBe("#262626");
  });

  it("keeps Fluent's colours where Office's would not read well", async () => {
    const colours = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#BBBBBB" };
    expect(officeThemeChoice(colours)).toEqual({ dark: false, colours: {} });
    expect(await themeFromOffice(colours)).toEqual(webLightTheme);
  });
});

describe("following a change of Office's theme", () => {
  it("reads the colours again on focus and on becoming visible, and reports only a change", () => {
    const win = Object.assign(new EventTarget(), { document: new EventTarget() });
    let colours = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" };
    const seen: unknown[] = [];
    const stop = watchOfficeTheme(
      () => colours,
      (next) => seen.push(next),
      win as unknown as Window
    );
    win.dispatchEvent(new Event("focus"));
    expect(seen).toEqual([]);
    colours = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" };
    win.document.dispatchEvent(new Event("visibilitychange"));
    win.dispatchEvent(new Event("focus"));
    expect(seen).toEqual([colours]);
    stop();
    colours = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" };
    win.dispatchEvent(new Event("focus"));
    expect(seen).toHaveLength(1);
  });
});
