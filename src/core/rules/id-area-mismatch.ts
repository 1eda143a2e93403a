import { cellOf } from '../overview';
import { idAreaPrefix } from '../parse/id';
import { defineRule } from './rule';

/** Only when the area came from an area column or section row: an area taken from the id agrees with it by definition. */
export const idAreaMismatch = defineRule({
  id: 'id.area-mismatch',
  severity: 'error',
  params: { value: 'text', area: 'text', prefix: 'text' },
  check({ overview }, finding) {
    return {
      row(i, out) {
        if (i.areaSource !== 'column' && i.areaSource !== 'section') return;
        const id = i.id;
        const area = i.areaId;
        if (id === null || area === null) return;
        const prefix = idAreaPrefix(id);
        if (prefix === null || prefix === area) return;
        out.push(finding(cellOf(overview, i, 'id'), id, { value: id, area, prefix }));
      },
    };
  },
});
