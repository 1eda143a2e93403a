import { isDarkColour } from '../../src/office/theme';

describe("Office's theme", () => {
  it('tells the dark themes from the light ones by the body background', () => {
    expect(['#262626', '#444444', '#000000', '#1F1F1F'].map(isDarkColour)).toEqual([true, true, true, true]);
    expect(['#FFFFFF', '#E6E6E6', '#F3F2F1', null, 'not a colour'].map(isDarkColour)).toEqual([false, false, false, false, false]);
  });
});
