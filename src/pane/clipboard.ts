/**
 * Puts text on the clipboard from a click. Excel on the web runs the pane in a frame whose
 * permissions policy blocks `navigator.clipboard` (OfficeDev/office-js#1991), so the copy goes
 * first through a hidden text area and `execCommand('copy')`, which works there and in the
 * desktop hosts while the click is still being handled; the Clipboard API is the fallback.
 * Resolves when the text was copied, rejects when neither way could.
 */
export async function copyText(text: string): Promise<void> {
  if (copyThroughTextArea(text)) return;
  if (!navigator.clipboard) throw new Error('clipboard unavailable');
  await navigator.clipboard.writeText(text);
}

function copyThroughTextArea(text: string): boolean {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  // Off screen rather than hidden: a hidden element cannot be selected.
  Object.assign(area.style, { position: 'fixed', top: '0', left: '-10000px', opacity: '0' });
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  // The keyboard user stays on the button they pressed.
  before?.focus();
  return copied;
}
