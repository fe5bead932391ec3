/** One side of a GDELT event (Actor1 = source, Actor2 = target). */
export interface GdeltActor {
  /** The full CAMEO actor code, e.g. 'RUSGOV'. */
  code: string;
  name: string | null;
  /** The CAMEO country code as GDELT gives it ('RUS', 'AFR', 'ROM'). */
  countryCode: string | null;
  /** That code as an ISO 3166-1 alpha-3 code, or null for regions and unknown codes. */
  countryIso3: string | null;
  /** CAMEO actor type, e.g. 'GOV', 'MIL', 'CVL'. */
  type1Code: string | null;
}

/** Where the action took place. */
export interface GdeltGeo {
  /** 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
  type: number;
  fullName: string | null;
  /** FIPS 10-4 country code, as GDELT uses for geography (not CAMEO, not ISO). */
  countryCode: string | null;
  lat: number | null;
  long: number | null;
}

/** One row of a GDELT 2.0 event export. */
export interface GdeltEvent {
  /** GLOBALEVENTID, kept as a string so it is never rounded and always compares exactly. */
  gdeltId: string;
  /** SQLDATE as 'YYYY-MM-DD'. */
  date: string;
  /** CAMEO codes as strings, leading zeros kept ('042', '04'). */
  eventCode: string;
  baseCode: string;
  rootCode: string;
  isRootEvent: boolean;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  numMentions: number;
  numSources: number;
  numArticles: number;
  avgTone: number;
  actor1: GdeltActor | null;
  actor2: GdeltActor | null;
  actionGeo: GdeltGeo | null;
  sourceUrl: string | null;
  /** DATEADDED as a UTC ISO datetime ('2017-07-01T23:45:00.000Z'). */
  dateAdded: string;
}

/** One row of a GDELT 2.0 mentions file: an article that mentions an event. */
export interface GdeltMention {
  gdeltId: string;
  /** EventTimeDate as a UTC ISO datetime. */
  eventTime: string;
  /** MentionTimeDate as a UTC ISO datetime. */
  mentionTime: string;
  /** 1 web, 2 citation only, 3 core, 4 DTIC, 5 JSTOR, 6 non-textual. */
  mentionType: number;
  sourceName: string;
  /** MentionIdentifier: the article URL for web mentions (type 1), else an identifier. */
  url: string;
  sentenceId: number;
  confidence: number;
  docTone: number;
}
