/** The overview section: which sheet and profile, and what was detected with them. */
import { Field, Select } from '@fluentui/react-components';
import type { Facts } from '../addin/analysis';
import { PROFILE_NAMES } from '../addin/choices';
import { t, type Lang } from '../core/i18n';
import type { SheetInfo } from '../workbook/port';
import { useStyles } from './styles';
import type { SettingsState } from './useSettings';

export interface OverviewCardProps {
  lang: Lang;
  sheets: SheetInfo[];
  settings: SettingsState['settings'];
  choose: SettingsState['choose'];
  disabled: boolean;
  facts: Facts | null;
  detecting: boolean;
}

const NA = '–';

export function OverviewCard({ lang, sheets, settings, choose, disabled, facts, detecting }: OverviewCardProps) {
  const styles = useStyles();
  const pickable = sheets.filter((s) => s.visible && s.owner === null);
  return (
    <section className={styles.card} aria-labelledby="overview-heading">
      <h2 id="overview-heading" className={styles.h2}>
        {t(lang, 'pane.overview')}
      </h2>
      <div className={styles.twoColumns}>
        <Field label={t(lang, 'pane.sheet')} className={styles.field}>
          <Select value={settings.sheet} disabled={disabled} onChange={(_, d) => choose('sheet', d.value)}>
            <option value="">{t(lang, 'pane.sheet.auto')}</option>
            {pickable.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t(lang, 'pane.profile')} className={styles.field}>
          <Select value={settings.profile} disabled={disabled} onChange={(_, d) => choose('profile', d.value)}>
            {PROFILE_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <dl className={styles.facts} data-testid="detected">
        <dt className={styles.factName}>{t(lang, 'pane.sheet')}</dt>
        <dd className={styles.factValue} data-fact="sheet">
          {facts === null ? (detecting ? t(lang, 'pane.detecting') : NA) : (facts.sheet ?? NA)}
        </dd>
        <dt className={styles.factName}>{t(lang, 'pane.headerRow')}</dt>
        <dd className={styles.factValue} data-fact="headerRow">
          {facts?.headerRow ?? NA}
        </dd>
        <dt className={styles.factName}>{t(lang, 'pane.profile')}</dt>
        <dd className={styles.factValue} data-fact="profile">
          {facts?.profile ?? settings.profile}
        </dd>
        <dt className={styles.factName}>{t(lang, 'pane.initiatives')}</dt>
        <dd className={styles.factValue} data-fact="initiatives">
          {facts?.sheet ? facts.initiatives : NA}
        </dd>
      </dl>
    </section>
  );
}
