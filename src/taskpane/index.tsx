import { lazyWorkbookActions } from "./lazy-actions";
import { startPane } from "./start-pane";

const container = document.getElementById("container");
if (container) {
  void startPane(container, typeof Office === "undefined" ? undefined : Office, lazyWorkbookActions);
}
