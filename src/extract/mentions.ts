import {
  adjacent,
  countryMention,
  type Doc,
  type EntityMention,
  GAP,
  gapText,
  type OfficeMention,
  opensSentence,
  pastTieWords,
  possessiveAt,
} from './document.js';
import { type CompiledGrammar, compiledGrammar, wordsEndAt } from './grammar.js';
import { insertionSort } from './insertionSort.js';
import type { Payload } from './lexicon.js';
import { ministryTitles } from './ministryTitles.js';
import type { PhraseMatch } from './phraseMatcher.js';
import type { CountryGuard, OfficeLexicon } from './resources.js';
import { Shape, type Token } from './tokenize.js';
import { WordFlag } from './vocabulary.js';

/** Raw name candidates the leader stage resolves. */
export interface NameCandidate {
  ids: string[];
  first: number;
  last: number;
  sentence: number;
  surname: boolean;
  /** A name shortened from the listed one ("Juan Carlos" of "Juan Carlos I"); false for surnames. */
  shortened: boolean;
}

export interface Classified {
  entities: EntityMention[];
  offices: OfficeMention[];
  names: NameCandidate[];
  /** Token index → index of the match covering it, -1 when none. */
  covered: readonly number[];
  /** As `covered`, with -1 also for words matched only as someone's surname: still free name words. */
  free: readonly number[];
}

const PRIORITY: Record<Payload['kind'], number> = {
  leader: 0,
  org: 1,
  country: 2,
  place: 3,
  office: 4,
  surname: 5,
};

/**
 * A capitalised word right before or after that no lexicon explains makes the name part of a
 * person's; not the word after a possessive, which ends a name ("Israel's Foreign Ministry").
 */
export function inPersonName(doc: Doc, covered: readonly number[], first: number, last: number): boolean {
  const sentence = doc.tokens[first]?.sentence;
  // Where every noun is capitalised, a capitalised word beside the name is most often a noun:
  // "verlegte Israel Truppen", "das Nachbarland Mali", "des Staates Israel".
  const nouns = doc.lexicon.bundle.language.nounsCapitalised === true;
  const next = doc.tokens[last + 1];
  const possessive = possessiveAt(doc, last);
  if (
    !nouns &&
    next &&
    !possessive &&
    next.sentence === sentence &&
    adjacent(doc, last, last + 1) &&
    covered[last + 1] === -1
  ) {
    if (next.shape === Shape.Capitalized && !next.joined) return true;
  }
  const prev = doc.tokens[first - 1];
  if (prev && prev.sentence === sentence && adjacent(doc, first - 1, first) && covered[first - 1] === -1) {
    // A noun after its article is no given name ("das Nachbarland Mali"); "Michael Jordan" is.
    const article =
      nouns && compiledGrammar(doc.lexicon.bundle.language).nounMarkers.has(doc.tokens[first - 2]?.key ?? '');
    if (
      prev.shape === Shape.Capitalized &&
      !article &&
      !opensSentence(doc, first - 1) &&
      !doc.tokens[first]?.joined &&
      !dateWord(doc, prev.key)
    )
      return true;
  }
  return false;
}

/** A day's or a month's name, capitalised in English but no one's given name: "On Monday Jordan said". */
function dateWord(doc: Doc, key: string): boolean {
  const language = doc.lexicon.bundle.language;
  return (language.weekdays ?? []).includes(key) || compiledGrammar(language).months.has(key);
}

function sentenceText(doc: Doc, sentence: number): string {
  const span = doc.sentences[sentence];
  return span ? doc.text.slice(span.start, span.end) : '';
}

// Patterns of gaps and words, made once (see `GAP`).
const SPACES_AND_HYPHENS = /^[\s-]*$/;
const POSSESSIVE_ANY_CASE = /['’]s$/i;
const CLAUSE_END = /[,;:.!?)]/;

/** Per guard's list of words, the expression finding one of them in a sentence. */
const nearCache = new WeakMap<readonly string[], RegExp>();

function guardRejects(
  doc: Doc,
  covered: readonly number[],
  guard: CountryGuard | null,
  first: number,
  last: number,
): boolean {
  if (!guard) return false;
  if (guard.personLike && inPersonName(doc, covered, first, last)) return true;
  if (guard.rejectCapitalised) {
    if (doc.tokens[first]?.shape === Shape.Capitalized && !opensSentence(doc, first)) return true;
  }
  if (guard.rejectWords) {
    const word = doc.tokens[last];
    if (word && guard.rejectWords.includes(doc.text.slice(word.start, word.end))) return true;
  }
  const near = guard.rejectNear;
  if (!near || near.length === 0) return false;
  let re = nearCache.get(near);
  if (!re) {
    re = new RegExp(
      `(?:^|[^\\p{L}])(?:${near.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`,
      'u',
    );
    nearCache.set(near, re);
  }
  return re.test(sentenceText(doc, doc.tokens[first]?.sentence ?? 0));
}

/**
 * Whether a name states also give their own bodies names one here: right after a state's name,
 * adjective or possessive ("Russia's Security Council", "des russischen Sicherheitsrats") or after
 * a word such as "National" (`national` holds their keys).
 */
