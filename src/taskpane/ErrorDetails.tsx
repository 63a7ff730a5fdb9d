// What the host or the system said, word for word, behind a "details" toggle: the pane's own sentence
// says what went wrong; the raw text is there for whoever helps the user, not in the sentence.
import { tokens } from "@fluentui/react-components";
import { usePane } from "./PaneContext";
import type { Styles } from "./styles";

const styles = {
  details: { fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXXS },
  summary: { cursor: "pointer", color: tokens.colorNeutralForeground2 },
  raw: { margin: 0, overflowWrap: "anywhere", fontFamily: tokens.fontFamilyMonospace },
} satisfies Styles;

export function ErrorDetails({ detail }: { detail: string }) {
  const { tr } = usePane();
  if (!detail) return null;
  return (
    <details style={styles.details}>
      <summary style={styles.summary}>{tr("pane.details")}</summary>
      <p style={styles.raw}>{detail}</p>
    </details>
  );
}
