// The report date field's props.
export interface ReportDateFieldProps {
  /** Excel serial. */
  value: number;
  onChange: (serial: number) => void;
}