function nationalBody(
  doc: Doc,
  entities: readonly EntityMention[],
  national: readonly string[],
  first: number,
): boolean {
  const before = doc.tokens[first - 1];
  if (
    !before ||
    before.sentence !== doc.tokens[first]?.sentence ||
    !GAP.blank.test(gapText(doc, first - 1, first))
  )
    return false;
  if (national.includes(before.key)) return true;
  return entities.some((e) => e.kind === 'country' && e.last === first - 1);
}

/**
 * Whether a title is tied to a state or province within a country, so that its holder governs
 * that: right after its name ("Ontario Premier Doug Ford", "Bayerns Gesundheitsminister",
 * "NRW-Gesundheitsminister") or right before it, over tie words only ("Regierungschefin
 * Nordirlands", "First Minister of Scotland"). Northern Ireland also names the United Kingdom
 * where no title is tied to it.
 */
function regionalTitle(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[first]?.sentence;
  const ties = compiledGrammar(doc.lexicon.bundle.language).regionalTies;
  // Over an ordinal: "Schottlands Erste Ministerin".
  const ordinals = doc.lexicon.bundle.language.titleOrdinals ?? [];
  let before = first - 1;
  while (before > first - 3 && ordinals.includes(tokens[before]?.key ?? '')) before--;
  if (SPACES_AND_HYPHENS.test(gapText(doc, before, before + 1)) && ties.endingAt(tokens, before, sentence))
    return true;
  if (!SPACES_AND_HYPHENS.test(gapText(doc, last, last + 1))) return false;
  const from = pastTieWords(doc, last);
  const tie = ties.startingAt(tokens, from, sentence);
  if (tie === undefined) return false;
  // Right after the title, a region followed by a capitalised word starts a name: "Health
  // Secretary Victoria Atkins".
  const next = from + tie.length;
  return (
    from > last + 1 ||
    tokens[next]?.shape !== Shape.Capitalized ||
    !SPACES_AND_HYPHENS.test(gapText(doc, next - 1, next))
  );
}

/** Whether a capital is used for its state here: "Moscow said", "ties between Moscow and Kyiv". */
function speakerContext(doc: Doc, first: number, last: number): boolean {
  const context = compiledGrammar(doc.lexicon.bundle.language);
  const sentence = doc.tokens[first]?.sentence;
  const next = doc.tokens[last + 1];
  const possessive = POSSESSIVE_ANY_CASE.test(
    doc.text.slice(doc.tokens[last]?.start ?? 0, doc.tokens[last]?.end ?? 0),
  );
  if (possessive) return !cityNounAfter(doc, last);
  // A word of a longer name ("Real Madrid", "Lokomotiv Moscow") or a modifier ("London-based
  // investors", "Budapest police") is the city's; not where every noun is capitalised ("die
  // Haltung Moskaus") and hyphens make compounds ("Peking-Besuch").
  if (
    doc.lexicon.bundle.language.nounsCapitalised !== true &&
    (inLongerName(doc, first) ||
      (next?.sentence === sentence && GAP.hyphen.test(gapText(doc, last, last + 1))))
  )
    return false;
  if (cityNounAfter(doc, last)) return false;
  if (phraseBefore(doc, context.metonymBefore, first)) return true;
  if (objectOfVerb(doc, context, first, last)) return true;
  // "fell in London and New York": after a locative the city is a place, whatever follows it.
  const before = doc.tokens[first - 1];
  if (before !== undefined && before.sentence === sentence && context.locatives.has(before.key)) return false;
  // Where the verb may come before its subject: "Zurückhaltender reagierte Peking", "warf Stockholm vor".
  if (
    doc.lexicon.bundle.language.verbSecond === true &&
    before !== undefined &&
    before.sentence === sentence &&
    context.metonymAfter.has(before.key) &&
    GAP.space.test(doc.text.slice(before.end, doc.tokens[first]?.start ?? 0)) &&
    // "og" ends a list, no verb: "mótmæli í Lundúnum, París og Berlín".
    !(
      doc.lexicon.bundle.language.conjunctions.includes(before.key) &&
      listAfterPlacePreposition(doc, first - 1)
    )
  )
    return true;
  if (
    next &&
    next.sentence === sentence &&
    GAP.blank.test(doc.text.slice(doc.tokens[last]?.end ?? 0, next.start))
  ) {
    // "Washington and Moscow agreed"; not after a preposition of places: "the ports of Abidjan and
    // Dakar" (`placePrepositions`).
    const language = doc.lexicon.bundle.language;
    const ofPlaces = language.conjunctions.includes(next.key) && listAfterPlacePreposition(doc, first);
    if (context.metonymAfter.has(next.key) && !ofPlaces) return true;
    // "Washington first imposed", "Moskau hat erneut": one auxiliary or adverb may come between.
    const then = doc.tokens[last + 2];
    if (
      context.metonymSkip.has(next.key) &&
      then?.sentence === sentence &&
      (context.metonymAfter.has(then.key) || then.shape === Shape.Lower)
    ) {
      return true;
    }
  }
  return appositionThenVerb(doc, context.metonymAfter, first, last);
}

/**
 * Makes the capitals listed before a capital read as its state, with commas and "and" between,
 * their states too: "Washington, London and Paris condemned". Each is a place entity (in
 * `places`, by index) ending where the list's next item begins, in the same sentence. Whether
 * any was made one (the entities are then out of the text's order).
 */
