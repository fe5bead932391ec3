import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { type Leader, leadersFileSchema } from '../../../scripts/data/leaders-schema.js';

const file = leadersFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../../data/leaders/leaders.json', import.meta.url), 'utf8')),
);
const byId = new Map(file.leaders.map((l) => [l.id, l]));
const formerStates = new Set(
  Object.keys(
    (
      JSON.parse(
        readFileSync(new URL('../../../data/countries/former-states.json', import.meta.url), 'utf8'),
      ) as {
        states: Record<string, unknown>;
      }
    ).states,
  ),
);

function leader(id: string): Leader | undefined {
  return byId.get(id);
}

function officesOf(id: string, from = '0000'): Leader['offices'] {
  return (leader(id)?.offices ?? []).filter((o) => (o.until ?? '9999') >= from);
}

describe('data/leaders/leaders.json', () => {
  it('names its three sources', () => {
    expect(file.sources).toEqual([
      'Wikidata via cfmessias/geografia (CC0)',
      'PLAD April 2024 (Bomprezzi et al. 2024)',
      'Newsgraph curated',
    ]);
  });

  it('has unique ids, sorted, and offices sorted by start', () => {
    const ids = file.leaders.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a.localeCompare(b))).toEqual(ids);
    const unsorted = file.leaders.filter((l) =>
      l.offices.some((o, i) => i > 0 && (l.offices[i - 1]?.since ?? '') > o.since),
    );
    expect(unsorted.map((l) => l.id)).toEqual([]);
  });

  it('uses valid ISO 3166-1 alpha-3 codes (or a former state’s) and tenures that end after they start', () => {
    const former = new Set(
      Object.keys(
        (
          JSON.parse(
            readFileSync(new URL('../../../data/countries/former-states.json', import.meta.url), 'utf8'),
          ) as { states: object }
        ).states,
      ),
    );
    const bad = file.leaders.flatMap((l) =>
      l.offices
        .filter(
          (o) =>
            (!countries.isValid(o.country) && !former.has(o.country)) ||
            (o.until !== null && o.until < o.since),
        )
        .map((o) => `${l.id} ${o.country}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps a QID on every Wikidata leader and starts every name list with the display name', () => {
    const bad = file.leaders.filter((l) => l.names.en?.[0] !== l.name || typeof l.familyName.en !== 'string');
    expect(bad.map((l) => l.id)).toEqual([]);
    expect(file.leaders.filter((l) => l.wikidata !== null).length).toBeGreaterThan(2500);
  });

  it('holds no fictional people', () => {
    const fictional = ['Thor', 'Ed Kealty', 'Quentin Trembley', 'Phil Baker'];
    expect(file.leaders.filter((l) => fictional.includes(l.name)).map((l) => l.name)).toEqual([]);
  });

  it('knows Putin since 1999, with the 2008–2012 prime ministership', () => {
    expect(leader('vladimir-putin')).toMatchObject({ wikidata: 'Q7747', name: 'Vladimir Putin' });
    expect(officesOf('vladimir-putin')).toEqual([
      {
        country: 'RUS',
        role: 'head of government',
        title: 'Prime Minister',
        since: '1999-08-09',
        until: '2000-05-07',
      },
      { country: 'RUS', role: 'head of state', title: 'President', since: '1999-12-31', until: '2008-05-07' },
      {
        country: 'RUS',
        role: 'head of government',
        title: 'Prime Minister',
        since: '2008-05-08',
        until: '2012-05-07',
      },
      { country: 'RUS', role: 'head of state', title: 'President', since: '2012-05-07', until: null },
    ]);
    expect(leader('vladimir-putin')?.familyName).toEqual({
      en: 'Putin',
      is: 'Pútín',
      fr: 'Poutine',
      ru: 'Путин',
    });
  });

  it('knows Medvedev as president 2008–2012', () => {
    expect(officesOf('dmitry-medvedev')).toEqual([
      { country: 'RUS', role: 'head of state', title: 'President', since: '2008-05-07', until: '2012-05-07' },
      {
        country: 'RUS',
        role: 'head of government',
        title: 'Prime Minister',
        since: '2012-05-08',
        until: '2020-01-16',
      },
    ]);
  });

  it('knows Kim Jong-un as head of state of North Korea, surname first', () => {
    const kim = leader('kim-jong-un');
    expect(kim?.offices).toEqual([
      {
        country: 'PRK',
        role: 'head of state',
        title: 'Chairman of the State Affairs Commission',
        since: '2011-12-17',
        until: null,
      },
    ]);
    expect(kim?.familyName).toEqual({ en: 'Kim', ru: 'Ким' });
    expect(kim?.names.en).toEqual(['Kim Jong-un', 'Kim Jong Un', 'Kim Jong-Un', 'Kim Jongun']);
  });

  it('keeps a US president as head of state and of government', () => {
    expect(leader('barack-obama')).toMatchObject({ wikidata: 'Q76' });
    expect(officesOf('barack-obama')).toEqual([
      {
        country: 'USA',
        role: 'head of government',
        title: 'President',
        since: '2009-01-20',
        until: '2017-01-20',
      },
      { country: 'USA', role: 'head of state', title: 'President', since: '2009-01-20', until: '2017-01-20' },
    ]);
  });

  it('dates terms Wikidata gives to the year only by the same term given to the day', () => {
    // Mexican presidents take office on 1 December: Fox was no president in July 2000.
    expect(officesOf('vicente-fox')).toEqual([
      {
        country: 'MEX',
        role: 'head of government',
        title: 'President',
        since: '2000-12-01',
        until: '2006-11-30',
      },
      { country: 'MEX', role: 'head of state', title: 'President', since: '2000-12-01', until: '2006-11-30' },
    ]);
    expect(officesOf('nursultan-nazarbayev').find((o) => o.role === 'head of state')).toMatchObject({
      since: '1991-12-16',
      until: '2019-03-20',
    });
  });

  it('knows Merkel as chancellor', () => {
    expect(officesOf('angela-merkel')).toEqual([
      {
        country: 'DEU',
        role: 'head of government',
        title: 'Chancellor',
        since: '2005-11-22',
        until: '2021-12-08',
      },
    ]);
  });

  it("lists Iceland's heads of government since 1990 without gaps", () => {
    const line = file.leaders
      .flatMap((l) =>
        l.offices
          .filter(
            (o) => o.country === 'ISL' && o.role === 'head of government' && (o.until ?? '9999') >= '1990',
          )
          .map((o) => `${o.since} ${o.until ?? 'open'} ${l.name}`),
      )
      .sort();
    expect(line).toEqual([
      '1988-09-28 1991-04-30 Steingrímur Hermannsson',
      '1991-04-30 2004-09-15 Davíð Oddsson',
      '2004-09-15 2006-06-15 Halldór Ásgrímsson',
      '2006-06-15 2009-02-01 Geir H. Haarde',
      '2009-02-01 2013-05-23 Jóhanna Sigurðardóttir',
      '2013-05-23 2016-04-07 Sigmundur Davíð Gunnlaugsson',
      '2016-04-07 2017-01-11 Sigurður Ingi Jóhannsson',
      '2017-01-11 2017-11-30 Bjarni Benediktsson',
      '2017-11-30 2024-04-09 Katrín Jakobsdóttir',
      '2024-04-09 2024-12-21 Bjarni Benediktsson',
      '2024-12-21 open Kristrún Frostadóttir',
    ]);
    expect(leader('kristrun-frostadottir')?.familyName).toEqual({
      en: 'Frostadóttir',
      is: 'Kristrún',
      ru: 'Фростадоуттир',
    });
  });

  it('gives the surname the press uses alone, by the naming custom of the country', () => {
    const surnames = [
      'luis-arce',
      'carlos-salinas-de-gortari',
      'fernando-de-la-rua',
      'juan-manuel-santos',
      'pedro-pablo-kuczynski',
      'min-aung-hlaing',
      'han-duck-soo',
    ].map((id) => leader(id)?.familyName.en);
    expect(surnames).toEqual([
      'Arce',
      'Salinas',
      'de la Rúa',
      'Santos',
      'Kuczynski',
      'Min Aung Hlaing',
      'Han',
    ]);
  });

  it('has the prime ministers of states whose president Wikidata gives as head of government', () => {
    const pm = (id: string, day: string) =>
      officesOf(id).some(
        (o) => o.role === 'head of government' && o.since <= day && (o.until ?? '9999') >= day,
      );
    expect([
      pm('han-duck-soo', '2023-01-01'),
      pm('raila-odinga', '2010-01-01'),
      pm('morgan-tsvangirai', '2010-01-01'),
    ]).toEqual([true, true, true]);
  });

  it('has the curated ministers, linked to the Wikidata person where one exists', () => {
    expect(leader('sergei-lavrov')?.offices).toEqual([
      {
        country: 'RUS',
        role: 'foreign minister',
        title: 'Foreign Minister',
        since: '2004-03-09',
        until: null,
      },
    ]);
    expect(officesOf('olaf-scholz')).toEqual([
      {
        country: 'DEU',
        role: 'deputy head of government',
        title: 'Vice-Chancellor',
        since: '2018-03-14',
        until: '2021-12-08',
      },
      {
        country: 'DEU',
        role: 'finance minister',
        title: 'Finance Minister',
        since: '2018-03-14',
        until: '2021-12-08',
      },
      {
        country: 'DEU',
        role: 'head of government',
        title: 'Chancellor',
        since: '2021-12-08',
        until: '2025-05-06',
      },
    ]);
    expect(leader('olaf-scholz')?.wikidata).toBe('Q61053');
  });

  it('has the heads of intergovernmental bodies, joined to their national offices where they held any', () => {
    const organizations = new Set(
      (
        JSON.parse(
          readFileSync(new URL('../../../data/organizations/organizations.json', import.meta.url), 'utf8'),
        ) as { organizations: { id: string }[] }
      ).organizations.map((o) => o.id),
    );
    const heads = file.leaders.flatMap((l) => (l.heads ?? []).map((h) => ({ id: l.id, ...h })));
    expect(
      heads.filter((h) => !organizations.has(h.organization) || (h.until !== null && h.until < h.since)),
    ).toEqual([]);
    // One Secretary-General at a time, in order.
    const un = heads
      .filter((h) => h.organization === 'united-nations' && h.title === 'Secretary-General')
      .sort((a, b) => a.since.localeCompare(b.since));
    expect(un.every((h, i) => i === 0 || (un[i - 1]?.until ?? '9999') < h.since)).toBe(true);
    expect(un.map((h) => h.id)).toEqual([
      'trygve-lie',
      'dag-hammarskjold',
      'u-thant',
      'kurt-waldheim',
      'javier-perez-de-cuellar',
      'boutros-boutros-ghali',
      'kofi-annan',
      'ban-ki-moon',
      'antonio-guterres',
    ]);
    // Guterres keeps his premiership and his wikidata id; Grossi held no national office of the list.
    expect(leader('antonio-guterres')?.wikidata).toBe('Q311440');
    expect(officesOf('antonio-guterres').map((o) => [o.country, o.role])).toEqual([
      ['PRT', 'head of government'],
    ]);
    expect(leader('rafael-grossi')?.offices).toEqual([]);
    expect(leader('rafael-grossi')?.heads).toEqual([
      { organization: 'iaea', title: 'Director General', since: '2019-12-03', until: null },
    ]);
    expect(leader('tedros-adhanom-ghebreyesus')?.familyName).toEqual({ en: 'Tedros' });
  });

  it('gives a head of state in mid-2020 for every country with office-holders, except the known gaps', () => {
    const all = new Set<string>();
    const covered = new Set<string>();
    for (const l of file.leaders) {
      for (const o of l.offices) {
        all.add(o.country);
        if (o.role === 'head of state' && o.since <= '2020-07-01' && (o.until ?? '9999') > '2020-07-01')
          covered.add(o.country);
      }
    }
    // Territories whose head of state the sources do not list for 2020 (see data/leaders/README.md);
    // the former states (Soviet Union, East Germany, ...) had none, being gone.
    const gone = [...all].filter((c) => formerStates.has(c));
    expect(gone.sort()).toEqual(['CSK', 'DDR', 'SUN', 'YUG']);
    expect([...all].filter((c) => !covered.has(c) && !formerStates.has(c)).sort()).toEqual([
      'ABW',
      'ALA',
      'ASM',
      'BES',
      'BMU',
      'GLP',
      'GUM',
      'HKG',
      'MAC',
      'MNP',
      'MYT',
      'PCN',
      'PRI',
      'REU',
      'SXM',
      'TCA',
      'VGB',
      'VIR',
    ]);
  });
});
