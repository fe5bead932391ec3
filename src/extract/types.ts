/**
 * The shape `extract()` returns. Kept stable: the store, the GraphQL layer and the CLI build on it.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into the article text as `articleText()`
 * assembles it (title + "\n\n" + body, or body alone when there is no title); `sentence` is the
 * zero-based index of the sentence in that same text, the title being sentence 0 when present.
 */

/** One span of text that supports an item. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

/** A sovereign state or inhabited territory, by ISO 3166-1 codes. */
export interface CountryHit {
  iso3: string;
  iso2: string;
  name: string;
  mentions: Mention[];
}

/**
 * Roles the extractor recognises; a leader from the reference list keeps the role of the office
 * held. `minister` is any other cabinet minister, found by title only ("Trade Minister X"); a
 * vice president or vice premier, deputy prime minister or vice-chancellor is a deputy head of
 * state or of government, also found by title only (the reference list holds no deputies).
 * `head of organization` heads an intergovernmental body (UN Secretary-General, NATO Secretary
 * General, IAEA Director General, …), and has no country.
 */
export type LeaderRole =
  | 'head of state'
  | 'head of government'
  | 'foreign minister'
  | 'defence minister'
  | 'finance minister'
  | 'deputy head of state'
  | 'deputy head of government'
  | 'minister'
  | 'head of organization';

/** A head of state or government or a minister, linked to the reference list or found by office pattern. */
export interface LeaderHit {
  /** Reference-list id, or a slug of the name for people found by an office pattern. */
  id: string;
  /** Wikidata QID; null for people found by an office pattern only. */
  wikidata: string | null;
  name: string;
  /** ISO alpha-3 of the country the office belongs to; null when the text does not tie one. */
  country: string | null;
  role: LeaderRole | null;
  mentions: Mention[];
}

export type OrganizationKind = 'intergovernmental' | 'news agency' | 'court' | 'alliance' | 'other';

export interface OrganizationHit {
  id: string;
  name: string;
  kind: OrganizationKind;
  mentions: Mention[];
}

/** A capital (or seat) named in the text, with the country it belongs to. */
export interface PlaceHit {
  name: string;
  country: string;
  mentions: Mention[];
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A CAMEO-coded event. `source` and `target` hold actor ids: leader ids, organization ids, ISO alpha-3. */
export interface EventHit {
  cameo: string;
  label: string;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: 1 | 2 | 3 | 4;
  source: string[];
  target: string[];
  date: string | null;
  datePrecision: DatePrecision | null;
  /** Span of the trigger word(s). */
  start: number;
  end: number;
  text: string;
  sentence: number;
  confidence: number;
}

export interface SanctionHit {
  /** Organization id or ISO alpha-3 of who imposes; null when the sentence does not say. */
  imposedBy: string | null;
  /** ISO alpha-3, leader id or organization id of who is sanctioned. */
  target: string;
  since: number | null;
  /** Short English phrase from the reason lexicon; null when the text gives none. */
  reason: string | null;
  /** Id from `data/sanctions/regimes.json`, only when authority and target match. */
  regime: string | null;
  start: number;
  end: number;
  text: string;
  sentence: number;
  confidence: number;
}

export interface Extraction {
  lang: string;
  countries: CountryHit[];
  leaders: LeaderHit[];
  organizations: OrganizationHit[];
  places: PlaceHit[];
  events: EventHit[];
  sanctions: SanctionHit[];
}

/** What `extract()` takes. `publishedAt` is an ISO date (YYYY-MM-DD or a full timestamp). */
export interface ExtractInput {
  title?: string;
  body: string;
  lang?: string;
  publishedAt?: string;
}