function listedBefore(doc: Doc, entities: EntityMention[], places: Set<number>, first: number): boolean {
  let next = first;
  let any = false;
  for (;;) {
    const gap = gapText(doc, next - 1, next);
    const conjunction = doc.tokens[next - 1];
    const viaAnd =
      conjunction !== undefined && doc.lexicon.bundle.language.conjunctions.includes(conjunction.key);
    const end = GAP.comma.test(gap) ? next - 1 : viaAnd ? next - 2 : -1;
    if (end < 0) return any;
    let index = -1;
    for (const i of places)
      if (entities[i]?.last === end && entities[i]?.sentence === doc.tokens[first]?.sentence) index = i;
    const place = entities[index];
    if (!place || place.country === null) return any;
    places.delete(index);
    entities.push(countryMention(place.first, place.last, place.sentence, place.country, 'capital'));
    any = true;
    next = place.first;
  }
}

/**
 * Whether the list a capital ends ("Lomé, Abidjan") follows a preposition of places: "the ports of
 * Lomé, Abidjan and Dakar" (`placePrepositions`).
 */
function listAfterPlacePreposition(doc: Doc, first: number): boolean {
  const prepositions = doc.lexicon.bundle.language.placePrepositions ?? [];
  if (prepositions.length === 0) return false;
  const sentence = doc.tokens[first]?.sentence;
  let at = first - 1;
  // Back over the list's capitalised words and the commas between them, to the preposition (which
  // opening the sentence is capitalised too: "In London, Paris and Berlin").
  while (
    at > first - 8 &&
    doc.tokens[at]?.shape === Shape.Capitalized &&
    doc.tokens[at]?.sentence === sentence &&
    !prepositions.includes(doc.tokens[at]?.key ?? '')
  ) {
    const gap = gapText(doc, at, at + 1);
    if (!GAP.space.test(gap) && !GAP.comma.test(gap)) return false;
    at--;
  }
  const before = doc.tokens[at];
  return (
    before !== undefined &&
    before.sentence === sentence &&
    prepositions.includes(before.key) &&
    GAP.space.test(gapText(doc, at, at + 1))
  );
}

/**
 * Whether a capital follows a capitalised word of a name, a club's or a place's ("Real Madrid",
 * "Dynamo Kyiv"): not a word that opens sentences ("Now Moscow says"), a month or a weekday ("In
 * March Moscow said").
 */
function inLongerName(doc: Doc, first: number): boolean {
  const before = doc.tokens[first - 1];
  if (
    before?.shape !== Shape.Capitalized ||
    before.sentence !== doc.tokens[first]?.sentence ||
    !GAP.space.test(gapText(doc, first - 1, first))
  )
    return false;
  const language = doc.lexicon.bundle.language;
  return (
    !compiledGrammar(language).months.has(before.key) &&
    !(language.weekdays ?? []).includes(before.key) &&
    !(language.stopwords ?? []).includes(before.key) &&
    !(language.sentenceOpeners ?? []).includes(before.key) &&
    !language.conjunctions.includes(before.key)
  );
}

/** Whether one of the two words after a capital's possessive is a noun of the city (`cityNouns`). */
function cityNounAfter(doc: Doc, last: number): boolean {
  const nouns = doc.lexicon.bundle.language.cityNouns ?? [];
  const sentence = doc.tokens[last]?.sentence;
  for (let t = last + 1; t <= last + 2; t++) {
    const token = doc.tokens[t];
    if (!token || token.sentence !== sentence) return false;
    if (nouns.includes(token.key)) return true;
  }
  return false;
}

/**
 * What the capital before "and" is, for the second of two: its state ("Paris und Berlin lehnen
 * ab") or a place ("nach Paris und Berlin"); null when no capital comes just before.
 */
function pairedWith(doc: Doc, entities: readonly EntityMention[], first: number): 'state' | 'place' | null {
  const conjunction = doc.tokens[first - 1];
  if (!conjunction || !doc.lexicon.bundle.language.conjunctions.includes(conjunction.key)) return null;
  let place = false;
  for (const e of entities) {
    if (e.last !== first - 2 || e.sentence !== conjunction.sentence) continue;
    if (e.kind === 'country' && e.via === 'capital') return 'state';
    if (e.kind === 'place') place = true;
  }
  return place ? 'place' : null;
}

/** A word joined by a hyphen to a prefix that makes it a region's: "Inter-American", "Pan-American". */
function boundPrefixed(doc: Doc, first: number): boolean {
  const prefixes = doc.lexicon.bundle.language.boundPrefixes;
  return (
    prefixes !== undefined &&
    doc.tokens[first]?.joined === true &&
    prefixes.includes(doc.tokens[first - 1]?.key ?? '')
  );
}

/**
 * Whether a compound ends in a calling no leader has (`nonLeaderCues`): "Kremlsprecher Dmitri
 * Peskow", a seat of government's spokesman, is no given name before a surname (a state's name so
 * compounded may be a club's: "Monacotrainer"). The word's end rather than the compound's head,
 * which may have kept a joining letter ("Kreml-s-precher").
 */
function calling(doc: Doc, at: number): boolean {
  const key = doc.tokens[at]?.key ?? '';
  return (doc.lexicon.bundle.language.nonLeaderCues ?? []).some(
    (cue) => cue.length >= 5 && key.length > cue.length && key.endsWith(cue),
  );
}

