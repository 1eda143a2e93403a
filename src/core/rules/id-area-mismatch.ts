import { idAreaPrefix } from '../parse/id';
import { finding, type Rule } from './rule';

/** Only when the area came from an area column or section row: an area taken from the id agrees with it by definition. */
export const idAreaMismatch: Rule = {
  id: 'id.area-mismatch',
  severity: 'error',
  check() {
    return {
      row(i, out) {
        if (i.areaSource !== 'column' && i.areaSource !== 'section') return;
        const id = i.id;
        const area = i.areaId;
        if (id.value === null || area === null) return;
        const prefix = idAreaPrefix(id.value);
        if (prefix === null || prefix === area) return;
        out.push(finding(idAreaMismatch, id.cell, id.value, { value: id.value, area, prefix }));
      },
    };
  },
};
