import { CATALOGUES, LANGS, messageKeys, renderFinding, t } from '../../../src/core/i18n';
import { RULES, RULE_IDS } from '../../../src/core/rules';
import { contactUnassigned } from '../../../src/core/rules/contact-unassigned';
import { emailInvalid } from '../../../src/core/rules/email-invalid';
import { statusReasonMissing } from '../../../src/core/rules/status-reason-missing';
import { findingMaker } from '../../../src/core/rules/rule';

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

  it('have a message for every rule of the catalogue, using only the parameters it declares', () => {
    for (const rule of RULES) {
      for (const key of messageKeys(rule)) {
        for (const lang of LANGS) {
          expect([key, lang, CATALOGUES[lang][key] !== undefined]).toEqual([key, lang, true]);
          for (const name of placeholders(CATALOGUES[lang][key])) expect([key, name, name in rule.params]).toEqual([key, name, true]);
        }
      }
    }
  });

  it('have no rule message without a rule', () => {
    const known = new Set(RULES.flatMap((r) => messageKeys(r)));
    expect(Object.keys(CATALOGUES.da).filter((k) => k.startsWith('rule.') && !known.has(k))).toEqual([]);
  });

  it('name every rule in the pane, in catalogue order', () => {
    for (const id of RULE_IDS) for (const lang of LANGS) expect(CATALOGUES[lang][`pane.rule.${id}`]).toBeDefined();
  });
});

describe('rendering a finding', () => {
  it('formats a parameter by its declared type: a status through the vocabulary', () => {
    const f = findingMaker(statusReasonMissing)('K7', '1.2', { status: 'yellow' });
    expect(renderFinding(f, 'da').message).toContain('Gul');
    expect(renderFinding(f, 'en').message).toContain('Yellow');
  });

  it('shows cell text literally, even when it looks like a message key', () => {
    for (const lang of LANGS) {
      const status = renderFinding({ ...findingMaker(statusReasonMissing)('K7', '1.2', { status: 'yellow' }), rule: 'status.unknown', params: { value: '@status.green' } }, lang);
      expect(status.message).toContain('@status.green');
      const email = renderFinding(findingMaker(emailInvalid)('I7', '1.2', { value: '@kl.dk' }), lang);
      expect(email.message).toContain('@kl.dk');
      const placeholder = renderFinding(findingMaker(contactUnassigned)('H7', '1.2', { value: '{value}' }, 'placeholder'), lang);
      expect(placeholder.message).toContain('{value}');
    }
  });

  it('t fills placeholders literally and gives the key when missing', () => {
    expect(t('da', 'rule.email.invalid', { value: '@status.red' })).toContain('@status.red');
    expect(t('da', 'no.such.key')).toBe('no.such.key');
  });
});
