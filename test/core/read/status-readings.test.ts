import { sharedStatusReadings } from '../../../src/core/read/status-readings';

describe('one status reading per way a status reads', () => {
  it('hands out the first reading for the same text, fill and status', () => {
    const reading = sharedStatusReadings();
    const green = reading('Grøn', 'green', 'green', 'green');
    expect(reading('Grøn', 'green', 'green', 'green')).toBe(green);
    expect(green).toEqual({ text: 'Grøn', fromText: 'green', fromFill: 'green', value: 'green' });
  });

  it('keeps a reading of its own for another fill or effective status', () => {
    const reading = sharedStatusReadings();
    const green = reading('Grøn', 'green', null, 'green');
    expect(reading('Grøn', 'green', 'red', 'green')).toEqual({ text: 'Grøn', fromText: 'green', fromFill: 'red', value: 'green' });
    expect(reading('Grøn', 'green', null, 'done')).toEqual({ text: 'Grøn', fromText: 'green', fromFill: null, value: 'done' });
    expect(reading('Grøn', 'green', null, 'green')).toBe(green);
  });

  it('stops remembering new texts past its limit', () => {
    const reading = sharedStatusReadings(1);
    const green = reading('Grøn', 'green', null, 'green');
    const red = reading('Rød', 'red', null, 'red');
    expect(reading('Rød', 'red', null, 'red')).not.toBe(red);
    expect(reading('Grøn', 'green', null, 'green')).toBe(green);
  });
});
