// The share pane's state: what the host allows, the split chosen, the progress while the copies are made,
// and a Blob URL per copy for its download link (revoked when the copies are made again or the pane goes).
import { useEffect, useRef, useState } from "react";
import type { ShareBy } from "../../core/share";
import { errorMessage } from "../format";
import { usePane } from "../PaneContext";
import type { OfferedCopy, ShareBlock, SharePhase, ShareSupport } from "./SharePanel.types";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The web view honours <a download> (WebView2 and browsers do; the old EdgeHTML/IE web views did not). */
function anchorDownloads(): boolean {
  return typeof document !== "undefined" && "download" in document.createElement("a");
}

export function useSharePanel() {
  const { services, lang, tr } = usePane();
  const share = services.share;
  const [by, setBy] = useState<ShareBy>("lead");
  const [phase, setPhase] = useState<SharePhase>({ kind: "idle" });
  const urls = useRef<string[]>([]);

  const revoke = () => {
    for (const url of urls.current) URL.revokeObjectURL(url);
    urls.current = [];
  };
  useEffect(() => revoke, []);

  /** What the host allows; undefined until known. */
  const [support, setSupport] = useState<ShareSupport | undefined>(undefined);
  useEffect(() => {
    let live = true;
    share
      ?.support()
      .then((s) => live && setSupport(s))
      .catch(() => live && setSupport({ read: false, download: false }));
    return () => {
      live = false;
    };
  }, [share]);
  const block: ShareBlock | undefined =
    support === undefined
      ? undefined
      : !support.read
        ? "no-read"
        : !support.download || !anchorDownloads()
          ? "no-download"
          : null;

  const onBuild = async () => {
    if (!share || block !== null || phase.kind === "working") return;
    revoke();
    setPhase({ kind: "working", progress: null });
    try {
      const copies = await share.build(by, lang, (progress) =>
        setPhase({ kind: "working", progress })
      );
      const offered: OfferedCopy[] = copies.map((copy) => {
        const url = URL.createObjectURL(
          new Blob([copy.bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE })
        );
        urls.current.push(url);
        return { copy, url };
      });
      setPhase({ kind: "done", copies: offered });
    } catch (error) {
      const message =
        error instanceof Error && error.name === "NoOfficeError"
          ? tr("share.pane.none", {
              column: tr(by === "lead" ? "summary.col.leadUnit" : "merge.field.unit"),
            })
          : tr("share.pane.failed", { message: errorMessage(error) });
      setPhase({ kind: "failed", message });
    }
  };

  return { available: share !== undefined, block, by, setBy, phase, onBuild, lang, tr };
}
