/**
 * Renders the pane into the page with the Fluent theme that matches Office (or the
 * playground's choice). Shared by the add-in entry and the playground, so both show the
 * same pane.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { actionsOn, type AddinPort } from '../addin/actions';
import type { Analyst } from '../addin/analysis';
import type { Lang } from '../core/i18n';
import { Pane, type PanePort } from '../pane/Pane';
import { useGlobalStyles } from '../pane/styles';

export interface MountOptions {
  port: PanePort & AddinPort;
  /** Where the analysis runs: `workerAnalyst` in a page, so the pane never freezes. */
  analyst: Analyst;
  lang: Lang;
  dark: boolean;
}

function setDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang;
}

function App({ port, analyst, lang, dark }: MountOptions) {
  useGlobalStyles();
  const actions = useMemo(() => actionsOn(port, analyst), [port, analyst]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <Pane port={port} actions={actions} initialLang={lang} onLangChange={setDocumentLang} />
    </FluentProvider>
  );
}

export function mountPane(root: HTMLElement, options: MountOptions): void {
  createRoot(root).render(<App {...options} />);
}
