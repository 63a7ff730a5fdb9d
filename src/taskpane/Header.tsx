// The pane's header: the programme, the report date and the pane's language switch.
import { Field, Input, ToggleButton, tokens } from "@fluentui/react-components";
import type { Lang } from "../core/model";
import { isoToSerial, serialToIso } from "./format";
import type { HeaderProps } from "./Header.types";
import { usePane } from "./PaneContext";
import type { Styles } from "./styles";

const styles = {
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  top: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
  },
  app: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    overflowWrap: "break-word",
  },
  langs: { display: "flex", gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  lang: { minWidth: 0 },
} satisfies Styles;

const LANGS: Lang[] = ["vi", "en"];

export function Header({ programme, reportDate, onReportDateChange, onLangChange }: HeaderProps) {
  const { lang, tr } = usePane();
  return (
    <header style={styles.header}>
      <div style={styles.top}>
        <p style={styles.app}>{tr("pane.appName")}</p>
        <div role="group" aria-label={tr("pane.lang.label")} style={styles.langs}>
          {LANGS.map((l) => (
            <ToggleButton
              key={l}
              size="small"
              style={styles.lang}
              lang={l}
              checked={lang === l}
              onClick={() => onLangChange(l)}
            >
              {tr(`pane.lang.${l}`)}
            </ToggleButton>
          ))}
        </div>
      </div>
      <h1 style={styles.title}>{programme || tr("pane.noProgramme")}</h1>
      <Field label={tr("pane.reportDate")}>
        <Input
          type="date"
          value={serialToIso(reportDate)}
          onChange={(_, data) => {
            const serial = isoToSerial(data.value);
            if (serial !== null) onReportDateChange(serial);
          }}
        />
      </Field>
    </header>
  );
}
