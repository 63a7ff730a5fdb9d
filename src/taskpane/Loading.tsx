// What a part of the pane shows while its chunk loads: the room the part will take (so nothing below it
// jumps), busy for assistive technology, and a labelled spinner only when loading is slow enough to see.
import { makeStyles, Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { usePane } from "./PaneContext";

const useStyles = makeStyles({ root: { display: "flex", alignItems: "center" } });

/** Below this a chunk from the add-in's own origin has usually arrived: no spinner flashes. */
export const SPINNER_DELAY_MS = 300;

export function Loading({ minHeight = 0 }: { minHeight?: number }) {
  const { tr } = usePane();
  const styles = useStyles();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SPINNER_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className={styles.root} style={{ minHeight }} aria-busy="true">
      {slow && <Spinner size="tiny" labelPosition="after" label={tr("pane.loading")} />}
    </div>
  );
}
