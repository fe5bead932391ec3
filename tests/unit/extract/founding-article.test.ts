import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText, extract } from '../../../src/extract/index.js';
import { PROJECT_ROOT } from '../../../src/paths.js';

// The mbl.is article the project was founded on lives outside the project (someone else's text);
// the expectations are those of ../shared/articles/README.md.
const path = `${PROJECT_ROOT.replace(/\/$/, '')}/../shared/articles/mbl-2024-06-18-putin-north-korea.txt`;
const present = existsSync(path);

describe.skipIf(!present)('the founding article (mbl.is, 18 June 2024)', () => {
  const raw = present ? readFileSync(path, 'utf8') : '';
  const [title = '', ...rest] = raw.split('\n');
  const input = { title, body: rest.join('\n').replace(/^\n+/, ''), publishedAt: '2024-06-18' };
  const result = extract(input);
  const text = articleText(input);

  it('detects Icelandic', () => {
    expect(result.lang).toBe('is');
  });

  it('finds Russia, North Korea, Ukraine and the United States, and neither South Korea nor Iceland', () => {
    expect(result.countries.map((c) => c.iso3).sort()).toEqual(['PRK', 'RUS', 'UKR', 'USA']);
  });

  it('finds the countries through inflected names, demonyms and compounds', () => {
    const forms = new Set(result.countries.flatMap((c) => c.mentions.map((m) => `${c.iso3}:${m.text}`)));
    const wanted = [
      'RUS:Rússlandsforseti',
      'RUS:Rússum',
      'RUS:Rússa',
      'PRK:Norður-Kóreu',
      'PRK:N-Kóreu',
      'PRK:Norður-Kóreumenn',
      'PRK:norðurkóreskum',
      'UKR:Úkraínu',
      'USA:Bandaríkjamenn',
      'USA:Bandaríkjanna',
    ];
    expect(wanted.filter((form) => !forms.has(form))).toEqual([]);
  });

  it('links Putin and Kim Jong-un (also "Kims Jong-un"), and none of the photographers', () => {
    expect(result.leaders.map((l) => [l.id, l.wikidata, l.country, l.role])).toEqual([
      ['kim-jong-un', 'Q56226', 'PRK', 'head of state'],
      ['vladimir-putin', 'Q7747', 'RUS', 'head of state'],
    ]);
    const kim = result.leaders.find((l) => l.id === 'kim-jong-un');
    const putin = result.leaders.find((l) => l.id === 'vladimir-putin');
    expect(new Set(kim?.mentions.map((m) => m.text))).toEqual(new Set(['Kim Jong-un', 'Kims Jong-un']));
    expect(new Set(putin?.mentions.map((m) => m.text))).toEqual(new Set(['Vladimír Pútín', 'Pútín']));
    const credited = ['Sergei Ilyin', 'Kim Won Jin', 'Vladimir Smirnov'].map((name) => text.indexOf(name));
    const spans = result.leaders.flatMap((l) => l.mentions);
    expect(credited.filter((at) => spans.some((m) => m.start <= at && at < m.end))).toEqual([]);
  });

  it('finds the United Nations and AFP as the photo agency', () => {
    expect(result.organizations.map((o) => [o.id, o.kind])).toEqual([
      ['afp', 'news agency'],
      ['united-nations', 'intergovernmental'],
    ]);
    expect(result.organizations.find((o) => o.id === 'united-nations')?.mentions.map((m) => m.text)).toEqual([
      'Sameinuðu þjóðanna',
    ]);
  });

  it('finds Pyongyang as a place in North Korea', () => {
    expect(result.places.map((p) => [p.name, p.country])).toEqual([['Pyongyang', 'PRK']]);
  });

  it('codes the visit, the praise, the invasion and the accusation', () => {
    const rows = new Set(
      result.events.map((e) => `${e.cameo} ${e.source.join('+')} > ${e.target.join('+')} ${e.date}`),
    );
    const wanted = [
      '042 vladimir-putin+RUS > PRK 2024-06-18',
      '051 vladimir-putin+RUS > PRK 2024-06-18',
      '190 RUS > UKR 2022',
      '112 USA > PRK 2024-06-18',
    ];
    expect(wanted.filter((row) => !rows.has(row))).toEqual([]);
    const invasion = result.events.find((e) => e.cameo === '190');
    expect(
      invasion && [
        invasion.label,
        invasion.quadClass,
        invasion.datePrecision,
        text.slice(invasion.start, invasion.end),
      ],
    ).toEqual(['Use conventional military force- not specified below', 4, 'year', 'réðust inn']);
  });

  it('finds both sanctions of the United Nations, linking only North Korea to a regime', () => {
    expect(result.sanctions.map((s) => [s.imposedBy, s.target, s.since, s.reason, s.regime])).toEqual([
      ['united-nations', 'PRK', 2006, 'nuclear and long-range missile development', 'UN-SC1718'],
      ['united-nations', 'RUS', null, 'war in Ukraine', null],
    ]);
  });

  it('gives every mention offsets that slice its text out of the article', () => {
    const mentions = [
      ...result.countries.flatMap((c) => c.mentions),
      ...result.leaders.flatMap((l) => l.mentions),
      ...result.organizations.flatMap((o) => o.mentions),
      ...result.places.flatMap((p) => p.mentions),
    ];
    expect(mentions.filter((m) => text.slice(m.start, m.end) !== m.text)).toEqual([]);
  });
});
