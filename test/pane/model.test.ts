import type { Finding, RuleId, Severity } from '../../src/core/finding';
import { flatten, groupFindings, stepFinding } from '../../src/pane/model';
import { gridBookFromJson, gridBookToJson } from '../../playground/grid-json';

function finding(severity: Severity, rule: RuleId, cell: string): Finding {
  const row = Number(cell.replace(/^[A-Z]+/, ''));
  return { severity, rule, cell, row, column: cell.replace(/\d+$/, ''), initiative: null, params: {} };
}

const ALL = new Set<Severity>(['error', 'warning', 'info']);

describe('task pane model', () => {
  const findings = [
    finding('info', 'office.unknown', 'I39'),
    finding('warning', 'contact.unassigned', 'G32'),
    finding('error', 'status.missing', 'J12'),
    finding('warning', 'contact.unassigned', 'G9'),
    finding('error', 'id.format', 'A20'),
  ];

  it('groups by severity, then rule in catalogue order, findings in sheet order', () => {
    const groups = groupFindings(findings, ALL);
    expect(groups.map((g) => g.key)).toEqual(['error|id.format', 'error|status.missing', 'warning|contact.unassigned', 'info|office.unknown']);
    expect(groups[2].items.map((i) => i.finding.cell)).toEqual(['G9', 'G32']);
  });

  it('gives the same groups and keys whatever order the findings arrive in', () => {
    const again = groupFindings([...findings].reverse(), ALL);
    expect(again).toEqual(groupFindings(findings, ALL));
  });

  it('keys equal findings apart by occurrence', () => {
    const twice = groupFindings([finding('warning', 'status.conflict', 'J7'), finding('warning', 'status.conflict', 'J7')], ALL);
    expect(twice[0].items.map((i) => i.key)).toEqual(['status.conflict|J7|0', 'status.conflict|J7|1']);
  });

  it('filters by severity', () => {
    expect(groupFindings(findings, new Set<Severity>(['warning'])).map((g) => g.key)).toEqual(['warning|contact.unassigned']);
    expect(groupFindings(findings, new Set())).toEqual([]);
  });

  it('steps through the list in order, wrapping around, starting from either end', () => {
    const list = flatten(groupFindings(findings, ALL));
    const cells = (key: string | null, step: 1 | -1) => stepFinding(list, key, step)?.finding.cell;
    expect(cells(null, 1)).toBe('A20');
    expect(cells(null, -1)).toBe('I39');
    expect(cells(list[0].key, 1)).toBe('J12');
    expect(cells(list[list.length - 1].key, 1)).toBe('A20');
    expect(cells(list[0].key, -1)).toBe('I39');
    expect(cells('gone|X1|0', 1)).toBe('A20');
    expect(stepFinding([], null, 1)).toBeNull();
  });
});

describe('playground grid JSON', () => {
  it('revives dates and keeps error values and other cells as they were', () => {
    const when = new Date(Date.UTC(2018, 11, 15));
    const book = {
      source: 'x.xlsx',
      sheets: [
        {
          sheetName: 'Ark1',
          originRow: 3,
          originCol: 2,
          cells: [[{ value: when }, { value: { error: '#N/A' } }, null, { value: 1.5, numFmt: '0.00', fill: 'FF0000' }]],
          merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
          tables: [],
        },
      ],
    };
    const back = gridBookFromJson(gridBookToJson(book));
    expect(back).toEqual(book);
    expect(back.sheets[0].cells[0][0]?.value).toBeInstanceOf(Date);
  });
});
