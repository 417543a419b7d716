import type { Language } from "../core/language/language";

/**
 * A ribbon command has no pane to speak in, so a failure is shown in a small Office dialog
 * (`message.html`), in the officer's language. Resolves when the officer closes it, or at once where
 * dialogs are unavailable.
 */
export function showRibbonMessage(title: string, text: string, language: Language): Promise<void> {
  const url = new URL("message.html", window.location.href);
  url.searchParams.set("title", title);
  url.searchParams.set("text", text);
  url.searchParams.set("lang", language);
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) {
      resolve();
      return;
    }
    Office.context.ui.displayDialogAsync(
      url.href,
      { height: 30, width: 35, displayInIframe: true },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = opened.value;
        const close = (): void => {
          dialog.close();
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}
