/**
 * Office's theme for the pane. Office reports colours, not a light/dark flag, and some
 * hosts (older Excel builds, the browser playground) report none.
 */

/** The body background colour of Office's current theme (`#RRGGBB`), or null when unknown. */
export function officeBodyBackground(): string | null {
  return Office.context?.officeTheme?.bodyBackgroundColor ?? null;
}
