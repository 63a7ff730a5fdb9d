// The report date as clerks write it, dd/mm/yyyy, in both languages and whatever the browser's locale
// (a native date input would show 11/06/2020 for 06/11/2020 in an en-US browser). A whole, real date
// is taken as it is typed; anything else waits, and says how to type it once the field is left.
import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { displayToSerial, serialToDisplay } from "./format";
import { usePane } from "./PaneContext";
import type { ReportDateFieldProps } from "./ReportDateField.types";

export function ReportDateField({ value, onChange }: ReportDateFieldProps) {
  const { tr } = usePane();
  const [text, setText] = useState(() => serialToDisplay(value));
  const [invalid, setInvalid] = useState(false);

  // A date from elsewhere (the workbook's settings) replaces the text unless the text already says it.
  useEffect(() => {
    setText((current) => (displayToSerial(current) === value ? current : serialToDisplay(value)));
    setInvalid(false);
  }, [value]);

  const onType = (next: string) => {
    setText(next);
    const serial = displayToSerial(next);
    if (serial === null) return;
    setInvalid(false);
    if (serial !== value) onChange(serial);
  };

  return (
    <Field
      label={tr("pane.reportDate")}
      hint={invalid ? undefined : tr("pane.date.hint")}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? tr("pane.date.invalid") : undefined}
    >
      <Input
        value={text}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        autoComplete="off"
        onChange={(_, data) => onType(data.value)}
        onBlur={() => setInvalid(displayToSerial(text) === null)}
      />
    </Field>
  );
}
