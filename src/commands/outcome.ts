/** The ribbon commands' outcome dialog: shows the title and text it is given, as text. */
import { closeOwnDialog, officeReady } from '../office/addin';

const params = new URLSearchParams(window.location.search);
const fill = (id: string, text: string) => {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
};
fill('title', params.get('title') ?? '');
fill('text', params.get('text') ?? '');
fill('ok', params.get('ok') ?? 'OK');

officeReady().then(
  () => document.getElementById('ok')?.addEventListener('click', closeOwnDialog),
  () => undefined,
);
