// The pane's header: the programme, the report date, the pane's language switch and the user guide.
import { ToggleButton, tokens } from "@fluentui/react-components";
import type { Lang } from "../core/model";
import type { HeaderProps } from "./Header.types";
import { usePane } from "./PaneContext";
import { ReportDateField } from "./ReportDateField";
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
  brand: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  // A plain link in Fluent's link colours: Fluent's Link would add to the start bundle.
  help: {
    fontSize: tokens.fontSizeBase200,
    alignSelf: "flex-start",
    color: tokens.colorBrandForegroundLink,
  },
  langs: { display: "flex", gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  lang: { minWidth: 0 },
} satisfies Styles;

const LANGS: Lang[] = ["vi", "en"];

/**
 * The user guide shipped with the add-in (assets/support.html, served beside the pane, so it opens
 * wherever the pane does): first run, refresh and sharing, the same steps as the README's section
 * "For a clerk". Its English half is the #en anchor.
 */
function helpUrl(lang: Lang): string {
  return lang === "en" ? "assets/support.html#en" : "assets/support.html";
}

export function Header({ programme, reportDate, onReportDateChange, onLangChange }: HeaderProps) {
  const { lang, tr } = usePane();
  return (
    <header style={styles.header}>
      <div style={styles.top}>
        <div style={styles.brand}>
          <p style={styles.app}>{tr("pane.appName")}</p>
          <a href={helpUrl(lang)} target="_blank" rel="noreferrer" style={styles.help}>
            {tr("pane.help")}
          </a>
        </div>
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
      <ReportDateField value={reportDate} onChange={onReportDateChange} />
    </header>
  );
}
