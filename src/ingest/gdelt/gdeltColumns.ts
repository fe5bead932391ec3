/**
 * Column names of the GDELT 2.0 event export, in file order (61 columns). Implements the
 * "GDELT 2.0 Event Database Data Format Codebook": the 1.0 layout plus ADM2Code in each of
 * the three geography blocks. The headered CSVs some tools publish use the same names and
 * may add columns (e.g. `CAMEOCodeDescription`), so headered files are read by name.
 */
export const EVENT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actorColumns('Actor1'),
  ...actorColumns('Actor2'),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  'DATEADDED',
  'SOURCEURL',
] as const;

/** Column names of the GDELT 2.0 mentions file, in file order (16 columns). */
export const MENTION_COLUMNS = [
  'GLOBALEVENTID',
  'EventTimeDate',
  'MentionTimeDate',
  'MentionType',
  'MentionSourceName',
  'MentionIdentifier',
  'SentenceID',
  'Actor1CharOffset',
  'Actor2CharOffset',
  'ActionCharOffset',
  'InRawText',
  'Confidence',
  'MentionDocLen',
  'MentionDocTone',
  'MentionDocTranslationInfo',
  'Extras',
] as const;

function actorColumns<P extends string>(p: P) {
  return [
    `${p}Code`,
    `${p}Name`,
    `${p}CountryCode`,
    `${p}KnownGroupCode`,
    `${p}EthnicCode`,
    `${p}Religion1Code`,
    `${p}Religion2Code`,
    `${p}Type1Code`,
    `${p}Type2Code`,
    `${p}Type3Code`,
  ] as const;
}

function geoColumns<P extends string>(p: P) {
  return [
    `${p}_Type`,
    `${p}_FullName`,
    `${p}_CountryCode`,
    `${p}_ADM1Code`,
    `${p}_ADM2Code`,
    `${p}_Lat`,
    `${p}_Long`,
    `${p}_FeatureID`,
  ] as const;
}
