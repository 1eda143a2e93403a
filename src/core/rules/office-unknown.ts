import { finding, type Rule } from './rule';

/**
 * Case, hyphens, dots and spacing are ignored: the 2016-2020 sheet writes both
 * `Arbejdsgange og IT-arkitektur` and `Arbejdsgange og ITarkitektur`.
 */
function normalizeOffice(office: string): string {
  return office.toLowerCase().replace(/[-–.]/g, '').replace(/\s+/g, ' ').trim();
}

export const officeUnknown: Rule = {
  id: 'office.unknown',
  severity: 'info',
  check({ overview, profile }) {
    if (profile.offices.length === 0) return [];
    const known = new Set(profile.offices.map(normalizeOffice));
    const out = [];
    for (const i of overview.initiatives) {
      const office = i.office.value;
      if (office === null || office.trim() === '' || known.has(normalizeOffice(office))) continue;
      out.push(finding(officeUnknown, i.office.cell, i.id.value, { value: office.trim() }));
    }
    return out;
  },
};
