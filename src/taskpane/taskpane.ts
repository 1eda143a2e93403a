/** Task pane entry: mounts the pane once Office is ready, in Office's language and theme. */
import { displayLang, officeReady } from '../office/addin';
import { officeBodyBackground } from '../office/theme';
import { OfficeWorkbook } from '../office/workbook';
import { isDarkColour } from './model';
import { mountPane } from './mount';

officeReady().then(
  () => {
    const root = document.getElementById('app');
    if (root) mountPane(root, { port: new OfficeWorkbook(), lang: displayLang(), dark: isDarkColour(officeBodyBackground()) });
  },
  () => undefined,
);
