// How the pane is styled, for every component: plain style objects built from Fluent's tokens, passed
// as `style`. Why: the first paint then needs no CSS-in-JS compiler at run time (Griffel's makeStyles
// resolver with stylis and rtl-css-js is ~8 KiB gzip, more than the start bundle's budget leaves), and
// Fluent's own components come precompiled. The cost is no pseudo-classes or media queries here, so the
// pane draws what must survive Windows high contrast (forced colours) with borders, which forced colours
// keep in a system colour, never with backgrounds, which they repaint.
import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

/** A component's styles: one plain object per element. */
export type Styles = Record<string, CSSProperties>;

/** A bordered part of the pane with its own heading (first run, merge, share): one look for all. */
export const partStyles = {
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
} satisfies Styles;

/** The cells of the pane's tables of figures (the rollup, the report's change and trend). */
export const figureTableStyles = {
  th: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  num: {
    textAlign: "right",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    fontVariantNumeric: "tabular-nums",
  },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
} satisfies Styles;
