import { isLanguage } from "../core/language/language";
import { ribbonText } from "./ribbon-language";

/**
 * The dialog page behind a ribbon command's failure message: title, text and language come in the
 * query string. Title and text are shown as plain text, never as markup.
 */
function showMessage(): void {
  const query = new URLSearchParams(window.location.search);
  const asked = query.get("lang");
  const language = isLanguage(asked) ? asked : "en";
  const text = ribbonText(language);
  document.documentElement.lang = language;
  document.title = text["ribbon.dialog.title"];
  document.getElementById("title")!.textContent = query.get("title") ?? text["ribbon.dialog.title"];
  document.getElementById("text")!.textContent = query.get("text") ?? "";
  const close = document.getElementById("close")!;
  close.textContent = text["ribbon.dialog.close"];
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
  close.focus();
}

Office.onReady(showMessage);
