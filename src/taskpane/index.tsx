import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { lazyTrackingActions } from "./lazy-actions";

function render(inExcel: boolean, platform: string | null = null): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App inExcel={inExcel} platform={platform} actions={lazyTrackingActions} />
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") {
  render(false);
} else {
  Office.onReady((info) =>
    render(info.host === Office.HostType.Excel, info.platform ? String(info.platform) : null),
  ).catch(() => render(false));
}
