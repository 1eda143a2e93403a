import { memoize } from '../../src/core/memo';

describe('memoize', () => {
  it('works a repeated text out once', () => {
    const fn = jest.fn((text: string) => text.length);
    const m = memoize(fn);
    for (let i = 0; i < 1000; i++) expect(m(['Grøn', 'Gul', 'Rød'][i % 3])).toBe([4, 3, 3][i % 3]);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('on all-different texts stops remembering and looking, and still answers each', () => {
    const fn = jest.fn((text: string) => `<${text}>`);
    const m = memoize(fn, 8);
    for (let i = 0; i < 100; i++) expect(m(`tekst ${i}`)).toBe(`<tekst ${i}>`);
    // Once it stopped looking, a text seen before is worked out again: correct, not remembered.
    expect(m('tekst 0')).toBe('<tekst 0>');
    expect(fn).toHaveBeenCalledTimes(101);
  });

  it('keeps looking when texts come again often, past its limit', () => {
    const fn = jest.fn((text: string) => text.toUpperCase());
    const m = memoize(fn, 8);
    for (let round = 0; round < 5; round++) for (let i = 0; i < 8; i++) m(`t${i}`);
    for (let i = 8; i < 40; i++) expect(m(`t${i}`)).toBe(`T${i}`);
    expect(m('t3')).toBe('T3');
    expect(fn).toHaveBeenCalledTimes(40);
  });
});
