import type { RuleId } from '../../../src/core/finding';
import { CATALOGUES, messageKey, renderFinding, t } from '../../../src/core/i18n';
import { RULES } from '../../../src/core/rules';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in Danish and English', () => {
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(Object.keys(CATALOGUES.da).sort());
  });

  it('use the same placeholders in both languages', () => {
    const differ = Object.keys(CATALOGUES.da).filter(
      (k) => JSON.stringify(placeholders(CATALOGUES.da[k])) !== JSON.stringify(placeholders(CATALOGUES.en[k])),
    );
    expect(differ).toEqual([]);
  });

  it('have a message for every rule id of the catalogue', () => {
    const ids: RuleId[] = [
      'header.missing-column', 'sheet.not-found', 'id.missing', 'id.format', 'id.duplicate', 'id.area-mismatch',
      'title.missing', 'title.too-long', 'status.missing', 'status.unknown', 'status.reason-missing', 'status.conflict',
      'contact.unassigned', 'email.missing', 'email.invalid', 'email.domain', 'office.unknown',
      'timeline.wrong-year', 'timeline.out-of-period', 'cell.error-value',
    ];
    for (const id of ids) expect(CATALOGUES.da[`rule.${id}`]).toBeDefined();
    expect(CATALOGUES.da['rule.contact.inconsistent.name']).toBeDefined();
    expect(CATALOGUES.da['rule.contact.inconsistent.email']).toBeDefined();
    for (const rule of RULES) expect(ids.concat('contact.inconsistent')).toContain(rule.id);
  });

  it('renders findings with their parameters, translating @references', () => {
    const f = {
      severity: 'warning' as const,
      rule: 'status.reason-missing' as const,
      cell: 'K7',
      row: 7,
      column: 'K',
      initiative: '1.2',
      params: { status: '@status.yellow' },
    };
    expect(renderFinding(f, 'da').message).toContain('Gul');
    expect(renderFinding(f, 'en').message).toContain('Yellow');
    expect(messageKey({ ...f, rule: 'contact.inconsistent', params: { variant: 'name' } })).toBe('rule.contact.inconsistent.name');
    expect(t('da', 'no.such.key')).toBe('no.such.key');
  });
});
