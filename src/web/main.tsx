/**
 * The web page's entry (webpack `--env web`, dist/web/index.html): the page in the browser's
 * theme, Danish unless `?lang=en`; `?theme=dark` or `light` overrides the browser's theme.
 * The file lives, and the actions run, in fileworker.js, built beside this script (fileworker.ts).
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { isLang, type Lang } from '../core/i18n';
import { workerCalls } from '../pane/calls';
import { useGlobalStyles } from '../pane/styles';
import { fileOperations } from './fileops';
import { WebPage } from './WebPage';

/** One worker holds the file and runs the actions on it: only their outcomes come to the page. */
const calls = workerCalls(new URL('fileworker.js', document.baseURI), fileOperations());

function App({ lang, dark }: { lang: Lang; dark: boolean }) {
  useGlobalStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <WebPage files={calls} initialLang={lang} />
    </FluentProvider>
  );
}

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') ?? 'da';
const theme = params.get('theme');
const dark = theme === null ? window.matchMedia('(prefers-color-scheme: dark)').matches : theme === 'dark';
const root = document.getElementById('app');
if (root) {
  createRoot(root).render(<App lang={isLang(lang) ? lang : 'da'} dark={dark} />);
}
