// The ribbon's "Làm mới tổng hợp" (ExecuteFunction): runs the refresh use-case without the task pane
// and tells the user the result. No React or Fluent here: this bundle loads on every click.
// event.completed() is called on every path, or Excel shows the command as still running, and only
// after the last notification has been shown. The command never opens the pane itself:
// Office.addin.showAsTaskpane() is for add-ins with a shared runtime, which this manifest does not
// declare (the command runs in its own runtime), so it always ends with a line that says how many
// errors there are and to open the pane.
import { refresh } from "../app/use-cases";
import { serialFromLocalDate } from "../core/dates";
import type { Lang } from "../core/model";
import { langFromLocale } from "../i18n/lang";
import { count, t } from "../i18n/sheets";
import { officeEnv, type OfficeEnv } from "../office/env";
import { OfficeWorkbookHost } from "../office/host";

export interface CommandDeps {
  env: OfficeEnv;
  lang: Lang;
  /** Today as an Excel serial. */
  today: number;
  /** Shows one line to the user and resolves when it is dismissed (or times out). */
  notify: (text: string) => Promise<void>;
}

/** Local calendar day as an Excel serial (1900 system). */
export const todaySerial = (now: Date = new Date()): number => serialFromLocalDate(now);

/** Office's display language as one of ours: the pane's rule, in one place (src/i18n/lang.ts). */
export const langOf = (displayLanguage: string | undefined): Lang =>
  langFromLocale(displayLanguage);

/** The command itself, with its dependencies injected (tests give it the Excel double). */
export async function refreshSummary(
  event: { completed(): void },
  deps: () => CommandDeps
): Promise<void> {
  let lang: Lang = "vi";
  try {
    const d = deps();
    lang = d.lang;
    const result = await refresh(new OfficeWorkbookHost(d.env), { lang: d.lang, today: d.today });
    const hostError = result.findings.find((f) => f.code === "host-error");
    if (hostError && hostError.code === "host-error") {
      await d.notify(t(lang, "command.failed", { reason: hostError.params.reason }));
    } else {
      const key = result.errorCount > 0 ? "command.errors" : "command.done";
      await d.notify(
        t(lang, key, {
          sheet: result.summarySheet,
          tasks: count(lang, "task", result.taskCount),
          areas: count(lang, "area", result.areaCount),
          errors: count(lang, "error", result.errorCount),
          warnings: count(lang, "warning", result.warningCount),
        })
      );
    }
  } catch (error) {
    // Last resort: never leave the command spinning, even when telling the user fails too.
    try {
      await deps().notify(
        t(lang, "command.failed", { reason: String((error as Error)?.message ?? error) })
      );
    } catch {
      /* nothing more to do */
    }
  } finally {
    event.completed();
  }
}

const DIALOG_MS = 8000;

/**
 * Tells the user one line through a small dialog (DialogApi 1.1, present wherever ExcelApi 1.4 is):
 * this page again, with ?message=…; it closes on its button or after a few seconds.
 */
function dialogNotify(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) {
      resolve();
      return;
    }
    const url = `${location.origin}${location.pathname}?message=${encodeURIComponent(text)}&close=${encodeURIComponent(
      t(langOf(Office.context.displayLanguage), "command.close")
    )}`;
    Office.context.ui.displayDialogAsync(
      url,
      { height: 20, width: 30, displayInIframe: true },
      (res) => {
        if (res.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = res.value;
        const done = (): void => {
          clearTimeout(timer);
          try {
            dialog.close();
          } catch {
            /* already closed */
          }
          resolve();
        };
        const timer = setTimeout(done, DIALOG_MS);
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
      }
    );
  });
}

/** The command's dependencies inside Office (whatever SharedRuntime the client reports). */
export function officeDeps(
  office: { context: { displayLanguage?: string } } = Office,
  env: OfficeEnv = officeEnv(),
  notify: (text: string) => Promise<void> = dialogNotify
): CommandDeps {
  return { env, lang: langOf(office.context.displayLanguage), today: todaySerial(), notify };
}

/** As the result dialog: show the message and close through the parent. */
function renderDialog(params: URLSearchParams): void {
  const message = document.getElementById("message");
  const button = document.getElementById("close");
  if (message) message.textContent = params.get("message") ?? "";
  if (button) {
    button.textContent = params.get("close") ?? "OK";
    button.addEventListener("click", () => Office.context.ui.messageParent("close"));
    button.focus();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    const params = new URLSearchParams(location.search);
    if (params.has("message")) renderDialog(params);
    else
      Office.actions.associate("refreshSummary", (event: Office.AddinCommands.Event) =>
        refreshSummary(event, () => officeDeps())
      );
  });
}
