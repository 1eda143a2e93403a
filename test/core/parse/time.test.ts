import { cellMilestones, parseMilestones, type Milestone } from '../../../src/core/parse/time';
import { suspiciousYears } from '../../../src/core/parse/suspicious-year';
import { m, o } from './milestones';

/** Expressions quoted from the seed documents (file prefix in the comment) and what they must give. */
const SEEDS: [string, Milestone[]][] = [
  // 000: the 2016-2020 Leveranceoversigt
  ['Modning og analysefasen for projektet igangsættes ultimo 2016 og løber frem til medio 2017.', [m('ultimo 2016', '2016-09-01', '2016-12-31'), m('medio 2017', '2017-05-01', '2017-08-31')]],
  ['Fra medio 2017 planlægges igangsættelse af et pilotprojekt', [o('Fra medio 2017', '2017-05-01', '2017-08-31')]],
  ['En udstillingsløsning forventes at være klar i 2018', []],
  ['I perioden indtil 2020 forventes det at der gives adgang til mere data', []],
  ['Programmet etableres ultimo 2016.', [m('ultimo 2016', '2016-09-01', '2016-12-31')]],
  ['Udvikling af et fælles sprog om borgerens funktionsevne og effektdokumentationen frem mod 2019', []],
  ['Tages der beslutning om udvidelse af forretningsområder, vil det blive udrullet i 2020.', []],
  ['ets afklaringsfase løber fra primo 2016-medio 2017', [m('primo 2016-medio 2017', '2016-01-01', '2017-08-31')]],
  ['Medio 2018 skal en endnu ikke fastsat del af relevante borgere være inkluderet', [m('Medio 2018', '2018-05-01', '2018-08-31')]],
  ['Ultimo 2019 skal mindst 95% af relevante borgere være inkluderet', [m('Ultimo 2019', '2019-09-01', '2019-12-31')]],
  ['Aug. nov.: afklaringsfase sammen med leverandør (CSC)', []],
  ['Nov. 16 aug. 17 udvikling af løsningen med tre delleveranceprøver', [m('Nov. 16', '2016-11-01', '2016-11-30'), m('aug. 17', '2017-08-01', '2017-08-31')]],
  ['Nov. 16 - aug. 17', [m('Nov. 16 - aug. 17', '2016-11-01', '2017-08-31')]],
  ['Aug. 17 jan. 18 afslutning og godkendelse af løsningen', [m('Aug. 17', '2017-08-01', '2017-08-31'), m('jan. 18', '2018-01-01', '2018-01-31')]],
  ['projektbeskrivelsen som færdiggøres ved årsskiftet 2016/2017.', [m('årsskiftet 2016/2017', '2016-12-31', '2017-01-01')]],
  ['et etableres primo 2017 og løber som udgangspunkt 2 år frem', [m('primo 2017', '2017-01-01', '2017-04-30')]],
  ['Undersøgelsen foregår ultimo 2016-ultimo 2017.', [m('ultimo 2016-ultimo 2017', '2016-09-01', '2017-12-31')]],
  ['Denne fase startes ultimo 2017-ultimo 20018.', [m('ultimo 2017', '2017-09-01', '2017-12-31')]],
  ['Medio 2016 igangsættes analyse af behov', [m('Medio 2016', '2016-05-01', '2016-08-31')]],
  ['Der vil tidligt være projektaktivteter i 2017.', []],
  ['i primo 2019. Programmet afsluttes i ultimo 2019.', [m('primo 2019', '2019-01-01', '2019-04-30'), m('ultimo 2019', '2019-09-01', '2019-12-31')]],
  ['Miljø-initiativet forløber til ultimo 2020.', [m('ultimo 2020', '2020-09-01', '2020-12-31')]],
  ['Fortsat integration med BBR fra 2017/2018', []],
  ['SAPA implementeres (2017-2018), indarbejdes automatiserede advisopsætninger', []],
  ['løber alle fra juni 2016-december 2020.', [m('juni 2016-december 2020', '2016-06-01', '2020-12-31')]],
  ['gennemføres 4. kvartal 2016 og tager 3-4 måneder.', [m('4. kvartal 2016', '2016-10-01', '2016-12-31')]],
  ['starter i december 2016 løber i hele perioden, dog mest intensivt i 2016 og 2017.', [o('december 2016 løber i hele perioden', '2016-12-01', '2016-12-31')]],
  ['Foranalysen gennemføres fra ultimo 2016 frem til', [m('ultimo 2016', '2016-09-01', '2016-12-31')]],
  ['som træder i kraft 25. maj 2018.', [m('25. maj 2018', '2018-05-25', '2018-05-25')]],
  ['Udbredelse af resultaterne fra projekt 2 løber frem til 2020', []],
  // 001: Handlingsplan for domænebestyrelsen for social og omsorg (2009-2011)
  ['Primo 2009', [m('Primo 2009', '2009-01-01', '2009-04-30')]],
  ['Ultimo 2009', [m('Ultimo 2009', '2009-09-01', '2009-12-31')]],
  ['?', []],
  ['Nov. 2008', [m('Nov. 2008', '2008-11-01', '2008-11-30')]],
  ['Feb. 2009', [m('Feb. 2009', '2009-02-01', '2009-02-28')]],
  ['3. Kvartal 2009', [m('3. Kvartal 2009', '2009-07-01', '2009-09-30')]],
  ['Primo  2011', [m('Primo  2011', '2011-01-01', '2011-04-30')]],
  ['Jun. 2012 – aug. 2012', [m('Jun. 2012 – aug. 2012', '2012-06-01', '2012-08-31')]],
  ['Sep. 2012', [m('Sep. 2012', '2012-09-01', '2012-09-30')]],
  ['Efterår 2009', [m('Efterår 2009', '2009-09-01', '2009-11-30')]],
  ['Sommer 2009', [m('Sommer 2009', '2009-06-01', '2009-08-31')]],
  ['Sommer 2009 – 2010', [m('Sommer 2009 – 2010', '2009-06-01', '2010-08-31')]],
  ['Årsskiftet 2009/2010', [m('Årsskiftet 2009/2010', '2009-12-31', '2010-01-01')]],
  ['Iværksættes 1. kvartal 2009', [m('1. kvartal 2009', '2009-01-01', '2009-03-31')]],
  ['Step 1: (1. juni 2007 – 1. september 2008)', [m('1. juni 2007 – 1. september 2008', '2007-06-01', '2008-09-01')]],
  ['Senest 6. april 2010', [m('6. april 2010', '2010-04-06', '2010-04-06')]],
  ['01.07.09–31.12.09', [m('01.07.09–31.12.09', '2009-07-01', '2009-12-31')]],
  ['01.01.10–01.11.10', [m('01.01.10–01.11.10', '2010-01-01', '2010-11-01')]],
  ['15.09.10-30.11.10', [m('15.09.10-30.11.10', '2010-09-15', '2010-11-30')]],
  ['nov. –dec. 2008', [m('nov. –dec. 2008', '2008-11-01', '2008-12-31')]],
  ['jan. – jun. 2009', [m('jan. – jun. 2009', '2009-01-01', '2009-06-30')]],
  ['Fra perioden sept. 2009 – ca. sommer 2010', [m('sept. 2009', '2009-09-01', '2009-09-30'), m('sommer 2010', '2010-06-01', '2010-08-31')]],
  ['Tilbudsportalen har været i drift siden 1. april 2007.', [o('siden 1. april 2007', '2007-04-01', '2007-04-01')]],
  ['Stofmisbrugsdatabasen har været i drift siden 1. december 2007.', [o('siden 1. december 2007', '2007-12-01', '2007-12-01')]],
  ['Driftsbudgettet på den fælles indberetningsløsning (fra ultimo 2010) er under afklaring.', [o('fra ultimo 2010', '2010-09-01', '2010-12-31')]],
  ['Driftsbudgettet på ca. 6 mio. kr. årligt for 2010 og frem er under afklaring.', []],
  ['antallet af overvægtige børn er tredoblet siden 1972', []],
  ['Strategi for digitalisering af den offentlige sektor 2007 – 2010', []],
  // 003: Handlingsplan for den fælleskommunale digitaliseringsstrategi 2011-2015
  ['Primo 2012 vil den første del af FLIS være klar, og hele systemet forventes færdigt medio', [m('Primo 2012', '2012-01-01', '2012-04-30')]],
  ['Der forventes fastlagt en udbudsplan i løbet af efteråret 2011 for de fire områder', [m('efteråret 2011', '2011-09-01', '2011-11-30')]],
  ['Et løft på 2 mia. kr. om året fra 2015 og frem.', []],
  ['Projektet løber fra medio 2011 til medio Kommunerne kan sikre kvaliteten', [m('medio 2011', '2011-05-01', '2011-08-31')]],
  ['naturlige førstevalg på alle relevante områder senest i 2015 med udløbet af denne handlingsplan', []],
  // 004: Projektbeskrivelser, børne- og kulturområdet, september 2011
  ['Frem til december 2011', [m('december 2011', '2011-12-01', '2011-12-31')]],
  ['2011 - 2015', []],
  ['Ultimo august 2011', [m('Ultimo august 2011', '2011-08-21', '2011-08-31')]],
  ['Senest 3. kvartal 2011', [m('3. kvartal 2011', '2011-07-01', '2011-09-30')]],
  ['konkretiseres i løbet af sidste halvdel af 2011.', [m('sidste halvdel af 2011', '2011-07-01', '2011-12-31')]],
  ['Status aug. 2011 er, at 43 kommuner har valgt at tilslutte sig', [m('aug. 2011', '2011-08-01', '2011-08-31')]],
  ['Den enkelte kommune skal inden udgangen af 2012 have en plan', [m('udgangen af 2012', '2012-12-31', '2012-12-31')]],
  ['det først igangsættes i begyndelsen af 2012.', [m('begyndelsen af 2012', '2012-01-01', '2012-04-30')]],
  ['Primo 2012 og frem\tDer må forventes en udrulning', [o('Primo 2012 og frem', '2012-01-01', '2012-04-30')]],
  ['DUBU-systemet forventes at kunne tages i brug ved udgangen af 2011.', [m('udgangen af 2011', '2011-12-31', '2011-12-31')]],
  [
    'Første fase af DUBU udvikles og tages i brug af 43 kommuner med udgangen af 2011. De efterfølgende faser tages i brug senest ved udgangen af 2013.',
    [m('udgangen af 2011', '2011-12-31', '2011-12-31'), m('udgangen af 2013', '2013-12-31', '2013-12-31')],
  ],
  // 002: Status report on the 2016-2020 plan
  ['status ved andet halvår af 2018', [m('andet halvår af 2018', '2018-07-01', '2018-12-31')]],
  ['er forsinket og udskudt til marts 2019, hvor KOMBIT forventer', [m('marts 2019', '2019-03-01', '2019-03-31')]],
  ['har i maj 2018 fået godkendt igangsættelse af 9 pilotprojekter', [m('maj 2018', '2018-05-01', '2018-05-31')]],
];

