// A notice (a failed save, a stale fix) as Fluent's message bar: only shown after something went wrong
// or needs attention, so it loads on demand, out of the first paint's JavaScript (budget: within 1.5× a
// bare React + Fluent app).
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "./App.types";
import { ErrorDetails } from "./ErrorDetails";

export function NoticeBar({ notice }: { notice: Notice }) {
  return (
    <MessageBar intent={notice.intent}>
      <MessageBarBody>
        {notice.text}
        {notice.detail && <ErrorDetails detail={notice.detail} />}
      </MessageBarBody>
    </MessageBar>
  );
}
