import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/extract/index.js';
import { CAMEO_COUNTRY_EXCEPTIONS, cameoCountryToIso3 } from '../../../src/ingest/gdelt/cameoCountries.js';
import { EVENT_COLUMNS, MENTION_COLUMNS } from '../../../src/ingest/gdelt/gdeltColumns.js';
import { gdeltSource } from '../../../src/ingest/gdelt/gdeltSource.js';
import { bytesInput, fileInput } from '../../../src/ingest/sources/byteInput.js';
import { collect } from './helpers.js';

/** One event row in file order, every column empty unless given. */
function eventRow(values: Partial<Record<(typeof EVENT_COLUMNS)[number], string>>): string[] {
  return EVENT_COLUMNS.map((c) => values[c] ?? '');
}

const RUS_PRK = eventRow({
  GLOBALEVENTID: '1170000001',
  SQLDATE: '20240619',
  MonthYear: '202406',
  Year: '2024',
  FractionDate: '2024.4603',
  Actor1Code: 'RUSGOV',
  Actor1Name: 'RUSSIA',
  Actor1CountryCode: 'RUS',
  Actor1Type1Code: 'GOV',
  Actor2Code: 'PRK',
  Actor2Name: 'NORTH KOREA',
  Actor2CountryCode: 'PRK',
  IsRootEvent: '1',
  EventCode: '042',
  EventBaseCode: '042',
  EventRootCode: '04',
  QuadClass: '1',
  GoldsteinScale: '1.9',
  NumMentions: '10',
  NumSources: '2',
  NumArticles: '10',
  AvgTone: '-2.5',
  ActionGeo_Type: '4',
  ActionGeo_FullName: "Pyongyang, P'yongyang-si, North Korea",
  ActionGeo_CountryCode: 'KN',
  ActionGeo_Lat: '39.0194',
  ActionGeo_Long: '125.755',
  DATEADDED: '20240619120000',
  SOURCEURL: 'https://news.example/2024/06/19/visit',
});

const REGIONAL = eventRow({
  GLOBALEVENTID: '1170000002',
  SQLDATE: '20240620',
  Actor1Code: 'EUR',
  Actor1Name: 'EUROPE',
  Actor1CountryCode: 'EUR',
  Actor2Code: 'ROMGOV',
  Actor2Name: 'ROMANIA',
  Actor2CountryCode: 'ROM',
  Actor2Type1Code: 'GOV',
  IsRootEvent: '0',
  EventCode: '0231',
  EventBaseCode: '023',
  EventRootCode: '02',
  QuadClass: '1',
  GoldsteinScale: '3.4',
  NumMentions: '1',
  NumSources: '1',
  NumArticles: '1',
  AvgTone: '0',
  ActionGeo_Type: '0',
  DATEADDED: '20240620000000',
});

const EXPECTED_RUS_PRK = {
  gdeltId: '1170000001',
  date: '2024-06-19',
  eventCode: '042',
  baseCode: '042',
  rootCode: '04',
  isRootEvent: true,
  quadClass: 1,
  goldstein: 1.9,
  numMentions: 10,
  numSources: 2,
  numArticles: 10,
  avgTone: -2.5,
  actor1: { code: 'RUSGOV', name: 'RUSSIA', countryCode: 'RUS', countryIso3: 'RUS', type1Code: 'GOV' },
  actor2: { code: 'PRK', name: 'NORTH KOREA', countryCode: 'PRK', countryIso3: 'PRK', type1Code: null },
  actionGeo: {
    type: 4,
    fullName: "Pyongyang, P'yongyang-si, North Korea",
    countryCode: 'KN',
    lat: 39.0194,
    long: 125.755,
  },
  sourceUrl: 'https://news.example/2024/06/19/visit',
  dateAdded: '2024-06-19T12:00:00.000Z',
};