/** The forms SPEC §3 names, beyond the seeds. */
const FORMS: [string, Milestone[]][] = [
  ['1. halvår 2019', [m('1. halvår 2019', '2019-01-01', '2019-06-30')]],
  ['2. halvår 2019', [m('2. halvår 2019', '2019-07-01', '2019-12-31')]],
  ['foråret 2009', [m('foråret 2009', '2009-03-01', '2009-05-31')]],
  ['FORÅRET 2009', [m('FORÅRET 2009', '2009-03-01', '2009-05-31')]],
  ['sommeren 2012', [m('sommeren 2012', '2012-06-01', '2012-08-31')]],
  ['efteråret 2012', [m('efteråret 2012', '2012-09-01', '2012-11-30')]],
  ["efteråret '12", [m("efteråret '12", '2012-09-01', '2012-11-30')]],
  ['vinteren 2010/2011', [m('vinteren 2010/2011', '2010-12-01', '2011-02-28')]],
  ['vinteren 2011/12', [m('vinteren 2011/12', '2011-12-01', '2012-02-29')]],
  ['vinter 2012', [m('vinter 2012', '2011-12-01', '2012-02-29')]],
  ['juni 2016', [m('juni 2016', '2016-06-01', '2016-06-30')]],
  ['Feb. 2020', [m('Feb. 2020', '2020-02-01', '2020-02-29')]],
  ['Q3 2019', [m('Q3 2019', '2019-07-01', '2019-09-30')]],
  ['Q3 2012', [m('Q3 2012', '2012-07-01', '2012-09-30')]],
  ['3. kvt. 2012', [m('3. kvt. 2012', '2012-07-01', '2012-09-30')]],
  ['4. kvt 2012', [m('4. kvt 2012', '2012-10-01', '2012-12-31')]],
  ['inden udgangen af 2012', [m('udgangen af 2012', '2012-12-31', '2012-12-31')]],
  ['ved udgangen af 2012', [m('udgangen af 2012', '2012-12-31', '2012-12-31')]],
  ['senest ved udgangen af 2013', [m('udgangen af 2013', '2013-12-31', '2013-12-31')]],
  ['ved udgangen af juni 2012', [m('udgangen af juni 2012', '2012-06-30', '2012-06-30')]],
  ['i slutningen af 2012', [m('slutningen af 2012', '2012-09-01', '2012-12-31')]],
  ['i slutningen af juni 2012', [m('slutningen af juni 2012', '2012-06-21', '2012-06-30')]],
  ['i begyndelsen af 2012', [m('begyndelsen af 2012', '2012-01-01', '2012-04-30')]],
  ['i starten af 2012', [m('starten af 2012', '2012-01-01', '2012-04-30')]],
  ['midten af 2012', [m('midten af 2012', '2012-05-01', '2012-08-31')]],
  ['uge 12 2010', [m('uge 12 2010', '2010-03-22', '2010-03-28')]],
  ['uge 1 2013', [m('uge 1 2013', '2012-12-31', '2013-01-06')]],
  ['uge 53, 2015', [m('uge 53, 2015', '2015-12-28', '2016-01-03')]],
  ['1/7-2012', [m('1/7-2012', '2012-07-01', '2012-07-01')]],
  ["august '16", [m("august '16", '2016-08-01', '2016-08-31')]],
  // A yearless part of a list names the year it takes.
  ['primo/medio 2013', [m('primo 2013', '2013-01-01', '2013-04-30'), m('medio 2013', '2013-05-01', '2013-08-31')]],
  ['ultimo 2012/primo 2013', [m('ultimo 2012', '2012-09-01', '2012-12-31'), m('primo 2013', '2013-01-01', '2013-04-30')]],
  ['jan./feb. 2013', [m('jan. 2013', '2013-01-01', '2013-01-31'), m('feb. 2013', '2013-02-01', '2013-02-28')]],
  ['primo / medio / ultimo 2013', [m('primo 2013', '2013-01-01', '2013-04-30'), m('medio 2013', '2013-05-01', '2013-08-31'), m('ultimo 2013', '2013-09-01', '2013-12-31')]],
  ['ultimo 2016-2017', [m('ultimo 2016-2017', '2016-09-01', '2017-12-31')]],
  ['fra ultimo 2010', [o('fra ultimo 2010', '2010-09-01', '2010-12-31')]],
  ['siden 1. april 2007', [o('siden 1. april 2007', '2007-04-01', '2007-04-01')]],
  ['fra og med 1. januar 2012', [o('fra og med 1. januar 2012', '2012-01-01', '2012-01-01')]],
  ['Primo 2012 og frem', [o('Primo 2012 og frem', '2012-01-01', '2012-04-30')]],
  ['Primo 2012 og fremefter', [o('Primo 2012 og fremefter', '2012-01-01', '2012-04-30')]],
  ['fra primo 2012 og frem', [o('fra primo 2012 og frem', '2012-01-01', '2012-04-30')]],
  ['starter i december 2016 og løber i hele perioden', [o('december 2016 og løber i hele perioden', '2016-12-01', '2016-12-31')]],
  ['primo 2012 og frem til 2015', [m('primo 2012', '2012-01-01', '2012-04-30')]],
  ['fra primo 2017 frem til medio 2018', [m('primo 2017 frem til medio 2018', '2017-01-01', '2018-08-31')]],
  ['2019-05-25', [m('2019-05-25', '2019-05-25', '2019-05-25')]],
  ['25-05-2018', [m('25-05-2018', '2018-05-25', '2018-05-25')]],
  ['primo - medio 2017', [m('primo - medio 2017', '2017-01-01', '2017-08-31')]],
  ['dec. - feb. 2010', [m('dec. - feb. 2010', '2009-12-01', '2010-02-28')]],
  ['fra medio 2019 til ultimo 2020', [m('medio 2019 til ultimo 2020', '2019-05-01', '2020-12-31')]],
];