/**
 * Whether a word read as a state's name with a compound's head is a given name instead, before a
 * surname nothing but a leader's surname explains: "Katarzyna Nowak", "Katarzyna Duda" are no compounds of "Katar".
 */
function givenNameCompound(doc: Doc, free: readonly number[], last: number): boolean {
  const next = doc.tokens[last + 1];
  return (
    next !== undefined &&
    next.sentence === doc.tokens[last]?.sentence &&
    next.shape === Shape.Capitalized &&
    free[last + 1] === -1 &&
    gapText(doc, last, last + 1) === ' '
  );
}

/**
 * Whether a state's name is part of an institution's: "Háskóli Íslands", "Seðlabanka Íslands",
 * "the Bank of Japan", "the Swiss National Bank".
 */
function institutionName(doc: Doc, first: number, last: number): boolean {
  const language = doc.lexicon.bundle.language;
  const grammar = compiledGrammar(language);
  const tokens = doc.tokens;
  const sentence = tokens[first]?.sentence;
  const before = tokens[first - 1];
  const capitalised = (t: number) => tokens[t]?.shape === Shape.Capitalized;
  if (
    language.institutionHeads !== undefined &&
    before !== undefined &&
    before.shape === Shape.Capitalized &&
    before.sentence === sentence &&
    GAP.space.test(gapText(doc, first - 1, first)) &&
    language.institutionHeads.some((head) => before.key.startsWith(head))
  )
    return true;
  if (
    grammar.institutionsOf.some(
      (w) => wordsEndAt(tokens, w, first - 1, sentence) && capitalised(first - w.length),
    )
  )
    return true;
  return grammar.institutionsAfter.some(
    (w) => capitalised(last + 1) && wordsEndAt(tokens, w, last + w.length, sentence),
  );
}

/**
 * A seat of government written right after another state's name or adjective is that state's
 * building or ministry: "Pakistan's Foreign Office", "the German Foreign Office".
 */
function anotherStateBefore(
  doc: Doc,
  entities: readonly EntityMention[],
  iso3: string,
  first: number,
): boolean {
  const before = entities.at(-1);
  return (
    before !== undefined &&
    before.kind === 'country' &&
    before.id !== iso3 &&
    before.last === first - 1 &&
    adjacent(doc, before.last, first)
  );
}

/**
 * A place right after an office title and before a capitalised word nothing explains opens the
 * holder's name: "Außenminister Santiago Cafiero", where capitalised nouns keep `inPersonName` from
 * reading the word after a place as a name.
 */
function givenNameAfterTitle(
  doc: Doc,
  offices: readonly OfficeMention[],
  free: readonly number[],
  first: number,
  last: number,
): boolean {
  const office = offices.at(-1);
  const next = doc.tokens[last + 1];
  return (
    office !== undefined &&
    office.last === first - 1 &&
    adjacent(doc, office.last, first) &&
    next !== undefined &&
    next.shape === Shape.Capitalized &&
    free[last + 1] === -1 &&
    adjacent(doc, last, last + 1)
  );
}

/** Whether one of the phrases (as word keys) ends right before token `first`, in its sentence. */
function phraseBefore(doc: Doc, phrases: readonly string[][], first: number): boolean {
  const sentence = doc.tokens[first]?.sentence;
  return phrases.some((words) => wordsEndAt(doc.tokens, words, first - 1, sentence));
}

/**
 * A capital as the object of a verb that takes an actor, with the clause going on as an object's
 * does: "accused Washington of", "urged Beijing to", "blamed Kyiv." (not "warned Paris residents").
 */
function objectOfVerb(doc: Doc, context: CompiledGrammar, first: number, last: number): boolean {
  if (!phraseBefore(doc, context.metonymObjectOf, first)) return false;
  const sentence = doc.tokens[first]?.sentence;
  const next = doc.tokens[last + 1];
  if (!next || next.sentence !== sentence) return true;
  if (CLAUSE_END.test(gapText(doc, last, last + 1))) return true;
  return context.metonymObjectThen.has(next.key);
}

/** Words an apposition may span: "Peking, der größte Abnehmer des sudanesischen Öls, hat …". */
const APPOSITION_WORDS = 12;

/**
 * A capital opening its sentence, then an apposition between commas, then a speaker's verb:
 * "Ankara, a major donor, welcomed the vote".
 */
function appositionThenVerb(doc: Doc, verbs: ReadonlySet<string>, first: number, last: number): boolean {
  if (!opensSentence(doc, first)) return false;
  const sentence = doc.tokens[first]?.sentence;
  if (!GAP.comma.test(gapText(doc, last, last + 1))) return false;
  for (let t = last + 1; t < last + APPOSITION_WORDS; t++) {
    const token = doc.tokens[t + 1];
    if (!token || token.sentence !== sentence) return false;
    if (gapText(doc, t, t + 1).includes(',')) return verbs.has(token.key);
  }
  return false;
}

/**
 * A given name before "and" and a listed full name that is the full name of someone else with
 * the surname that follows: "Indira" in "the former prime ministers Indira and Rajiv Gandhi", "Bill"
 * in "Bill and Hillary Clinton". Only a name the lexicon lists in full counts.
 */
