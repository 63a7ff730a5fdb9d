// Offered when the workbook has no input tables: creates the areas, tasks and settings sheets.
import { Button, Checkbox, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { usePane } from "./PaneContext";
import type { Styles } from "./styles";
import type { TemplatePanelProps } from "./TemplatePanel.types";

const styles = {
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  text: { margin: 0 },
} satisfies Styles;

export function TemplatePanel({ onCreate, disabled }: TemplatePanelProps) {
  const { tr } = usePane();
  // The sample is the user's choice, never the default (issue 17 §5).
  const [withSample, setWithSample] = useState(false);
  return (
    <section style={styles.panel} aria-labelledby="template-heading">
      <h2 id="template-heading" style={styles.heading}>
        {tr("pane.template.heading")}
      </h2>
      <p style={styles.text}>{tr("pane.template.intro")}</p>
      <Checkbox
        checked={withSample}
        onChange={(_, data) => setWithSample(data.checked === true)}
        label={tr("pane.template.withSample")}
      />
      <Button disabled={disabled} onClick={() => onCreate(withSample)}>
        {tr("pane.template.create")}
      </Button>
    </section>
  );
}