/** Not milestones: bare years, numbers-as-strings, typos, impossible dates, words inside words. */
const NOTHING: string[] = [
  '',
  '   ',
  '2019',
  '1.1',
  '6.12',
  '1.2.3.2019',
  'ultimo 1850',
  'ultimo 20018',
  '31.02.2019',
  '13.13.13',
  'xprimo 2019',
  'Jan 17 kommuner',
  'maj',
  'kvartal 2019',
  'i 2016 og 2017',
  'uge 53 2016',
  'bruge 12 2010',
  'efteråret 12',
  'vinteren 2010/2012',
  'fra 2015 og frem',
  '1/7-20012',
];

describe('parseMilestones', () => {
  it('has at least 40 cases from the seeds', () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SEEDS)('seed: %s', (text, expected) => {
    expect(parseMilestones(text)).toEqual(expected);
  });

  it.each(FORMS)('form: %s', (text, expected) => {
    expect(parseMilestones(text)).toEqual(expected);
  });

  it.each(NOTHING.map((t) => [t]))('nothing in %j', (text) => {
    expect(parseMilestones(text)).toEqual([]);
  });

  it('keeps both parts of a range whose end comes before its start', () => {
    expect(parseMilestones('ultimo 2017-primo 2016').map((x) => x.text)).toEqual(['ultimo 2017', 'primo 2016']);
  });

  it('reads numeric dates beside numbers that are no date (ids, counts, decimals)', () => {
    expect(parseMilestones('ultimo 2019 (initiativ 7.23)')).toEqual([m('ultimo 2019', '2019-09-01', '2019-12-31')]);
    expect(parseMilestones('jf. 7.23 og 4-5 kommuner fra 01.07.09')).toEqual([o('fra 01.07.09', '2009-07-01', '2009-07-01')]);
    expect(parseMilestones('1.2, 1/7-2012 og 2019-05-25')).toEqual([m('1/7-2012', '2012-07-01', '2012-07-01'), m('2019-05-25', '2019-05-25', '2019-05-25')]);
    expect(parseMilestones('version 1.2.3')).toEqual([]);
  });

  it('reads where words, numbers and marks meet as the patterns it replaced did', () => {
    const cases: [string, Milestone[]][] = [
      // Q takes one digit; the four after it are the year.
      ['Q32019', [m('Q32019', '2019-07-01', '2019-09-30')]],
      ['3. kvt.2012', [m('3. kvt.2012', '2012-07-01', '2012-09-30')]],
      ['3. kvt2012', []],
      ['1halvår 2019', [m('1halvår 2019', '2019-01-01', '2019-06-30')]],
      ['25maj 2018', [m('25maj 2018', '2018-05-25', '2018-05-25')]],
      ['25. maj2018', []],
      ["maj'16", [m("maj'16", '2016-05-01', '2016-05-31')]],
      ['uge12/2010', [m('uge12/2010', '2010-03-22', '2010-03-28')]],
      ['2019-05-25x', []],
      // A second year that is no year leaves the first alone.
      ['vinteren 2010/201', [m('vinteren 2010', '2009-12-01', '2010-02-28')]],
      ['årsskiftet 2099', []],
      // `1. aug 17` (no dot, so no year) is no date, and `17 sep 2019` inside it is none either.
      ['1. aug 17 sep 2019', [m('sep 2019', '2019-09-01', '2019-09-30')]],
    ];
    for (const [text, expected] of cases) expect(parseMilestones(text)).toEqual(expected);
  });

  it('returns an empty list for values that are not strings', () => {
    for (const v of [null, undefined, 2019, 1.1, {}, []]) expect(parseMilestones(v as unknown as string)).toEqual([]);
  });

  it('handles very long text quickly and finds what is in it', () => {
    const long = 'Udvikling af fælles løsninger, 4-5 kommuner. '.repeat(20_000) + 'Ultimo 2019 afsluttes.';
    const t0 = Date.now();
    expect(parseMilestones(long)).toEqual([m('Ultimo 2019', '2019-09-01', '2019-12-31')]);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(parseMilestones('1'.repeat(200_000))).toEqual([]);
    expect(parseMilestones('nov. '.repeat(50_000))).toEqual([]);
    expect(parseMilestones('nov./'.repeat(50_000))).toEqual([]);
    expect(parseMilestones('nov./'.repeat(50_000) + 'dec. 2013')).toHaveLength(50_001);
    expect(suspiciousYears(long + 'ultimo 20018 '.repeat(10_000), [2016, 2020])).toHaveLength(10_000);
    expect(suspiciousYears('uge 1 '.repeat(50_000) + '1'.repeat(200_000), [2016, 2020])).toEqual([]);
  });
});

describe('cellMilestones', () => {
  it('uses the date of a date cell and parses text otherwise', () => {
    expect(cellMilestones('25-05-2018', '2018-05-25')).toEqual([m('25-05-2018', '2018-05-25', '2018-05-25')]);
    expect(cellMilestones('primo 2017')).toEqual([m('primo 2017', '2017-01-01', '2017-04-30')]);
  });
});
