/** The settings section: report date, how an area's status is rolled up, and the language. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import type { AreaRuleChoice } from '../addin/area-rule';
import { isLang, t, type Lang } from '../core/i18n';
import { useStyles } from './styles';
import type { SettingsState } from './useSettings';

export interface SettingsCardProps {
  lang: Lang;
  settings: SettingsState['settings'];
  choose: SettingsState['choose'];
  setReportDate: SettingsState['setReportDate'];
}

export function SettingsCard({ lang, settings, choose, setReportDate }: SettingsCardProps) {
  const styles = useStyles();
  const { areaRule } = settings;
  const changeAreaRule = (choice: AreaRuleChoice) => choose('areaRule', choice);
  return (
    <Accordion collapsible className={styles.card}>
      <AccordionItem value="settings">
        <AccordionHeader size="small">{t(lang, 'pane.settings')}</AccordionHeader>
        <AccordionPanel>
          <Field label={t(lang, 'pane.reportDate')}>
            <Input type="date" value={settings.reportDate} onChange={(_, d) => setReportDate(d.value)} />
          </Field>
          <Field label={t(lang, 'pane.areaRule')}>
            <RadioGroup
              value={areaRule.kind}
              onChange={(_, d) => changeAreaRule({ ...areaRule, kind: d.value === 'threshold' ? 'threshold' : 'worst-of' })}
            >
              <Radio value="worst-of" label={t(lang, 'pane.areaRule.worst')} />
              <Radio value="threshold" label={t(lang, 'pane.areaRule.threshold')} />
            </RadioGroup>
          </Field>
          {areaRule.kind === 'threshold' && (
            <div className={styles.twoColumns}>
              <Field label={t(lang, 'pane.areaRule.red')} className={styles.field}>
                <Input
                  type="number"
                  min={0}
                  max={100}
                  value={String(areaRule.redPercent)}
                  contentAfter="%"
                  onChange={(_, d) => changeAreaRule({ ...areaRule, redPercent: Number(d.value) })}
                />
              </Field>
              <Field label={t(lang, 'pane.areaRule.yellow')} className={styles.field}>
                <Input
                  type="number"
                  min={0}
                  max={100}
                  value={String(areaRule.yellowPercent)}
                  contentAfter="%"
                  onChange={(_, d) => changeAreaRule({ ...areaRule, yellowPercent: Number(d.value) })}
                />
              </Field>
            </div>
          )}
          <Field label={t(lang, 'pane.lang')}>
            <Select
              value={lang}
              onChange={(_, d) => {
                if (isLang(d.value)) choose('lang', d.value);
              }}
            >
              <option value="da">{t(lang, 'pane.lang.da')}</option>
              <option value="en">{t(lang, 'pane.lang.en')}</option>
            </Select>
          </Field>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
