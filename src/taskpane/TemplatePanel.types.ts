export interface TemplatePanelProps {
  /** Creates the template; the pane refreshes afterwards. */
  onCreate: (withSample: boolean) => void;
  disabled?: boolean;
}
