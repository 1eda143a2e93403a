/**
 * The web page's entry (webpack `--env web`, dist/web/index.html): the page in the browser's
 * theme, Danish unless `?lang=en`; `?theme=dark` or `light` overrides the browser's theme.
 * The analysis runs in worker.js, built beside this script from the pane's worker.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { Analyst } from '../addin/analysis';
import { isLang, type Lang } from '../core/i18n';
import { workerAnalyst } from '../pane/analyst';
import { useGlobalStyles } from '../pane/styles';
import { WebPage } from './WebPage';

function App({ analyst, lang, dark }: { analyst: Analyst; lang: Lang; dark: boolean }) {
  useGlobalStyles();
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <WebPage analyst={analyst} initialLang={lang} />
    </FluentProvider>
  );
}

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') ?? 'da';
const theme = params.get('theme');
const dark = theme === null ? window.matchMedia('(prefers-color-scheme: dark)').matches : theme === 'dark';
const root = document.getElementById('app');
if (root) {
  createRoot(root).render(<App analyst={workerAnalyst(new URL('worker.js', document.baseURI))} lang={isLang(lang) ? lang : 'da'} dark={dark} />);
}
