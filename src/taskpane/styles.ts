// How the pane is styled, for every component: plain style objects built from Fluent's tokens, passed
// as `style`. Why: the first paint then needs no CSS-in-JS compiler at run time (Griffel's makeStyles
// resolver with stylis and rtl-css-js is ~8 KiB gzip, more than the start bundle's budget leaves), and
// Fluent's own components come precompiled. The cost is no pseudo-classes or media queries here, so the
// pane draws what must survive Windows high contrast (forced colours) with borders, which forced colours
// keep in a system colour, never with backgrounds, which they repaint.
import type { CSSProperties } from "react";

/** A component's styles: one plain object per element. */
export type Styles = Record<string, CSSProperties>;
