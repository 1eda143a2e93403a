/**
 * Paging for long lists: a list shows its first page, and "Vis flere" adds a page. A
 * 20 000-row overview can have thousands of findings; a page of buttons renders at once,
 * thousands do not.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { t, type Lang } from '../core/i18n';

export const PAGE = 25;

/** How many of a list to show: whole pages, and always enough to include item `keep` (-1: none). */
export function usePage(keep = -1): { shown: number; more(): void } {
  const [pages, setPages] = useState(1);
  return { shown: Math.max(pages * PAGE, Math.ceil((keep + 1) / PAGE) * PAGE), more: () => setPages(Math.max(pages, Math.ceil((keep + 1) / PAGE)) + 1) };
}

export function ShowMore({ lang, shown, total, onMore }: { lang: Lang; shown: number; total: number; onMore(): void }) {
  if (shown >= total) return null;
  return (
    <Button size="small" appearance="subtle" onClick={onMore} data-more={total - shown}>
      {t(lang, 'pane.more', { shown, total })}
    </Button>
  );
}
