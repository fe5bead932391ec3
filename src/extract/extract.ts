import { buildActors } from './actors.js';
import { articleText } from './articleText.js';
import { type BoilerplateMatcher, compileBoilerplate } from './boilerplate.js';
import { isoDay, parseDay } from './dates.js';
import type { DayDate, Doc, EntityMention } from './document.js';
import { codeEvents } from './events.js';
import { asFormerStates } from './formerStates.js';
import { insertionSort } from './insertionSort.js';
import { detectLanguage } from './language.js';
import { type ResolvedLeader, resolveLeaders } from './leaders.js';
import { buildLexicon, compileLexicon, type Lexicon } from './lexicon.js';
import { readLexiconSnapshot } from './lexiconSnapshot.js';
import { classify } from './mentions.js';
import {
  type CountryInfo,
  type LeaderRecord,
  loadResources,
  type OrganizationRecord,
  type Resources,
} from './resources.js';
import { findSanctions } from './sanctions.js';
import { sentenceLocator, splitSentences } from './sentences.js';
import { withTitleCountries } from './titleCountries.js';
import { tokenize } from './tokenize.js';
import type {
  CountryHit,
  ExtractInput,
  Extraction,
  LeaderHit,
  Mention,
  OrganizationHit,
  PlaceHit,
} from './types.js';
import { renewIfFull } from './vocabulary.js';

/** An extractor bound to one set of reference data; lexicons are compiled per language on first use. */
export interface Extractor {
  extract(input: ExtractInput): Extraction;
  /** Compiles the lexicon of a language now (the benchmark times this), returning milliseconds. */
  warm(lang: string): number;
  readonly resources: Resources;
}

export interface ExtractorOptions {
  /**
   * A folder of lexicons stored by the build (see `lexiconSnapshot.ts`): a language whose stored
   * lexicon matches the resources and code is loaded from there rather than derived again.
   */
  snapshotDir?: string;
}

/** Creates an extractor over the given resources (by default the project's `data/`). */
export function createExtractor(
  resources: Resources = loadResources(),
  options: ExtractorOptions = {},
): Extractor {
  const lexicons = new Map<string, Lexicon>();
  const leaders = new Map<string, LeaderRecord>(resources.leaders.map((l) => [l.id, l]));
  const organizations = new Map<string, OrganizationRecord>(resources.organizations.map((o) => [o.id, o]));
  const agencies = new Set(resources.organizations.filter((o) => o.kind === 'news agency').map((o) => o.id));
  const heirs = new Map<string, string>();
  for (const state of resources.formerStates) if (state.heir !== null) heirs.set(state.iso3, state.heir);
  let boilerplate: BoilerplateMatcher | null = null;
  const stopwords = new Map(
    [...resources.languages.values()].flatMap((b) =>
      b.language.stopwords ? [[b.lang, new Set(b.language.stopwords)] as const] : [],
    ),
  );

  const lexiconFor = (lang: string): Lexicon => {
    let lexicon = lexicons.get(lang);
    if (!lexicon) {
      const stored = options.snapshotDir ? readLexiconSnapshot(options.snapshotDir, resources, lang) : null;
      lexicon = stored ? compileLexicon(resources.bundleFor(lang), stored) : buildLexicon(resources, lang);
      lexicons.set(lang, lexicon);
    }
    return lexicon;
  };
  const boilerplateMatcher = (): BoilerplateMatcher => {
    boilerplate ??= compileBoilerplate([...resources.languages.values()].map((b) => b.language.boilerplate));
    return boilerplate;
  };

  return {
    resources,
    warm(lang: string): number {
      const started = performance.now();
      lexiconFor(lang);
      boilerplateMatcher();
      return performance.now() - started;
    },
    extract(input: ExtractInput): Extraction {
      renewIfFull();
      const text = articleText(input);
      const lang = normalizeLang(input.lang) ?? detectLanguage(text, stopwords);
      const lexicon = lexiconFor(lang);
      const found = boilerplateMatcher().find(text);
      const sentences = splitSentences(text, lexicon.abbreviations);
      const sentenceOf = sentenceLocator(sentences);
      const tokens = tokenize(text, found.skip, sentences);
      const sentenceTokens: Array<[number, number]> = [];
      let cursor = 0;
      for (let index = 0; index < sentences.length; index++) {
        const first = cursor;
        while (cursor < tokens.length && (tokens[cursor]?.sentence ?? 0) === index) cursor++;
        sentenceTokens.push([first, cursor]);
      }
      const doc: Doc = {
        text,
        lang,
        lexicon,
        tokens,
        sentences,
        sentenceTokens,
        date: parseDay(input.publishedAt),
      };

      const classified = classify(doc, lexicon.matcher.match(tokens, text));
      const { entities, offices } = asFormerStates(
        doc,
        classified.entities,
        classified.offices,
        isoDay(doc.date ?? today()),
        resources.formerStates,
      );
      const creditOrgs = creditOrganizations(text, found.credits, lexicon, sentenceOf, agencies);
      const resolved = resolveLeaders(
        doc,
        classified.names,
        offices,
        entities,
        classified.covered,
        classified.free,
        leaders,
        today(),
        organizations,
        heirs,
      );
      const actors = buildActors(doc, entities, resolved, agencies, offices);
      const events = codeEvents(doc, actors, resources.cameo);
      const sanctions = findSanctions(doc, actors, organizations, resources.regimes, events);

      const hits = entityHits(
        doc,
        withTitleCountries(doc, entities, offices, resolved),
        creditOrgs,
        resources.countries,
        organizations,
      );
      return {
        lang,
        countries: hits.countries,
        leaders: leaderHits(doc, resolved),
        organizations: hits.organizations,
        places: hits.places,
        events,
        sanctions,
      };
    },
  };
}