function sharedSurnameName(
  doc: Doc,
  covered: readonly number[],
  match: PhraseMatch<Payload>,
): NameCandidate | null {
  const tokens = doc.tokens;
  const given = match.first - 2;
  const first = tokens[given];
  if (!first || match.last === match.first || covered[given] !== -1) return null;
  if (first.shape !== Shape.Capitalized || first.sentence !== tokens[match.first]?.sentence) return null;
  if (!doc.lexicon.bundle.language.conjunctions.includes(tokens[given + 1]?.key ?? '')) return null;
  if (!adjacent(doc, given, given + 1) || !adjacent(doc, given + 1, match.first)) return null;
  // The given name before the surname words, as the lexicon would read them written together.
  const written = [first];
  for (let t = match.first + 1; t <= match.last; t++) written.push(tokens[t] as Token);
  const found = doc.lexicon.matcher.match(written, doc.text)[0];
  if (found?.first !== 0 || found.last !== written.length - 1) return null;
  const ids = found.payloads.flatMap((p) => (p.kind === 'leader' && !p.shortened ? [p.id] : []));
  if (ids.length === 0) return null;
  return {
    ids: [...new Set(ids)],
    first: given,
    last: given,
    sentence: first.sentence,
    surname: false,
    shortened: false,
  };
}

/**
 * Whether the surname match `m` goes on a leader's full name right before it, as the longer
 * form of that name the list lacks: "Sheikh Hamad bin Khalifa Al Thani" is the emir whose listed
 * name ends at "Khalifa", not a "Thani" named beside him.
 */
function tailOfListedName(doc: Doc, matches: readonly PhraseMatch<Payload>[], m: number): boolean {
  const match = matches[m];
  const before = matches[m - 1];
  if (!match || !before || before.last !== match.first - 1) return false;
  if (doc.tokens[before.last]?.sentence !== doc.tokens[match.first]?.sentence) return false;
  if (!GAP.space.test(gapText(doc, before.last, match.first)) || possessiveAt(doc, before.last)) return false;
  return before.payloads.some((p) => p.kind === 'leader' && !p.shortened);
}

/**
 * Turns lexicon matches into entity, office and name mentions, applying the guards: ambiguous
 * country names next to a person's name are dropped, capitals count as their state only in
 * speaker contexts, and a compound like "Rússlandsforseti" yields both Russia and an office.
 */
