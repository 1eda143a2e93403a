/**
 * The page's file section: pick an .xlsx or drop one (the page takes the drop), the file
 * that is open, a sentence when a file cannot be used, and after *Opdater opsummering* the
 * summarised copy to download.
 */
import { Button, Field, MessageBar, MessageBarBody, Select, mergeClasses } from '@fluentui/react-components';
import { useRef } from 'react';
import { isLang, t, type Lang } from '../core/i18n';
import { useStyles } from '../pane/styles';
import { useWebStyles } from './styles';

/** What the file picker offers: workbooks, by extension and by type. */
const ACCEPT = '.xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Download {
  url: string;
  name: string;
}

export interface OpenFileProps {
  lang: Lang;
  /** The open file's name, or null. */
  name: string | null;
  /** The name of a file being opened, or null. */
  opening: string | null;
  /** Why the last file could not be opened, in the page's language; null when it could. */
  problem: string | null;
  dragging: boolean;
  download: Download | null;
  onFile(file: File): void;
  /** The language switch before a file is open; after, the pane's settings hold it. */
  onLang?(lang: Lang): void;
}

export function OpenFile({ lang, name, opening, problem, dragging, download, onFile, onLang }: OpenFileProps) {
  const pane = useStyles();
  const styles = useWebStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={mergeClasses(pane.card, styles.drop, dragging && styles.dragging)} aria-labelledby="file-heading" data-testid="file">
      <h2 id="file-heading" className={pane.h2}>
        {t(lang, 'web.file')}
      </h2>
      {name === null ? <p className={pane.muted}>{t(lang, 'web.intro')}</p> : <p className={styles.fileName} data-testid="file-name">{name}</p>}
      <div className={pane.row}>
        <Button appearance={name === null ? 'primary' : 'secondary'} disabled={opening !== null} onClick={() => input.current?.click()}>
          {t(lang, name === null ? 'web.open' : 'web.open.another')}
        </Button>
        <span className={pane.muted}>{t(lang, 'web.drop')}</span>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid="file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared, so picking the same file again opens it again.
            e.target.value = '';
            if (file) onFile(file);
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {opening !== null && <p className={pane.muted}>{t(lang, 'web.opening', { name: opening })}</p>}
      </div>
      {problem !== null && (
        <MessageBar intent="error" politeness="assertive" data-testid="file-problem">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {download !== null && (
        <div className={pane.row}>
          <Button as="a" appearance="primary" href={download.url} download={download.name} data-testid="download">
            {t(lang, 'web.download')}
          </Button>
          <span className={pane.muted}>{t(lang, 'web.download.hint')}</span>
        </div>
      )}
      {onLang && (
        <Field label={t(lang, 'pane.lang')}>
          <Select
            value={lang}
            onChange={(_, d) => {
              if (isLang(d.value)) onLang(d.value);
            }}
          >
            <option value="da">{t(lang, 'pane.lang.da')}</option>
            <option value="en">{t(lang, 'pane.lang.en')}</option>
          </Select>
        </Field>
      )}
    </section>
  );
}
