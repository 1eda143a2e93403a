/** The run's progress line and the notice it ended with, in one block so an empty line adds no gap. */
import { MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import type { Step } from '../addin/actions';
import { t, type Lang } from '../core/i18n';
import { progressText, type Notice } from './notices';
import { useStyles } from './styles';
import type { Busy } from './useRun';

export interface StatusAreaProps {
  lang: Lang;
  busy: Busy | null;
  progress: Step | null;
  notice: Notice | null;
}

export function StatusArea({ lang, busy, progress, notice }: StatusAreaProps) {
  const styles = useStyles();
  // Detection is quick and shows in the overview section; the actions show their steps here.
  const working = busy !== null && busy !== 'detect';
  return (
    <div className={styles.progress}>
      <div role="status" aria-live="polite" className={styles.progress}>
        {working && (
          <>
            <ProgressBar value={progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined} />
            <span className={styles.muted} data-testid="progress">
              {progress ? progressText(lang, progress) : t(lang, 'pane.working')}
            </span>
          </>
        )}
      </div>
      {notice && (
        <MessageBar intent={notice.intent} politeness={notice.intent === 'error' ? 'assertive' : 'polite'} data-intent={notice.intent}>
          <MessageBarBody>{notice.text(lang)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
