// The reference for the task-pane bundle budget (within 1.5× this app): the smallest useful React 18
// + Fluent UI v9 pane, a themed provider with a title, a line of text and a button, built exactly like
// the real pane.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, Text, Title3, webLightTheme } from "@fluentui/react-components";

function BareApp() {
  const [clicks, setClicks] = useState(0);
  return (
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">Bare React + Fluent v9</Title3>
      <Text block>{`Clicked ${clicks} times`}</Text>
      <Button appearance="primary" onClick={() => setClicks((n) => n + 1)}>
        Click
      </Button>
    </FluentProvider>
  );
}

createRoot(document.getElementById("root")!).render(<BareApp />);
