// A part of the pane that arrives in a chunk of its own: the fallback while it loads, and if the chunk
// cannot load (the connection dropped), a line saying so in place of the part, not a blank pane.
import { Component, Suspense, type ReactNode } from "react";
import { errorMessage } from "./format";
import { usePane } from "./PaneContext";

function LoadFailed({ error }: { error: unknown }) {
  const { tr } = usePane();
  return <p role="alert">{tr("pane.loadFailed", { message: errorMessage(error) })}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return this.state.error !== null ? (
      <LoadFailed error={this.state.error} />
    ) : (
      this.props.children
    );
  }
}

export function Part({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return (
    <Boundary>
      <Suspense fallback={fallback}>{children}</Suspense>
    </Boundary>
  );
}
