// The workbook's settings, stored in its settings sheet so every office that opens it sees the same.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { FormEvent } from "react";
import { REPORT_TABLES, type ReportTable } from "../core/report/tables";
import { DEFAULT_SETTINGS } from "../core/settings";
import type { MessageKey } from "../i18n/pane";
import { ErrorDetails } from "./ErrorDetails";
import { usePane } from "./PaneContext";
import type { Styles } from "./styles";
import type { SettingsDraft, SettingsFormProps } from "./SettingsForm.types";
import { useSettingsForm } from "./useSettingsForm";

const styles = {
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  status: { minHeight: "1.2em", margin: 0 },
  tables: {
    display: "flex",
    flexDirection: "column",
    border: "none",
    margin: 0,
    padding: 0,
  },
} satisfies Styles;

const TEXT_FIELDS: {
  key: Exclude<keyof SettingsDraft, "language" | "dueSoonDays" | "reportTables">;
  label: MessageKey;
  /** A textarea: the field may hold a line break. */
  multiline?: boolean;
}[] = [
  { key: "parentBody", label: "pane.settings.parentBody" },
  { key: "issuingBody", label: "pane.settings.issuingBody" },
  { key: "place", label: "pane.settings.place" },
  { key: "programme", label: "pane.settings.programme" },
  { key: "period", label: "pane.settings.period" },
  { key: "summarySheet", label: "pane.settings.summarySheet" },
  { key: "reportNumber", label: "pane.settings.reportNumber" },
  { key: "signerTitle", label: "pane.settings.signerTitle", multiline: true },
  { key: "signerName", label: "pane.settings.signerName" },
  { key: "preparerName", label: "pane.settings.preparerName" },
];

export function SettingsForm({ settings, onSave, disabled }: SettingsFormProps) {
  const { tr } = usePane();
  const { draft, errors, save, update, submit } = useSettingsForm(
    settings ?? DEFAULT_SETTINGS,
    onSave
  );

  const toggleTable = (table: ReportTable, on: boolean) =>
    update(
      "reportTables",
      REPORT_TABLES.filter((x) => (x === table ? on : draft.reportTables.includes(x)))
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  const statusText =
    save.status === "saved"
      ? tr("pane.settings.saved")
      : save.status === "failed"
        ? tr("pane.settings.failed", { message: tr(save.reason) })
        : "";

  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader as="h2">{tr("pane.settings.heading")}</AccordionHeader>
        <AccordionPanel>
          <form style={styles.form} onSubmit={onSubmit} noValidate>
            {TEXT_FIELDS.map(({ key, label, multiline }) => {
              const error = errors[key];
              return (
                <Field
                  key={key}
                  label={tr(label)}
                  validationState={error ? "error" : "none"}
                  validationMessage={error ? tr(error) : undefined}
                >
                  {multiline ? (
                    <Textarea
                      rows={2}
                      value={draft[key]}
                      onChange={(_, data) => update(key, data.value)}
                    />
                  ) : (
                    <Input value={draft[key]} onChange={(_, data) => update(key, data.value)} />
                  )}
                </Field>
              );
            })}
            <Field
              label={tr("pane.settings.dueSoonDays")}
              validationState={errors.dueSoonDays ? "error" : "none"}
              validationMessage={errors.dueSoonDays ? tr(errors.dueSoonDays) : undefined}
            >
              <Input
                type="number"
                min={0}
                max={365}
                value={draft.dueSoonDays}
                onChange={(_, data) => update("dueSoonDays", data.value)}
              />
            </Field>
            <Field label={tr("pane.settings.language")}>
              <RadioGroup
                layout="horizontal"
                value={draft.language}
                onChange={(_, data) => update("language", data.value === "en" ? "en" : "vi")}
              >
                <Radio value="vi" label={<span lang="vi">{tr("pane.lang.vi")}</span>} />
                <Radio value="en" label={<span lang="en">{tr("pane.lang.en")}</span>} />
              </RadioGroup>
            </Field>
            <fieldset style={styles.tables}>
              <legend>{tr("pane.settings.reportTables")}</legend>
              {REPORT_TABLES.map((table) => (
                <Checkbox
                  key={table}
                  label={tr(`pane.settings.reportTables.${table}`)}
                  checked={draft.reportTables.includes(table)}
                  onChange={(_, data) => toggleTable(table, data.checked === true)}
                />
              ))}
            </fieldset>
            <Button
              type="submit"
              appearance="secondary"
              disabled={disabled || save.status === "saving"}
            >
              {tr("pane.settings.save")}
            </Button>
            <p role="status" style={styles.status}>
              {statusText}
            </p>
            {save.status === "failed" && <ErrorDetails detail={save.detail} />}
          </form>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