const EXPECTED_REGIONAL = {
  gdeltId: '1170000002',
  date: '2024-06-20',
  eventCode: '0231',
  baseCode: '023',
  rootCode: '02',
  isRootEvent: false,
  quadClass: 1,
  goldstein: 3.4,
  numMentions: 1,
  numSources: 1,
  numArticles: 1,
  avgTone: 0,
  actor1: { code: 'EUR', name: 'EUROPE', countryCode: 'EUR', countryIso3: null, type1Code: null },
  actor2: { code: 'ROMGOV', name: 'ROMANIA', countryCode: 'ROM', countryIso3: 'ROU', type1Code: 'GOV' },
  actionGeo: null,
  sourceUrl: null,
  dateAdded: '2024-06-20T00:00:00.000Z',
};

describe('gdeltSource, official TAB export', () => {
  it('types each row and fails a row with the wrong number of columns or a bad field, alone', async () => {
    const short = RUS_PRK.slice(0, 60);
    const badQuad = [...RUS_PRK];
    badQuad[EVENT_COLUMNS.indexOf('QuadClass')] = '7';
    const badDate = [...RUS_PRK];
    badDate[EVENT_COLUMNS.indexOf('SQLDATE')] = '20241340';
    const text = [RUS_PRK, short, badQuad, badDate, REGIONAL].map((r) => r.join('\t')).join('\n');
    expect(await collect(gdeltSource(bytesInput('20240619.export.CSV', Buffer.from(text))))).toEqual([
      { kind: 'gdeltEvent', location: '20240619.export.CSV:1', event: EXPECTED_RUS_PRK },
      { kind: 'failure', location: '20240619.export.CSV:2', reason: 'row has 60 columns, expected 61' },
      {
        kind: 'failure',
        location: '20240619.export.CSV:3',
        reason: "column QuadClass: '7' is not 1, 2, 3 or 4",
      },
      {
        kind: 'failure',
        location: '20240619.export.CSV:4',
        reason: "column SQLDATE: '20241340' is not a YYYYMMDD date",
      },
      { kind: 'gdeltEvent', location: '20240619.export.CSV:5', event: EXPECTED_REGIONAL },
    ]);
  });

  it('reads the mentions table', async () => {
    const row = MENTION_COLUMNS.map(
      (c) =>
        ({
          GLOBALEVENTID: '1170000001',
          EventTimeDate: '20240619120000',
          MentionTimeDate: '20240619121500',
          MentionType: '1',
          MentionSourceName: 'news.example',
          MentionIdentifier: 'https://news.example/2024/06/19/visit',
          SentenceID: '3',
          Actor1CharOffset: '10',
          Actor2CharOffset: '40',
          ActionCharOffset: '25',
          InRawText: '1',
          Confidence: '60',
          MentionDocLen: '2400',
          MentionDocTone: '-1.25',
        })[c as string] ?? '',
    );
    expect(
      await collect(gdeltSource(bytesInput('m.mentions.CSV', Buffer.from(`${row.join('\t')}\n`)))),
    ).toEqual([
      {
        kind: 'gdeltMention',
        location: 'm.mentions.CSV:1',
        mention: {
          gdeltId: '1170000001',
          eventTime: '2024-06-19T12:00:00.000Z',
          mentionTime: '2024-06-19T12:15:00.000Z',
          mentionType: 1,
          sourceName: 'news.example',
          url: 'https://news.example/2024/06/19/visit',
          sentenceId: 3,
          confidence: 60,
          docTone: -1.25,
        },
      },
    ]);
  });
});