// The result is assembled by the module-level functions below rather than inside the `extract`
// closure: map(), sort() and element loads over lists that are sometimes empty and sometimes not
// (arrays of different elements kinds) made V8 throw away the optimised code of the whole closure
// hundreds of times in a first pass (--trace-deopt), each time finishing the article in the
// interpreter and later recompiling a large function. Small functions recover cheaply, and the
// lists are walked with index loops and ordered with insertionSort (they are short).

function mentionOf(doc: Doc, first: number, last: number, sentence: number): Mention {
  const start = doc.tokens[first]?.start ?? 0;
  const end = doc.tokens[last]?.end ?? start;
  return { start, end, text: doc.text.slice(start, end), sentence };
}

/**
 * Countries, places and organizations with their mentions, each in order of first mention; a
 * photo credit's agency is taken in text order, before the first entity after it.
 */
function entityHits(
  doc: Doc,
  entities: readonly EntityMention[],
  creditOrgs: ReadonlyArray<{ id: string; mention: Mention }>,
  countryInfo: ReadonlyMap<string, CountryInfo>,
  organizations: ReadonlyMap<string, OrganizationRecord>,
): { countries: CountryHit[]; places: PlaceHit[]; organizations: OrganizationHit[] } {
  const countries = new Map<string, CountryHit>();
  const places = new Map<string, PlaceHit>();
  const orgs = new Map<string, OrganizationHit>();
  const addOrg = (id: string, m: Mention) => {
    const record = organizations.get(id);
    if (!record) return;
    const hit = orgs.get(id) ?? { id: record.id, name: record.name, kind: record.kind, mentions: [] };
    pushUnique(hit.mentions, m);
    orgs.set(id, hit);
  };
  let nextCredit = 0;
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e] as EntityMention;
    const m = mentionOf(doc, entity.first, entity.last, entity.sentence);
    for (let credit = creditOrgs[nextCredit]; credit && credit.mention.start < m.start; ) {
      addOrg(credit.id, credit.mention);
      credit = creditOrgs[++nextCredit];
    }
    if (entity.kind === 'country') {
      const info = countryInfo.get(entity.id);
      if (!info) continue;
      const hit = countries.get(entity.id) ?? {
        iso3: info.iso3,
        iso2: info.iso2,
        name: info.name,
        mentions: [],
      };
      pushUnique(hit.mentions, m);
      countries.set(entity.id, hit);
    } else if (entity.kind === 'place' && entity.country) {
      const hit = places.get(entity.id) ?? { name: entity.id, country: entity.country, mentions: [] };
      pushUnique(hit.mentions, m);
      places.set(entity.id, hit);
    } else if (entity.kind === 'org') addOrg(entity.id, m);
  }
  for (; nextCredit < creditOrgs.length; nextCredit++) {
    const credit = creditOrgs[nextCredit];
    if (credit) addOrg(credit.id, credit.mention);
  }
  return {
    countries: [...countries.values()],
    places: [...places.values()],
    organizations: [...orgs.values()],
  };
}

/** The leaders with their mentions in text order, ordered by first mention. */
function leaderHits(doc: Doc, resolved: readonly ResolvedLeader[]): LeaderHit[] {
  const hits: LeaderHit[] = [];
  for (let l = 0; l < resolved.length; l++) {
    const leader = resolved[l] as ResolvedLeader;
    const mentions: Mention[] = [];
    for (let k = 0; k < leader.spans.length; k++) {
      const span = leader.spans[k] as ResolvedLeader['spans'][number];
      mentions.push(mentionOf(doc, span.first, span.last, span.sentence));
    }
    hits.push({
      id: leader.id,
      wikidata: leader.wikidata,
      name: leader.name,
      country: leader.country,
      role: leader.role,
      mentions: insertionSort(mentions, byStart),
    });
  }
  return insertionSort(hits, (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start;
}

function pushUnique(list: Mention[], mention: Mention): void {
  if (!list.some((m) => m.start === mention.start && m.end === mention.end)) list.push(mention);
}

function today(): DayDate {
  const now = new Date();
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

function normalizeLang(lang: string | undefined): string | null {
  const code = lang?.trim().toLowerCase().slice(0, 2);
  return code && /^[a-z]{2}$/.test(code) ? code : null;
}

/** Photo credits name the agency ("AFP/Sergei Ilyin"): that agency is kept, nothing else in the credit. */
function creditOrganizations(
  text: string,
  credits: ReadonlyArray<readonly [number, number]>,
  lexicon: Lexicon,
  sentenceOf: (offset: number) => number,
  agencies: ReadonlySet<string>,
): Array<{ id: string; mention: Mention }> {
  const out: Array<{ id: string; mention: Mention }> = [];
  for (const [start, end] of credits) {
    const sentence = sentenceOf(start);
    const tokens = tokenize(text.slice(start, end), [], []);
    for (const token of tokens) {
      token.start += start;
      token.end += start;
      token.sentence = sentence;
    }
    for (const match of lexicon.matcher.match(tokens, text)) {
      for (const payload of match.payloads) {
        if (payload.kind !== 'org' || !agencies.has(payload.id)) continue;
        const first = tokens[match.first];
        const last = tokens[match.last];
        if (!first || !last) continue;
        const mention = {
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          sentence: first.sentence,
        };
        out.push({ id: payload.id, mention });
      }
    }
  }
  return out;
}
