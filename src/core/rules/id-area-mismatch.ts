import { idAreaPrefix } from '../parse/id';
import { finding, type Rule } from './rule';

/** Only when the area came from an area column or section row: an area taken from the id agrees with it by definition. */
export const idAreaMismatch: Rule = {
  id: 'id.area-mismatch',
  severity: 'error',
  check({ overview }) {
    const out = [];
    for (const i of overview.initiatives) {
      if (i.areaSource !== 'column' && i.areaSource !== 'section') continue;
      if (i.id.value === null || i.areaId === null) continue;
      const prefix = idAreaPrefix(i.id.value);
      if (prefix === null || prefix === i.areaId) continue;
      out.push(finding(idAreaMismatch, i.id.cell, i.id.value, { value: i.id.value, area: i.areaId, prefix }));
    }
    return out;
  },
};
