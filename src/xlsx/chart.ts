/**
 * ChartSpec → a drawing part (anchoring the chart to cells) and a DrawingML chart part.
 * The chart references the sheet's ranges and also carries their current values as a
 * cache, so viewers that do not recalculate (previewers, LibreOffice import) show the bars.
 */
import type { ChartSpec, SheetSpec, SpecValue } from '../core/report/sheetspec';
import { parseA1, sheetRef } from '../core/address';
import { esc } from './xml';
import { absoluteRange } from './sheetxml';
import type { Namespaces } from './namespaces';

/** The spec's values over a one-column or one-row range, in order. */
function rangeValues(spec: SheetSpec, range: string): SpecValue[] {
  const [a, b = a] = range.split(':');
  const tl = parseA1(a);
  const br = parseA1(b);
  if (!tl || !br) return [];
  const out: SpecValue[] = [];
  for (let r = tl.row; r <= br.row; r++) {
    for (let c = tl.col; c <= br.col; c++) out.push(spec.rows[r - 1]?.[c - 1]?.value ?? null);
  }
  return out;
}

function displayOf(v: SpecValue): string {
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

function strCache(values: SpecValue[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(displayOf(v))}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: SpecValue[]): string {
  const pts = values
    .map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

export function chartXml(chart: ChartSpec, spec: SheetSpec, ns: Namespaces): string {
  const ref = (range: string) => esc(sheetRef(spec.name, absoluteRange(range)));
  const categories = rangeValues(spec, chart.categories);
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${esc(s.color.replace(/^#/, '').toUpperCase())}"/></a:solidFill></c:spPr>` +
        '<c:invertIfNegative val="0"/>' +
        `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${ref(s.values)}</c:f>${numCache(rangeValues(spec, s.values))}</c:numRef></c:val>` +
        '</c:ser>',
    )
    .join('');
  const title = chart.title
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    : '<c:autoTitleDeleted val="1"/>';
  // Categories run top-down (maxMin) like the table beside the chart; the value axis then
  // crosses at the maximum category to stay at the bottom.
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.drawing}" xmlns:r="${ns.rel}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${title}<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    '<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>' +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="500000001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '</c:chartSpace>'
  );
}

/** The drawing part: one two-cell anchor covering `from`…`to` (inclusive) holding the chart. */
export function drawingXml(chart: ChartSpec, chartRelId: string, ns: Namespaces): string {
  const from = parseA1(chart.from) ?? { row: 1, col: 1 };
  const to = parseA1(chart.to) ?? { row: from.row + 15, col: from.col + 7 };
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${ns.spreadsheetDrawing}" xmlns:a="${ns.drawing}">` +
    '<xdr:twoCellAnchor>' +
    // Markers are 0-based; the bottom-right corner sits at the start of the cell after `to`.
    marker('from', from.col - 1, from.row - 1) +
    marker('to', to.col, to.row) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${esc(chart.title || 'Chart')}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${ns.chart}"><c:chart xmlns:c="${ns.chart}" xmlns:r="${ns.rel}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}
