// What a part of the pane shows while its chunk loads: the room the part will take (so nothing below it
// jumps), busy for assistive technology, and "Loading…" only when loading is slow enough to see. Text,
// not Fluent's Spinner: the spinner would add ~2.6 KiB gzip to the first paint's bundle (budget: within
// 1.5× a bare React + Fluent app).
import { tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { usePane } from "./PaneContext";
import type { Styles } from "./styles";

const styles = {
  root: { display: "flex", alignItems: "center" },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
} satisfies Styles;

/** Below this a chunk from the add-in's own origin has usually arrived: nothing flashes. */
export const SLOW_LOAD_MS = 300;

export function Loading({ minHeight = 0 }: { minHeight?: number }) {
  const { tr } = usePane();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_LOAD_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div style={{ ...styles.root, minHeight }} aria-busy="true">
      {slow && <p style={styles.text}>{tr("pane.loading")}</p>}
    </div>
  );
}
