// Fluent theme from Office's theme colours where the host gives them (Office.context.officeTheme):
// a dark Office theme starts from webDarkTheme so that every other token keeps its contrast. The dark
// theme is a chunk of its own, loaded only for a dark Office (budget: the first paint's JavaScript
// within 1.5× a bare React + Fluent app).
import { webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** What Office's colours call for: a dark or a light base, and Office's own colours where they read well. */
export function officeThemeChoice(colours: OfficeThemeColours | undefined | null): {
  dark: boolean;
  colours: Partial<Theme>;
} {
  const bg = colours?.bodyBackgroundColor;
  const fg = colours?.bodyForegroundColor;
  const bgLum = bg ? luminance(bg) : null;
  const fgLum = fg ? luminance(fg) : null;
  if (bgLum === null || fgLum === null) return { dark: false, colours: {} };
  // Keep Office's colours only where they read well (WCAG AA for body text).
  const contrast = (Math.max(bgLum, fgLum) + 0.05) / (Math.min(bgLum, fgLum) + 0.05);
  const dark = bgLum < 0.2;
  if (contrast < 4.5) return { dark, colours: {} };
  return {
    dark,
    colours: {
      colorNeutralBackground1: `#${bg!.replace("#", "")}`,
      colorNeutralForeground1: `#${fg!.replace("#", "")}`,
    },
  };
}

export async function themeFromOffice(
  colours: OfficeThemeColours | undefined | null
): Promise<Theme> {
  const choice = officeThemeChoice(colours);
  if (!choice.dark) return { ...webLightTheme, ...choice.colours };
  try {
    const { webDarkTheme } = await import(/* webpackChunkName: "dark-theme" */ "./darkTheme");
    return { ...webDarkTheme, ...choice.colours };
  } catch {
    // The chunk did not arrive: a light pane that reads well beats no pane.
    return webLightTheme;
  }
}

/** The colours that decide the pane's theme, as one comparable string. */
function themeKey(colours: OfficeThemeColours | undefined | null): string {
  return `${colours?.bodyBackgroundColor ?? ""}|${colours?.bodyForegroundColor ?? ""}`;
}

/**
 * Calls onChange when Office's theme colours differ from the last ones seen. Excel raises no event for
 * a theme change (Office.EventType.OfficeThemeChanged is Outlook's, Mailbox 1.14), and a user changes
 * the theme in Office's options, outside the pane: so the colours are read again whenever the pane
 * gets focus back or becomes visible. Returns the function that stops watching.
 */
export function watchOfficeTheme(
  read: () => OfficeThemeColours | undefined | null,
  onChange: (colours: OfficeThemeColours | undefined | null) => void,
  win: Window = window
): () => void {
  let last = themeKey(read());
  const check = () => {
    const colours = read();
    const key = themeKey(colours);
    if (key === last) return;
    last = key;
    onChange(colours);
  };
  win.addEventListener("focus", check);
  win.document.addEventListener("visibilitychange", check);
  return () => {
    win.removeEventListener("focus", check);
    win.document.removeEventListener("visibilitychange", check);
  };
}
