/**
 * The add-in shell's Office.js calls (ready, ribbon commands, display language, dialogs),
 * kept here so the ribbon and pane code never touches `Office.*` directly.
 */

export async function officeReady(): Promise<void> {
  await Office.onReady();
}

/** `da` unless Office's display language is English. */
export function displayLang(): 'da' | 'en' {
  const lang = Office.context?.displayLanguage ?? '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'da';
}

/**
 * Makes `run` the ribbon function `name`. `event.completed()` is always called, or Office
 * shows the command as still running. Registered both ways: `Office.actions.associate` is
 * the current mechanism, older Excel builds look the name up on the global object.
 */
export function registerCommand(name: string, run: () => Promise<void>): void {
  const handler = async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      await run();
    } finally {
      event.completed();
    }
  };
  (globalThis as unknown as Record<string, unknown>)[name] = handler;
  if (Office.actions?.associate) Office.actions.associate(name, handler);
}

/**
 * Opens `url` (same origin as the add-in) in an Office dialog and resolves when it is
 * closed: by the user, by the page's `closeOwnDialog()`, or after `timeoutMs`. Ribbon
 * commands have no UI of their own; a dialog works in Excel desktop and on the web.
 */
export function showDialog(url: string, size: { width: number; height: number }, timeoutMs = 120_000): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { ...size, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      const done = () => {
        clearTimeout(timer);
        dialog.close();
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
    });
  });
}

/** From inside a dialog page: asks the opener to close it. */
export function closeOwnDialog(): void {
  Office.context.ui.messageParent('close');
}