describe('gdeltSource, headered CSV', () => {
  it('reads columns by name, with quoted fields and extra columns, and numbers lines from the header', async () => {
    const header = [...EVENT_COLUMNS.slice(0, 27), 'CAMEOCodeDescription', ...EVENT_COLUMNS.slice(27)];
    const csvRow = (r: string[], description: string) =>
      [...r.slice(0, 27), description, ...r.slice(27)]
        .map((v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v))
        .join(',');
    const text = [
      header.join(','),
      csvRow(RUS_PRK, 'Make a visit'),
      `${csvRow(REGIONAL, '"Appeal" for aid, economic')},extra`,
      csvRow(REGIONAL, 'Appeal for economic aid'),
    ].join('\r\n');
    expect(await collect(gdeltSource(bytesInput('events.csv', Buffer.from(text))))).toEqual([
      { kind: 'gdeltEvent', location: 'events.csv:2', event: EXPECTED_RUS_PRK },
      { kind: 'failure', location: 'events.csv:3', reason: 'row has 63 columns, expected 62' },
      { kind: 'gdeltEvent', location: 'events.csv:4', event: EXPECTED_REGIONAL },
    ]);
  });

  it('refuses a file that is not GDELT, and a header without a needed column', async () => {
    await expect(
      collect(gdeltSource(bytesInput('notes.csv', Buffer.from('name,age\nann,3\n')))),
    ).rejects.toThrow(
      'notes.csv is not a GDELT 2.0 events or mentions file: expected a header starting with GLOBALEVENTID, or 61 (events) or 16 (mentions) TAB-separated columns',
    );
    await expect(
      collect(
        gdeltSource(bytesInput('thin.csv', Buffer.from('GLOBALEVENTID,SQLDATE,EventCode\n1,20240101,010\n'))),
      ),
    ).rejects.toThrow(/^thin\.csv: the GDELT events header lacks Actor1Code, Actor1Name, /);
  });
});

describe('cameoCountryToIso3', () => {
  it('maps ISO codes to themselves, CAMEO exceptions to the graph’s codes, and regions to null', () => {
    expect(
      ['USA', 'rus', 'ROM', 'ZAR', 'TMP', 'KSV', 'YUG', 'EUR', 'AFR', 'WST', 'ANT', 'XYZ', ''].map(
        cameoCountryToIso3,
      ),
    ).toEqual(['USA', 'RUS', 'ROU', 'COD', 'TLS', 'XKK', 'YUG', null, null, null, null, null, null]);
  });

  it('maps every CAMEO exception to a country of the reference data', () => {
    // An actor mapped to a code the graph has no Country for is silently dropped (Kosovo was
    // XKX here and XKK there).
    const known = loadResources().countries;
    const missing = Object.values(CAMEO_COUNTRY_EXCEPTIONS).filter(
      (iso3) => iso3 !== null && !known.has(iso3),
    );
    expect(missing).toEqual([]);
  });
});

const SHARED = new URL('../../../../shared/data/gdelt/', import.meta.url);
const EVENTS = new URL('events-20170701-sample.csv', SHARED).pathname;
const MENTIONS = new URL('mentions-20170701-sample.csv', SHARED).pathname;

describe.skipIf(!existsSync(EVENTS) || !existsSync(MENTIONS))('the shared GDELT sample (1 July 2017)', () => {
  it('imports all 6,090 events without a failure and maps the actor countries', async () => {
    const records = await collect(gdeltSource(await fileInput(EVENTS)));
    const kinds: Record<string, number> = {};
    for (const r of records) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    const actors = records.flatMap((r) => (r.kind === 'gdeltEvent' ? [r.event.actor1, r.event.actor2] : []));
    const withCountry = actors.filter((a) => a?.countryCode);
    const mapped = withCountry.filter((a) => a?.countryIso3);
    expect({ kinds, withCountry: withCountry.length, mapped: mapped.length }).toEqual({
      kinds: { gdeltEvent: 6090 },
      withCountry: 6284,
      mapped: 6072,
    });
  });

  it('imports all 1,635 mentions without a failure', async () => {
    const records = await collect(gdeltSource(await fileInput(MENTIONS)));
    expect(records.filter((r) => r.kind !== 'gdeltMention')).toEqual([]);
    expect(records.length).toBe(1635);
  });
});