export function classify(doc: Doc, matches: PhraseMatch<Payload>[]): Classified {
  // Plain arrays rather than typed ones: an article's few hundred entries are allocated faster on
  // the heap than a typed array's separate backing store.
  const covered = new Array<number>(doc.tokens.length).fill(-1);
  matches.forEach((match, index) => {
    for (let t = match.first; t <= match.last; t++) covered[t] = index;
  });
  let entities: EntityMention[] = [];
  const offices: OfficeMention[] = [];
  const names: NameCandidate[] = [];
  // Country mentions whose guard yields to other states (see `withoutYielding`): index → those states.
  const yielding = new Map<number, readonly string[]>();
  // Places that are capitals which may stand for their state (entity indices), for `listedBefore`.
  const metonymPlaces = new Set<number>();
  let promoted = false;
  // For the person-name guards, words matched only as someone's surname are still free name words
  // ("Chad Johnson"): -1 marks a free word, as in `covered`.
  const free = new Array<number>(covered.length).fill(-1);
  for (let t = 0; t < covered.length; t++) {
    const index = covered[t] ?? -1;
    const match = index === -1 ? undefined : matches[index];
    free[t] = !match || match.payloads.every((p) => p.kind === 'surname') ? -1 : index;
  }

  // Index loops: see the note on per-word loops in PhraseMatcher.accept.
  for (let m = 0; m < matches.length; m++) {
    const match = matches[m] as PhraseMatch<Payload>;
    const sentence = doc.tokens[match.first]?.sentence ?? 0;
    const payloads =
      match.payloads.length > 1
        ? [...match.payloads].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])
        : match.payloads;
    const leaderIds: string[] = [];
    let shortened = true;
    for (let i = 0; i < payloads.length; i++) {
      const p = payloads[i] as Payload;
      if (p.kind === 'leader') {
        leaderIds.push(p.id);
        shortened &&= p.shortened;
      }
    }
    if (leaderIds.length > 0) {
      // A name that starts after a name's particle and a hyphen is the end of a longer one, its
      // words free for it: "Mariam al-Sadiq al-Mahdi" is not Sadiq al-Mahdi ("pro-Vladimir Putin"
      // and "the Biden-Xi Jinping meeting" are the leaders).
      if (match.last > match.first && hyphenedAfterParticle(doc, match.first)) {
        for (let t = match.first; t <= match.last; t++) free[t] = -1;
        continue;
      }
      const sharer = sharedSurnameName(doc, covered, match);
      if (sharer) names.push(sharer);
      names.push({
        ids: [...new Set(leaderIds)],
        first: match.first,
        last: match.last,
        sentence,
        surname: false,
        shortened,
      });
      continue;
    }
    for (let i = 0; i < payloads.length; i++) {
      const payload = payloads[i] as Payload;
      const { first, last } = match;
      if (payload.kind === 'org') {
        // Another body's longer name, or a state's own council: no mention of this organization.
        if (payload.other || (payload.generic && nationalBody(doc, entities, payload.national, first))) break;
        entities.push({ first, last, sentence, kind: 'org', id: payload.id, country: null, via: 'org' });
        break;
      }
      if (payload.kind === 'country') {
        if (boundPrefixed(doc, match.first) || institutionName(doc, match.first, match.last)) continue;
        if (
          match.head !== null &&
          !doc.lexicon.compoundOffice.some(([head]) => match.head?.startsWith(head)) &&
          !(payload.via === 'seat' && calling(doc, match.last)) &&
          givenNameCompound(doc, free, match.last)
        ) {
          // A given name, free for the person-name guards: "Katarzyna Duda" is not President Duda.
          for (let t = match.first; t <= match.last; t++) free[t] = -1;
          continue;
        }
        if (payload.via === 'seat' && anotherStateBefore(doc, entities, payload.iso3, match.first)) continue;
        if (guardRejects(doc, free, payload.guard, match.first, match.last)) continue;
        if (payload.guard?.yieldsTo) yielding.set(entities.length, payload.guard.yieldsTo);
        entities.push(countryMention(first, last, sentence, payload.iso3, payload.via));
        if (match.head !== null) {
          const office = doc.lexicon.compoundOffice.find(([head]) => match.head?.startsWith(head));
          if (office)
            offices.push({
              first,
              last,
              sentence,
              role: office[1],
              country: payload.iso3,
              compound: true,
              among: null,
            });
        }
        break;
      }
      if (payload.kind === 'place') {
        if (payload.guard && guardRejects(doc, free, payload.guard, match.first, match.last)) continue;
        // A city's people are neither the city nor its state: "Wienerinnen und Wiener".
        if (match.head !== null && (doc.lexicon.bundle.language.inhabitantHeads ?? []).includes(match.head))
          continue;
        if (
          inPersonName(doc, free, match.first, match.last) ||
          givenNameAfterTitle(doc, offices, free, first, last)
        ) {
          // Part of a person's name ("Santiago Cafiero", "Wellington Koo"): a free name word.
          for (let t = match.first; t <= match.last; t++) free[t] = -1;
          continue;
        }
        entities.push({
          first,
          last,
          sentence,
          kind: 'place',
          id: payload.name,
          country: payload.iso3,
          via: 'place',
        });
        // After a place and "and", a capital followed by "and" again is a place too ("nach Paris
        // und Berlin und traf"); a verb after it still makes it its state ("In Brüssel und Berlin
        // wird mit Sorge betrachtet").
        const paired = payload.metonym ? pairedWith(doc, entities, match.first) : null;
        if (
          payload.metonym &&
          !(
            paired === 'place' &&
            doc.lexicon.bundle.language.conjunctions.includes(doc.tokens[match.last + 1]?.key ?? '')
          ) &&
          (paired === 'state' || speakerContext(doc, match.first, match.last))
        ) {
          entities.push(countryMention(first, last, sentence, payload.iso3, 'capital'));
          // The capitals listed before it with commas speak with it: "Washington, London and
          // Paris condemned the attack".
          if (listedBefore(doc, entities, metonymPlaces, first)) promoted = true;
        } else if (payload.metonym) metonymPlaces.add(entities.length - 1);
        break;
      }
      if (payload.kind === 'office') {
        // "Pakistani Foreign Secretary", "India's Home Secretary": in states where such a title is
        // a civil servant's (`officialTitleStates`), its holder is no minister; in others
        // ("Mexico's Foreign Secretary") it is the minister of the state the text ties it to.
        const tied = entities.at(-1);
        // Not `(states ?? []).includes`: the fresh empty array and the data's list are two kinds of
        // array to V8, and meeting both at one call kept deoptimising this function.
        const officialStates = doc.lexicon.bundle.offices?.officialTitleStates;
        const official =
          payload.implied !== null &&
          tied?.kind === 'country' &&
          tied.last === first - 1 &&
          tied.id !== payload.implied &&
          officialStates?.includes(tied.id) === true &&
          adjacent(doc, tied.last, first);
        if (payload.role !== null && !official && !regionalTitle(doc, first, last)) {
          offices.push({
            first,
            last,
            sentence,
            role: payload.role,
            country: payload.implied,
            compound: false,
            among: payload.among,
          });
        }
        break;
      }
      if (payload.kind === 'surname') {
        if (tailOfListedName(doc, matches, m)) break;
        names.push({
          ids: payload.ids,
          first: match.first,
          last: match.last,
          sentence,
          surname: true,
          shortened: false,
        });
        break;
      }
    }
  }
  const portfolioAfter = doc.lexicon.bundle.offices?.portfolioAfter;
  if (portfolioAfter !== undefined && forPortfolios(doc, offices, names, portfolioAfter))
    insertionSort(offices, (a, b) => a.first - b.first);
  if (doc.lexicon.bundle.offices?.portfolioEndings !== undefined) {
    const found = portfolioTitles(doc, covered, doc.lexicon.bundle.offices);
    if (found.length > 0) {
      offices.push(...found);
      insertionSort(offices, (a, b) => a.first - b.first);
    }
  }
  if (doc.lexicon.bundle.offices?.ministries !== undefined) {
    const found = ministryTitles(doc, covered, entities, doc.lexicon.bundle.offices);
    if (found.length > 0) {
      offices.push(...found);
      insertionSort(offices, (a, b) => a.first - b.first);
    }
  }
  if (yielding.size > 0) entities = withoutYielding(entities, yielding);
  // Back in the text's order where a list's capitals were made states after the one that spoke
  // (`listedBefore`); stable, so a place stays before the state mention of the same words.
  if (promoted) insertionSort(entities, (a, b) => a.first - b.first);
  // Titles several states' press use are settled once every state the article names is known.
  for (const office of offices)
    if (office.among !== null) office.country = sharedTitleState(entities, office, office.among);
  return { entities, offices, names, covered, free };
}

