/**
 * The web page: Leverance in any browser, without Excel. A person opens their own .xlsx (the
 * picker, or a drop anywhere on the page); the task pane's own UI works on it through a
 * FileWorkbook, the file and the actions on it in the page's Web Worker; a picked finding shows its
 * cell in a read-only view; *Opdater opsummering* offers the summarised copy to download.
 * A file that cannot be used gets one sentence, and the file open before stays open.
 */
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { t, type Lang } from '../core/i18n';
import type { Calls } from '../pane/calls';
import { Pane } from '../pane/Pane';
import { useStyles } from '../pane/styles';
import { errorSentence } from '../workbook/errors';
import { CellView } from './CellView';
import type { CellWindow } from './cellwindow';
import { FileWorkbook, summaryFileName } from './filebook';
import type { FileOperations } from './fileops';
import { OpenFile, type Download } from './OpenFile';
import { useWebStyles } from './styles';

export interface WebPageProps {
  /** Where the file lives and the actions run: the page's worker (fileworker.ts). */
  files: Calls<FileOperations>;
  initialLang: Lang;
}

/** Whether a drag carries files (not text or a link). */
function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer.types).includes('Files');
}

export function WebPage({ files, initialLang }: WebPageProps) {
  const pane = useStyles();
  const styles = useWebStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  // `key`: each opening is a new pane, with its choices and results from scratch (the same name may come twice).
  const [file, setFile] = useState<{ book: FileWorkbook; key: number } | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ error: unknown } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [download, setDownload] = useState<Download | null>(null);
  const [shown, setShown] = useState<CellWindow | null>(null);
  // Events of a file no longer open (a run that ends after another file was opened) are ignored.
  const current = useRef<FileWorkbook | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // A replaced download's bytes are let go.
  useEffect(() => () => void (download && URL.revokeObjectURL(download.url)), [download]);

  const open = useCallback(async (picked: File) => {
    setOpening(picked.name);
    try {
      const opened: FileWorkbook = await FileWorkbook.open(picked.name, picked, files, {
        select: (cells: CellWindow | null) => {
          if (current.current === opened) setShown(cells);
        },
        written: (blob: Blob) => {
          if (current.current !== opened) return;
          setDownload({ url: URL.createObjectURL(blob), name: summaryFileName(picked.name) });
        },
      });
      current.current = opened;
      setFile((old) => ({ book: opened, key: (old?.key ?? 0) + 1 }));
      setProblem(null);
      setDownload(null);
      setShown(null);
    } catch (error) {
      setProblem({ error });
    } finally {
      setOpening(null);
    }
  }, [files]);

  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    // Without this the browser would open the dropped file itself, leaving the page.
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (e: DragEvent) => {
    // Leaving a child for another is no leaving; leaving the page is.
    if (e.relatedTarget === null) setDragging(false);
  };
  const onDrop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) void open(dropped);
  };

  const section = (
    <OpenFile
      lang={lang}
      name={file?.book.name ?? null}
      opening={opening}
      problem={problem === null ? null : errorSentence(problem.error, lang)}
      dragging={dragging}
      download={download}
      onFile={(f) => void open(f)}
      onLang={file === null ? setLang : undefined}
    />
  );

  return (
    <div className={styles.page} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop} data-testid="page">
      {file === null ? (
        <main className={pane.root} aria-busy={opening !== null}>
          <div className={pane.header}>
            <h1 className={pane.title}>Leverance</h1>
          </div>
          {section}
        </main>
      ) : (
        <>
          <Pane key={file.key} port={file.book} actions={file.book} initialLang={lang} onLangChange={setLang} marks={false}>
            {section}
          </Pane>
          <aside className={styles.aside} aria-label={t(lang, 'web.cell')}>
            <CellView lang={lang} shown={shown} />
          </aside>
        </>
      )}
    </div>
  );
}
