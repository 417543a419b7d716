/** The dialog page behind a ribbon command's failure message: title and text come in the query string. */
function showMessage(): void {
  const query = new URLSearchParams(window.location.search);
  document.getElementById("title")!.textContent = query.get("title") ?? "KPI Tracker";
  document.getElementById("text")!.textContent = query.get("text") ?? "";
  document.getElementById("close")!.addEventListener("click", () => Office.context.ui.messageParent("close"));
  document.getElementById("close")!.focus();
}

Office.onReady(showMessage);
