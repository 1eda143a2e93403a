/** Task pane entry: mounts the pane once Office is ready. */
import { displayLang, officeReady } from '../office/addin';
import { OfficeWorkbook } from '../office/workbook';
import { mountPane } from './pane';

officeReady().then(
  () => {
    const root = document.getElementById('app');
    if (root) mountPane(root, new OfficeWorkbook(), displayLang());
  },
  () => undefined,
);
