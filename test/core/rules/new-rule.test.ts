import { LANGS, messageKeys, renderFinding, ruleName } from '../../../src/core/i18n';
import { RULES } from '../../../src/core/rules';
import { validate } from '../../../src/core/validate';
import { titleShouting, titleShoutingMessages } from './fixtures/title-shouting';
import { brief, context } from './overview-builder';

describe('a rule added from its own file', () => {
  const ctx = context([{ title: 'DIGITAL POST', status: 'red', remark: 'Forsinket' }, { title: 'Digital post', status: 'green' }]);

  it('runs beside the catalogue with no edit elsewhere, its findings carrying its id and typed params', () => {
    const findings = validate(ctx.overview, ctx.profile, [...RULES, titleShouting]);
    const own = findings.filter((f) => f.rule === 'title.shouting');
    expect(brief(own)).toEqual([{ cell: 'B5', initiative: '1.5', params: { value: 'DIGITAL POST', status: 'red' } }]);
    expect(own[0].severity).toBe('info');
  });

  it('renders through its message lines, formatting each parameter by its declared type', () => {
    const [f] = validate(ctx.overview, ctx.profile, [titleShouting]);
    expect(messageKeys(titleShouting)).toEqual(['rule.title.shouting']);
    const rendered = LANGS.map((lang) => renderFinding(f, lang, { rules: [titleShouting], messages: titleShoutingMessages[lang] }).message);
    expect(rendered).toEqual(['Titlen «DIGITAL POST» står med store bogstaver (status Rød).', 'The title “DIGITAL POST” is in capitals (status Red).']);
  });

  it('is grouped in the pane under its id, having no short name of its own', () => {
    for (const lang of LANGS) expect(ruleName(lang, 'title.shouting')).toBe('title.shouting');
    expect(ruleName('da', 'title.missing')).not.toBe('title.missing');
  });
});
