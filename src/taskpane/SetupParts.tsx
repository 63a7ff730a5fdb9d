// The parts that set the workbook up: the first-run screen while it has no input sheet, the next steps
// once that screen made them, and the template offer when one input sheet of two is missing.
import type { AppState } from "./App.types";
import { FirstRun, NextSteps } from "./components/FirstRunEntry";
import { TemplatePanel } from "./lazyParts";
import { Loading } from "./Loading";
import { Part } from "./Part";

export function SetupParts({ state }: { state: AppState }) {
  const { disabled } = state;
  return (
    <>
      {state.firstRun && (
        <Part fallback={<Loading />}>
          <FirstRun
            onCreateTemplate={state.onCreateTemplate}
            onImport={state.onImport}
            onSelect={state.onSelect}
            disabled={disabled}
          />
        </Part>
      )}
      {state.started && (
        <Part fallback={<Loading />}>
          <NextSteps
            way={state.started.way}
            sheets={state.started.sheets}
            summary={state.result?.summarySheet ?? state.settings?.summarySheet ?? ""}
            onDismiss={state.onDismissNext}
          />
        </Part>
      )}
      {state.needsTemplate && (
        <Part fallback={<Loading />}>
          <TemplatePanel onCreate={state.onCreateTemplate} disabled={disabled} />
        </Part>
      )}
    </>
  );
}
