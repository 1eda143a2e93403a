import { memoize } from '../memo';
import { cellOf } from '../overview';
import { defineRule } from './rule';

/**
 * Case, hyphens, dots and spacing are ignored: the 2016-2020 sheet writes both
 * `Arbejdsgange og IT-arkitektur` and `Arbejdsgange og ITarkitektur`; `&` is `og`.
 */
function normalizeOffice(office: string): string {
  return office.toLowerCase().replace(/\s*&\s*/g, ' og ').replace(/[-–.]/g, '').replace(/\s+/g, ' ').trim();
}

export const officeUnknown = defineRule({
  id: 'office.unknown',
  severity: 'info',
  params: { value: 'text' },
  check({ overview, profile }, finding) {
    if (profile.offices.length === 0) return {};
    const known = new Set(profile.offices.map(normalizeOffice));
    const isKnown = memoize((office) => office.trim() === '' || known.has(normalizeOffice(office)));
    return {
      row(i, out) {
        const office = i.office;
        if (office === null || isKnown(office)) return;
        out.push(finding(cellOf(overview, i, 'office'), i.id, { value: office.trim() }));
      },
    };
  },
});