/**
 * The entities without the country mentions at `yielding` whose guard's `yieldsTo` names a state
 * the article names more often than theirs, counting the other mentions of states and the places
 * in them: "Die Minister gingen vom Kanzleramt in die Hofburg" after "In Wien …" is no German news.
 */
function withoutYielding(
  entities: readonly EntityMention[],
  yielding: ReadonlyMap<number, readonly string[]>,
): EntityMention[] {
  const counts = new Map<string, number>();
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e] as EntityMention;
    const state = entity.kind === 'country' ? entity.id : entity.kind === 'place' ? entity.country : null;
    if (state !== null && !yielding.has(e)) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return entities.filter((entity, e) => {
    const rivals = yielding.get(e);
    if (rivals === undefined) return true;
    const own = counts.get(entity.id) ?? 0;
    return !rivals.some((state) => (counts.get(state) ?? 0) > own);
  });
}

/**
 * Of the states a title may name ("Health Secretary": Britain's, America's, …), the one its
 * sentence names last before it ("In Mexico, … Health Secretary Jose Angel Cordova"), else the one
 * the article names most, the first the data lists on a tie. Where the article names no state at
 * all, the first too (British papers seldom name Britain in a story of their own cabinet: "Health
 * Secretary Wes Streeting"); where it names only others, none: "Foreign Secretary Vikram Misri
 * said New Delhi" is tied as an untied title is.
 */
function sharedTitleState(
  entities: readonly EntityMention[],
  office: OfficeMention,
  among: readonly string[],
): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let inSentence: string | null = null;
  if (!entities.some((entity) => entity.kind === 'country')) return among[0] ?? null;
  for (const state of among) {
    let count = 0;
    for (const entity of entities) {
      if (entity.kind !== 'country' || entity.id !== state) continue;
      count++;
      if (entity.sentence === office.sentence && entity.last < office.first) inSentence = state;
    }
    if (count > bestCount) {
      best = state;
      bestCount = count;
    }
  }
  return inSentence ?? best;
}

/** Arabic articles and patronymic words that open the second part of a name: "Mariam al-Sadiq". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ad',
  'as',
  'ash',
  'az',
  'ar',
  'an',
  'at',
  'bin',
  'ibn',
]);

/** Whether token `at` follows a name's particle and a hyphen, after a capitalised word: "Mariam al-[Sadiq]". */
function hyphenedAfterParticle(doc: Doc, at: number): boolean {
  const particle = doc.tokens[at - 1];
  const before = doc.tokens[at - 2];
  return (
    doc.tokens[at]?.joined === true &&
    particle !== undefined &&
    particle.shape === Shape.Lower &&
    NAME_PARTICLES.has(particle.key) &&
    before?.shape === Shape.Capitalized &&
    GAP.space.test(gapText(doc, at - 2, at - 1))
  );
}

/**
 * Titles named by a portfolio after a preposition (`portfolioAfter`): a head the lexicon does not
 * take alone ("Minister for Indigenous Australians, Linda Burney") becomes a title over its
 * portfolio, and a title it has is lengthened over the joined rest of one ("Minister for Climate
 * Change and Energy Chris Bowen"), so that no portfolio word is read as the holder's name. Returns
 * whether it added a title.
 */
