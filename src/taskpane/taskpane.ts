/** Task pane entry: mounts the pane once Office is ready, in Office's language and theme. */
import { displayLang, officeReady } from '../office/addin';
import { isDarkColour, officeBodyBackground } from '../office/theme';
import { OfficeWorkbook } from '../office/workbook';
import { workerAnalyst } from '../pane/analyst';
import { mountPane } from './mount';

officeReady().then(
  () => {
    const root = document.getElementById('app');
    if (!root) return;
    // worker.js is built beside taskpane.js (webpack.config.js) and served from the same origin.
    const analyst = workerAnalyst(new URL('worker.js', document.baseURI));
    mountPane(root, { port: new OfficeWorkbook(), analyst, lang: displayLang(), dark: isDarkColour(officeBodyBackground()) });
  },
  () => undefined,
);
