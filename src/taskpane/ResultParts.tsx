// What a refresh result shows, once there is one: the findings, the rollup preview with an area's
// overdue list, the report for the review meeting and the way to the summary sheet. The findings and
// the rollup come in one chunk and show together.
import { Button, tokens } from "@fluentui/react-components";
import type { AppState } from "./App.types";
import { FindingsList, OverdueList, RollupPreview } from "./lazyParts";
import { ReportPanel } from "./components/ReportEntry";
import { Loading } from "./Loading";
import { Part } from "./Part";
import type { Styles } from "./styles";

const styles = {
  sectionHeading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0 0` },
} satisfies Styles;

export function ResultParts({ state }: { state: AppState }) {
  const { result, tr, disabled } = state;
  if (!result) return null;
  const hasAreas = result.rollup.areas.length > 0;
  return (
    <Part fallback={<Loading />}>
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading" style={styles.sectionHeading}>
          {tr("pane.findings.heading")}
        </h2>
        <FindingsList
          findings={result.findings}
          onSelect={state.onSelect}
          onFix={state.onFix}
          disabled={disabled}
        />
      </section>
      {hasAreas && <RollupPreview rollup={result.rollup} onShowOverdue={state.onShowOverdue} />}
      {state.overdueArea !== undefined && (
        <OverdueList
          areaName={result.rollup.areas.find((a) => a.id === state.overdueArea)?.name ?? null}
          tasks={result.overdue.filter(
            (task) => state.overdueArea === null || task.areaId === state.overdueArea
          )}
          onSelect={state.onSelectOverdue}
          onClose={state.onCloseOverdue}
          disabled={disabled}
        />
      )}
      {result.report && hasAreas && (
        <Part fallback={<Loading />}>
          <ReportPanel report={result.report} paragraphLang={result.settings.language} />
        </Part>
      )}
      {hasAreas && (
        <Button onClick={state.onOpenSummary} disabled={disabled}>
          {tr("pane.summary.open", { sheet: result.summarySheet })}
        </Button>
      )}
    </Part>
  );
}