function forPortfolios(
  doc: Doc,
  offices: OfficeMention[],
  names: readonly NameCandidate[],
  rules: NonNullable<OfficeLexicon['portfolioAfter']>,
): boolean {
  const tokens = doc.tokens;
  // Another title or a leader's full name ends a portfolio: "Minister for Trade Don Farrell and
  // Foreign Minister Penny Wong". A word that is only some leader's surname does not: in "Minister
  // for Regional Development Shane Jones" it is the holder's.
  const fullNames = names.filter((n) => !n.surname);
  const taken = (t: number) =>
    offices.some((o) => o.first <= t && t <= o.last) || fullNames.some((n) => n.first <= t && t <= n.last);
  // A list of portfolios goes on past a comma ("Minister for Lands, Public Works, Housing and Urban
  // Development"): up to three capitalised words, then a joiner or a comma and another capitalised
  // word; a name in apposition is followed by a word in lower case ("…, Linda Burney, thanked").
  // Where such a list ends is not read here.
  const listGoesOn = (from: number): boolean => {
    for (let t = from; t < from + 3 && tokens[t]?.shape === Shape.Capitalized; t++) {
      if (rules.joiners.includes(tokens[t + 1]?.key ?? '')) return true;
      if (GAP.comma.test(gapText(doc, t, t + 1))) return tokens[t + 1]?.shape === Shape.Capitalized;
      if (!GAP.space.test(gapText(doc, t, t + 1))) return false;
    }
    return false;
  };
  // The last token of the portfolio run from `from` (capitalised words, and joiners between them), or -1.
  const portfolioEnd = (from: number, joinedOnly: boolean): number => {
    const sentence = tokens[from]?.sentence;
    const run: number[] = [];
    // A name the lexicon knows right after the run ends it as a comma does.
    let named = false;
    // Capitalised words since the start or the last joiner: a part of a portfolio has one or two
    // ("Climate Change and Energy"); a joiner after more joins two names ("Minister for Health
    // Mark Butler and Anika Wells"), which ends the portfolio before it.
    let part = 0;
    for (let t = from; t < tokens.length; t++) {
      const token = tokens[t] as Token;
      if (token.sentence !== sentence) break;
      if (taken(t)) {
        named = fullNames.some((n) => n.first === t);
        break;
      }
      if (t > from && !GAP.space.test(gapText(doc, t - 1, t))) break;
      const joiner = rules.joiners.includes(token.key) && tokens[t + 1]?.shape === Shape.Capitalized;
      if (token.shape !== Shape.Capitalized && !joiner) break;
      if (joiner && part > (joinedOnly ? 1 : 2)) break;
      part = joiner ? 0 : part + 1;
      run.push(t);
    }
    while (run.length > 0 && rules.joiners.includes(tokens[run[run.length - 1] ?? 0]?.key ?? '')) run.pop();
    const last = run[run.length - 1];
    if (last === undefined) return -1;
    const comma = GAP.comma.test(gapText(doc, last, last + 1));
    if (comma && listGoesOn(last + 1)) return -1;
    // The portfolio ends where it can be told to: at a comma, at a name the lexicon knows, or, one
    // or two words long, before a word in lower case ("David Seymour, the Minister for Regulation
    // and an associate finance minister"). Elsewhere a name and a portfolio run together
    // ("Minister for National Development Chee Hong Tat", "… Social Protection Humphreys said")
    // and no title is made.
    const after = tokens[last + 1];
    const short =
      run.length <= 2 && after !== undefined && after.sentence === sentence && after.shape === Shape.Lower;
    if (!named && !comma && !short) return -1;
    if (joinedOnly && !run.some((t) => rules.joiners.includes(tokens[t]?.key ?? ''))) return -1;
    return last;
  };
  for (const office of offices) {
    if (office.compound || tokens[office.last - 1]?.key !== rules.opener) continue;
    const end = portfolioEnd(office.last + 1, true);
    if (end !== -1) office.last = end;
  }
  const heads = rules.heads.map((head) => head.split(' '));
  let added = false;
  for (let t = 0; t + 2 < tokens.length; t++) {
    const token = tokens[t] as Token;
    // The opener in lower case: a headline in title case ("Minister For Aged Care Quits Over
    // Scandal") has no name to end the portfolio before.
    const opener = tokens[t + 1];
    if (token.shape !== Shape.Capitalized || opener?.key !== rules.opener || opener.shape !== Shape.Lower)
      continue;
    // A head the lexicon matched as a title of no state office ("Cabinet Secretary", Britain's
    // civil servant) may still open one with its portfolio; one that made a title is done above.
    const head = heads.find((words) => wordsEndAt(tokens, words, t, token.sentence));
    if (head === undefined || taken(t) || taken(t + 2)) continue;
    // A shadow minister holds no office; a state's or province's minister no national one.
    const first = t - (head.length - 1);
    if (tokens[first - 1]?.key === 'shadow') continue;
    const end = portfolioEnd(t + 2, false);
    if (end === -1 || regionalTitle(doc, first, end)) continue;
    offices.push({
      first,
      last: end,
      sentence: token.sentence,
      role: 'minister',
      country: null,
      compound: false,
      among: null,
    });
    added = true;
    t = end;
  }
  return added;
}

/** Per language, whether a word ends as a minister's title does (asked of every word, answered once). */
const portfolioWords = new WeakMap<OfficeLexicon, WordFlag>();

/**
 * Minister's titles of portfolios the list lacks, one word each: "Schwedens Zivilschutzminister
 * Carl-Oskar Bohlin". The role is a minister's and the state the one the text ties the title to;
 * an untied one makes no one a leader (`adHocNeedsTie`).
 */
function portfolioTitles(doc: Doc, covered: readonly number[], lexicon: OfficeLexicon): OfficeMention[] {
  let portfolio = portfolioWords.get(lexicon);
  if (!portfolio) {
    const endings = lexicon.portfolioEndings ?? [];
    const blockers = lexicon.portfolioBlockers ?? [];
    portfolio = new WordFlag(
      (key) =>
        endings.some((ending) => key.endsWith(ending)) && !blockers.some((start) => key.startsWith(start)),
    );
    portfolioWords.set(lexicon, portfolio);
  }
  const out: OfficeMention[] = [];
  for (let t = 0; t < doc.tokens.length; t++) {
    const token = doc.tokens[t] as Token;
    if (covered[t] !== -1 || token.shape === Shape.Upper || !portfolio.get(token.id, token.key)) continue;
    // A region's minister is no state's: "Nicola Sturgeon, fyrsti ráðherra Skotlands".
    if (regionalTitle(doc, t, t)) continue;
    out.push({
      first: t,
      last: t,
      sentence: token.sentence,
      role: 'minister',
      country: null,
      compound: false,
      among: null,
    });
  }
  return out;
}
