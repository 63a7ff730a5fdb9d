// Fluent theme from Office's theme colours where the host gives them (Office.context.officeTheme):
// a dark Office theme starts from webDarkTheme so that every other token keeps its contrast.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

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

export function themeFromOffice(colours: OfficeThemeColours | undefined | null): Theme {
  const bg = colours?.bodyBackgroundColor;
  const fg = colours?.bodyForegroundColor;
  const bgLum = bg ? luminance(bg) : null;
  const fgLum = fg ? luminance(fg) : null;
  if (bgLum === null || fgLum === null) return webLightTheme;
  // Keep Office's colours only where they read well (WCAG AA for body text).
  const contrast = (Math.max(bgLum, fgLum) + 0.05) / (Math.min(bgLum, fgLum) + 0.05);
  const base = bgLum < 0.2 ? webDarkTheme : webLightTheme;
  if (contrast < 4.5) return base;
  return {
    ...base,
    colorNeutralBackground1: `#${bg!.replace("#", "")}`,
    colorNeutralForeground1: `#${fg!.replace("#", "")}`,
  };
}
