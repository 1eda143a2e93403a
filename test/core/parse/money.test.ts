import { parseAmount } from '../../../src/core/parse/money';

/** Amounts quoted from the seeds (001, 003, 004) and what they are in kroner. */
const SEEDS: [string, number, boolean][] = [
  ['Samlet budget på 19,5 mio. kr. som finansieres af KL, ABT-fonden og Socialministeriet.', 19_500_000, false],
  ['Ca. 1 mio. kr.', 1_000_000, true],
  ['har reserveret 500 mio. kr. fra Fonden for Velfærdsteknologi', 500_000_000, false],
  ['9 mio. kr. fordelt på 2009 og 2010.', 9_000_000, false],
  ['svarende til en besparelse på omkring 1,9 mio. kr.', 1_900_000, true],
  ['i alt 3,4 mio. kr.', 3_400_000, false],
  ['4,8 mio.kr.', 4_800_000, false],
  ['15 mio. kroner for udvikling af metode', 15_000_000, false],
  ['Den fællesoffentlige strategi har et samlet budget på ca. 450 mio. kr.', 450_000_000, true],
  ['Et løft på 2 mia. kr. om året fra 2015 og frem.', 2_000_000_000, false],
  ['1,3 milliarder kroner', 1_300_000_000, false],
  ['4,5 millioner kr.', 4_500_000, false],
  ['8,50 kr.', 8.5, false],
];

const OTHER: [string, number, boolean][] = [
  ['250.000 kr.', 250_000, false],
  ['1,2 mia. kr.', 1_200_000_000, false],
  ['19,5 mio.', 19_500_000, false],
  ['cirka 1.250.000 kr', 1_250_000, true],
  ['750 t.kr.', 750_000, false],
  ['DKK: 100 DKK', 100, false],
];

describe('parseAmount', () => {
  it.each([...SEEDS, ...OTHER])('%s', (text, amount, approximate) => {
    expect(parseAmount(text)).toEqual({ amount, approximate });
  });

  it.each(['', '?', '2019', '1.1', '19,5', '5 tusind deltagere', '3. Kredsløb', 'x'.repeat(100_000)])('is null for %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it('is null for values that are not strings', () => {
    expect(parseAmount(19.5 as unknown as string)).toBeNull();
    expect(parseAmount(null as unknown as string)).toBeNull();
  });
});
