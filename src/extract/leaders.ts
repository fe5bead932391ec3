import { isoDay, isYearKey } from './dates.js';
import {
  adjacent,
  type DayDate,
  type Doc,
  type DocText,
  type EntityMention,
  GAP,
  gapText,
  type OfficeMention,
  opensSentence,
  POSSESSIVE,
  pastTieWords,
  possessiveAt,
} from './document.js';
import { compiledGrammar, wordsEndAt } from './grammar.js';
import type { NameCandidate } from './mentions.js';
import { nominativeName } from './nominative.js';
import { foldDiacritics, slugify } from './normalize.js';
import type {
  LanguageData,
  LeaderHead,
  LeaderOffice,
  LeaderRecord,
  OrganizationRecord,
} from './resources.js';
import { subjectBefore } from './subjectBefore.js';
import { Shape, type Token } from './tokenize.js';
import type { LeaderRole } from './types.js';

/** A leader found in the article, with the token spans that name him or her. */
export interface ResolvedLeader {
  id: string;
  wikidata: string | null;
  name: string;
  country: string | null;
  role: LeaderRole | null;
  spans: Array<{ first: number; last: number; sentence: number }>;
}

// Patterns of gaps and words, made once (see `GAP`).
/** A word cut at its hyphen before the next part: "félags-" before "og", "umhverfis-,". */
const CUT_WORD = /^-\s*,?\s*$/;
/** An age between commas: "X, 28, becomes justice minister". */
const AGE = /^\d{1,3}$/;
const COMMA_FIRST = /^\s*,/;
const COMMA_LAST = /,\s*$/;
const CLAUSE_MARK = /[,;.]/;
const SPACES_AND_COMMAS = /^[\s,]*$/;
/** What closes an apposition after a title: "X, Macri's security minister, said". */
const APPOSITION_END = /^\s*[,;.)]/;
/** The full stop after a middle initial: "H. Haarde". */
const INITIAL_STOP = /^\.\s?$/;

const ROLE_RANK: Record<LeaderRole, number> = {
  'head of state': 0,
  'head of government': 1,
  'foreign minister': 2,
  'defence minister': 3,
  'finance minister': 4,
  'deputy head of state': 5,
  'deputy head of government': 6,
  minister: 7,
  'head of organization': 8,
};

/** Whether a term (an office, a headship) runs on the day; an open end runs still. */
function onDay(term: { since: string | null; until: string | null }, day: string): boolean {
  return (term.since === null || term.since <= day) && (term.until === null || term.until >= day);
}

/** Offices held on a day, most senior first; see `byStanding` for offices of one rank. */
export function officesOn(
  leader: LeaderRecord,
  day: string,
  standing: ReadonlyMap<string, number>,
): LeaderOffice[] {
  return leader.offices
    .filter((o) => onDay(o, day))
    .sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || byStanding(standing, a, b));
}

/**
 * One person may head several states at once: Charles III a dozen realms, every French president
 * Andorra as co-prince. The state the press means is the one with the larger political life in
 * the reference data (more office holders: prime ministers, ministers), so the King is British and
 * Macron French, with no list of personal unions to keep.
 */
function byStanding(standing: ReadonlyMap<string, number>, a: LeaderOffice, b: LeaderOffice): number {
  return (standing.get(b.country) ?? 0) - (standing.get(a.country) ?? 0);
}

const standings = new WeakMap<ReadonlyMap<string, LeaderRecord>, Map<string, number>>();

/**
 * How many reference terms of office each country has (see `byStanding`), worked out once per
 * list. Terms rather than people: Australia's ministers outnumbered Britain's office holders once
 * listed, though Britain has more terms, and the King must stay British.
 */
function standingOf(leaders: ReadonlyMap<string, LeaderRecord>): Map<string, number> {
  let standing = standings.get(leaders);
  if (!standing) {
    standing = new Map();
    for (const leader of leaders.values()) {
      for (const office of leader.offices)
        standing.set(office.country, (standing.get(office.country) ?? 0) + 1);
    }
    standings.set(leaders, standing);
  }
  return standing;
}

/** 0 for heading a state or its government, 1 for a minister's office. */
function tierOf(office: LeaderOffice): number {
  return office.role === 'head of state' || office.role === 'head of government' ? 0 : 1;
}

/**
 * The office a person is known by before the day (or the first they held, when all lie ahead of
 * it): the state or government they headed over a ministry, since that is what the press calls
 * them ("former prime minister Davíð Oddsson", though foreign minister after it); else the one
 * they left last (Netanyahu in 2021 was prime minister until June, defence minister until 2019).
 */
function latestBefore(
  leader: LeaderRecord,
  day: string,
  standing: ReadonlyMap<string, number>,
): LeaderOffice | null {
  const past = leader.offices.filter((o) => o.since === null || o.since <= day);
  past.sort(
    (a, b) =>
      tierOf(a) - tierOf(b) ||
      (b.until ?? '9999').localeCompare(a.until ?? '9999') ||
      // Realms left the same day, the press's one first: Elizabeth II was British, not Kittitian
      // (whose crown she took last, in 1983).
      byStanding(standing, a, b) ||
      (b.since ?? '').localeCompare(a.since ?? '') ||
      ROLE_RANK[a.role] - ROLE_RANK[b.role],
  );
  return past[0] ?? leader.offices[0] ?? null;
}

/**
 * The intergovernmental body a person heads on the day, or headed last before it: "António
 * Guterres" in 2020 is the UN Secretary-General, not Portugal's former prime minister.
 */
function headingOn(leader: LeaderRecord, day: string): LeaderHead | null {
  let latest: LeaderHead | null = null;
  for (const head of leader.heads ?? []) {
    if (onDay(head, day)) return head;
    if (head.since > day) continue;
    if (latest === null || head.since > latest.since) latest = head;
  }
  return latest;
}

/** Whether that headship, rather than a national office held before it, is what the person is now. */
function headshipFirst(head: LeaderHead | null, past: LeaderOffice | null, day: string): head is LeaderHead {
  if (head === null) return false;
  if (onDay(head, day)) return true;
  return past === null || past.since === null || past.since > day || head.since >= past.since;
}

/**
 * Whether a past headship of a state should name someone out of office rather than a later
 * headship of a body: where the article names the state and not the body ("Donald Tusk hat die
 * Wahl in Polen gewonnen" in October 2023 is Poland's former premier, not the former president of
 * the European Council).
 */
function pastStateNamed(ctx: Context, head: LeaderHead | null, past: LeaderOffice | null): boolean {
  if (head === null || past === null || onDay(head, ctx.day)) return false;
  if (past.role !== 'head of state' && past.role !== 'head of government') return false;
  return ctx.named.has(past.country) && !ctx.namedOrganizations.has(head.organization);
}

interface Context {
  doc: Doc;
  day: string;
  byId: Map<string, LeaderRecord>;
  offices: OfficeMention[];
  entities: EntityMention[];
  covered: readonly number[];
  /** `officesOn(leader, day)` per leader: a common surname asks it of the same leaders again and again. */
  held: Map<LeaderRecord, LeaderOffice[]>;
  standing: ReadonlyMap<string, number>;
  /** Like `covered`, but -1 also for words matched only as someone's surname (see `classify`). */
  free: readonly number[];
  /** The countries the article names. */
  named: ReadonlySet<string>;
  /** The organizations the article names. */
  namedOrganizations: ReadonlySet<string>;
  /** Country mentions by their first and last tokens: titles look for the state beside them. */
  countries: CountryIndex;
  /**
   * `leadIn` per office, worked out on first use: every name asks it of every office, which in a
   * long article (a live blog of 40 KB) made leader resolution grow with the square of its length.
   */
  leadIns: Map<OfficeMention, number>;
  /** Where each word key asked of `occurrences` occurs. */
  positions: Map<string, number[]>;
  /** Whether `positions` holds every word of the article (see `occurrences`). */
  indexed: boolean;
  /** The tokens naming a year, made on first use by `yearsNamed`. */
  years: number[] | null;
  /** Each former state's heir (the Soviet Union's is Russia), whose seat speaks for it today. */
  heirs: ReadonlyMap<string, string>;
}

/** Keys `occurrences` finds by a scan each before it indexes every word instead. */
const SCANNED_KEYS = 8;

/**
 * The tokens with this key, in order. Surnames are looked for again across the whole article for
 * each name, so each key's places are found once per article: by a scan for the first few keys
 * (most articles ask no more, and a scan costs less than indexing every word), then by indexing
 * the whole article once (a live blog asks hundreds).
 */
function occurrences(ctx: Context, key: string): readonly number[] {
  const known = ctx.positions.get(key);
  if (known || ctx.indexed) return known ?? [];
  const tokens = ctx.doc.tokens;
  if (ctx.positions.size < SCANNED_KEYS) {
    const list: number[] = [];
    for (let t = 0; t < tokens.length; t++) if (tokens[t]?.key === key) list.push(t);
    ctx.positions.set(key, list);
    return list;
  }
  const positions = new Map<string, number[]>();
  tokens.forEach((token, t) => {
    const list = positions.get(token.key);
    if (list) list.push(t);
    else positions.set(token.key, [t]);
  });
  ctx.positions = positions;
  ctx.indexed = true;
  return positions.get(key) ?? [];
}

/**
 * The first of these offices in a country the article names, else the first: "Macron" in a story
 * on Andorra is its co-prince.
 */
function inNamedCountry(ctx: Context, offices: readonly LeaderOffice[]): LeaderOffice | undefined {
  return offices.find((o) => ctx.named.has(o.country)) ?? offices[0];
}

function heldOn(ctx: Context, leader: LeaderRecord): LeaderOffice[] {
  let offices = ctx.held.get(leader);
  if (!offices) {
    offices = officesOn(leader, ctx.day, ctx.standing);
    ctx.held.set(leader, offices);
  }
  return offices;
}

/**
 * Where a title after a name begins, with the words that may open it: "X, the former justice
 * minister", "X, fyrrverandi utanríkisráðherra", "X as finance minister", "X, Oman's foreign
 * minister" (articles, markers of a past office, `titleLinks`, the country, an age), and the
 * first parts of a joint title, "félags- og húsnæðismálaráðherra", "Arbeits- und Sozialminister".
 */
function leadIn(ctx: Context, office: OfficeMention): number {
  let start = ctx.leadIns.get(office);
  if (start === undefined) {
    start = findLeadIn(ctx, office);
    ctx.leadIns.set(office, start);
  }
  return start;
}

function findLeadIn(ctx: Context, office: OfficeMention): number {
  const doc = ctx.doc;
  const language = doc.lexicon.bundle.language;
  const titles = doc.lexicon.bundle.offices?.titles ?? {};
  let start = office.first;
  while (start > office.first - 6) {
    const token = doc.tokens[start - 1];
    if (!token || token.sentence !== office.sentence) break;
    const gap = gapText(doc, start - 1, start);
    // "félags-" before "og", "umhverfis-," before the next part: a word cut at its hyphen.
    if (CUT_WORD.test(gap)) {
      start--;
      continue;
    }
    // "X, 28, becomes justice minister": an age between commas.
    if (GAP.comma.test(gap) && AGE.test(token.key) && GAP.comma.test(gapText(doc, start - 2, start - 1))) {
      start--;
      continue;
    }
    // "Christoph Wiederkehr (NEOS) wird Bildungsminister": a party in brackets after the name.
    if (BRACKET_CLOSE.test(gap) && start < office.first) {
      if (inBrackets(doc, start - 1)) start--;
      break;
    }
    if (!GAP.space.test(gap)) break;
    // "X, Oman's foreign minister", "X, the Omani foreign minister": the country the title is of.
    const country = ctx.countries.endingAt.get(start - 1)?.[0];
    if (country) {
      start = country.first;
      continue;
    }
    // "Patricia Bullrich, Macri's security minister": the person whose minister it is; a link may
    // come before ("who served as Uribe's vice-president").
    if (token.shape === Shape.Capitalized && possessiveAt(doc, start - 1)) {
      start--;
      while (
        start > office.first - 6 &&
        doc.tokens[start - 1]?.shape === Shape.Capitalized &&
        doc.tokens[start - 1]?.sentence === office.sentence &&
        adjacent(doc, start - 1, start)
      )
        start--;
      const link = doc.tokens[start - 1];
      if (!link || !GAP.space.test(gapText(doc, start - 1, start)) || !linkStartsAt(doc, start - 1)) break;
      continue;
    }
    // "X as finance minister", "X stays on as health secretary".
    const link = compiledGrammar(language).titleLinks.find((words) =>
      wordsEndAt(doc.tokens, words, start - 1, office.sentence),
    );
    if (link !== undefined) {
      start = affiliationStart(ctx, start - link.length, office.sentence);
      // "Milan Panic, who became prime minister of Yugoslavia": the name before the relative clause,
      // when a verb links it ("sem fráfarandi forsætisráðherra skipaði" has the title as subject).
      // "who later became", "sem síðar varð": a time word may stand between the pronoun and the verb.
      let pronoun = start - 1;
      while (pronoun > start - 3 && pastMarker(language, doc.tokens[pronoun]?.key ?? '')) pronoun--;
      const relative = doc.tokens[pronoun];
      if (
        relative?.sentence === office.sentence &&
        (language.relativePronouns ?? []).includes(relative.key) &&
        (language.relativeLinks ?? []).includes(link.join(' ')) &&
        GAP.comma.test(gapText(doc, pronoun - 1, pronoun))
      )
        return pronoun;
      // "X, framkvæmdastjóri Landverndar, verður umhverfisráðherra": the link's subject is the name
      // before an apposition between commas.
      // Not one that says the name is no leader's ("X, a professor of politics, …"), nor one after
      // a preposition ("Að mati Eiríks Bergmanns, prófessors í stjórnmálafræði, er …").
      const apposition = appositionBefore(doc, start);
      if (apposition !== -1 && !describedAsNonLeader(ctx, apposition - 1) && subjectBefore(doc, apposition))
        return apposition;
      continue;
    }
    const joins =
      language.conjunctions.includes(token.key) && GAP.hyphen.test(gapText(doc, start - 2, start - 1));
    const opens =
      pastMarker(language, token.key) ||
      (language.determiners ?? []).includes(token.key) ||
      // "X, the outgoing Dutch justice minister": how the office is held.
      (doc.lexicon.bundle.offices?.titleQualifiers ?? []).includes(token.key) ||
      (language.titleOrdinals ?? []).includes(token.key);
    // "the industry and trade minister": a portfolio joined to the title's first, both lower case,
    // that makes a title of the list with the title's last word ("industry minister").
    const portfolio = doc.tokens[start - 2];
    if (
      !joins &&
      language.conjunctions.includes(token.key) &&
      doc.tokens[start]?.shape === Shape.Lower &&
      portfolio?.shape === Shape.Lower &&
      portfolio.sentence === office.sentence &&
      titles[`${portfolio.key} ${doc.tokens[office.last]?.key ?? ''}`] !== undefined &&
      adjacent(doc, start - 2, start - 1)
    ) {
      start -= 2;
      continue;
    }
    if (!joins && !opens) break;
    start--;
  }
  return start;
}

/**
 * Where an apposition of one to ten words ends right before `at`, between commas and after a
 * capitalised word, begins: "Einar K. Guðfinnsson, forseti Alþingis, var …", "Ali Kareem, a former
 * head of the state-run Basra Oil Company, was named …". -1 where there is none.
 */
function appositionBefore(doc: DocText, at: number): number {
  const sentence = doc.tokens[at]?.sentence;
  if (!GAP.comma.test(gapText(doc, at - 1, at))) return -1;
  for (let first = at - 1; first >= at - 10 && first > 0; first--) {
    if (doc.tokens[first]?.sentence !== sentence) return -1;
    const gap = gapText(doc, first - 1, first);
    if (GAP.comma.test(gap))
      return doc.tokens[first - 1]?.shape === Shape.Capitalized &&
        doc.tokens[first - 1]?.sentence === sentence
        ? first
        : -1;
    if (!GAP.space.test(gap) && !GAP.hyphen.test(gap)) return -1;
  }
  return -1;
}

/** A closing bracket and spaces between two words. */
const BRACKET_CLOSE = /^\)\s+$/;
/** Spaces and an opening bracket between two words. */
const BRACKET_OPEN = /^\s+\($/;

/** Whether the word at `at` stands alone in brackets: "(NEOS)". */
function inBrackets(doc: DocText, at: number): boolean {
  const token = doc.tokens[at];
  return (
    token !== undefined &&
    doc.text.charCodeAt(token.start - 1) === 40 &&
    doc.text.charCodeAt(token.end) === 41
  );
}

/**
 * Where a party or body named before a title link begins, "of the ANC" in "Enoch Godongwana of
 * the ANC stays on as": a language's `affiliations` before one to four capitalised words ending
 * at `end - 1`. `end` itself where there is none.
 */
function affiliationStart(ctx: Context, end: number, sentence: number): number {
  const tokens = ctx.doc.tokens;
  let first = end;
  while (
    first > end - 4 &&
    (tokens[first - 1]?.shape === Shape.Capitalized || tokens[first - 1]?.shape === Shape.Upper) &&
    tokens[first - 1]?.sentence === sentence &&
    adjacent(ctx.doc, first - 1, first)
  )
    first--;
  if (first === end) return end;
  const opener = compiledGrammar(ctx.doc.lexicon.bundle.language).affiliations.find((words) =>
    wordsEndAt(tokens, words, first - 1, sentence),
  );
  return opener === undefined ? end : first - opener.length;
}

/**
 * Whether a lead-in starting at `start` may tie its title to the name before it. A link word
 * ("was named", "becomes") says so only of a name that is the subject: not of one after a
 * function word ("A former aide to Peter Hallworth was named finance minister").
 */
function linkedName(ctx: Context, start: number): boolean {
  const language = ctx.doc.lexicon.bundle.language;
  if (!linkStartsAt(ctx.doc, start)) return true;
  let first = start - 1;
  while (
    first > 0 &&
    ctx.doc.tokens[first - 1]?.shape === Shape.Capitalized &&
    adjacent(ctx.doc, first - 1, first)
  )
    first--;
  const before = ctx.doc.tokens[first - 1];
  if (!before || before.sentence !== ctx.doc.tokens[start]?.sentence) return true;
  // "… og Þorbjörg Gunnlaugsdóttir verður dómsmálaráðherra": after "and" the name is a subject.
  return language.conjunctions.includes(before.key) || !(language.stopwords ?? []).includes(before.key);
}

/** The office title written right next to a name: "President X", "X Rússlandsforseti", "X, utanríkisráðherra". */
function officeNextTo(ctx: Context, first: number, last: number): OfficeMention | null {
  // An honorific may stand between the title and the name: "Emir Sheikh Nawaf", "Außenminister Prinz Faisal".
  const honorific = isHonorific(ctx, first - 1) && adjacent(ctx.doc, first - 1, first) ? 1 : 0;
  for (const office of ctx.offices) {
    if (office.last === first - 1 && adjacent(ctx.doc, office.last, first)) return office;
    // Between commas after the title: "His defence minister, Juan Manuel Santos, said", "Qatar's
    // foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, called".
    const opening = office.last === first - 2 && honorific ? first - 1 : first;
    if (
      office.last === opening - 1 &&
      GAP.comma.test(gapText(ctx.doc, office.last, opening)) &&
      COMMA_FIRST.test(gapText(ctx.doc, last, last + 1)) &&
      ctx.doc.tokens[last + 1]?.sentence === office.sentence
    )
      return office;
    if (honorific && office.last === first - 2 && adjacent(ctx.doc, office.last, first - 1)) return office;
    if (
      office.first === last + 1 &&
      adjacent(ctx.doc, last, office.first, true) &&
      !possessiveAt(ctx.doc, office.last)
    )
      return office;
  }
  // After a comma, the title may open with an article or "former": "X, the former minister";
  // after a space, with a word that makes it the name's ("X as finance minister", "X becomes …").
  for (const office of ctx.offices) {
    const start = leadIn(ctx, office);
    if (start === office.first || start !== last + 1) continue;
    if (possessiveAt(ctx.doc, office.last) || !linkedName(ctx, start)) continue;
    // A title with a name of its own right after it is that name's: "Olaf Scholz, der neue
    // Finanzminister Jörg Kukies und Robert Habeck".
    const next = ctx.doc.tokens[office.last + 1];
    if (
      next?.sentence === office.sentence &&
      next.shape === Shape.Capitalized &&
      GAP.space.test(gapText(ctx.doc, office.last, office.last + 1)) &&
      !ctx.countries.startingAt.has(office.last + 1)
    )
      continue;
    const gap = gapText(ctx.doc, last, start);
    if (GAP.comma.test(gap) || (GAP.space.test(gap) && linkStartsAt(ctx.doc, start))) return office;
  }
  return null;
}

/**
 * The title of the surname before a conjunction before this one: "Foreign ministers Baerbock and
 * Blinken", "Die Außenminister Baerbock und Blinken". For its role only: the second name's state
 * is its own, so the caller ties it to none.
 */
function sharedTitle(
  ctx: Context,
  first: number,
  titled: ReadonlyMap<number, OfficeMention>,
): OfficeMention | null {
  const conjunction = ctx.doc.tokens[first - 1];
  if (!conjunction || !ctx.doc.lexicon.bundle.language.conjunctions.includes(conjunction.key)) return null;
  const office = titled.get(first - 2);
  return office && conjunction.sentence === office.sentence ? office : null;
}

/**
 * Of two joined titles, the first when the person holds both on the day: "Qatar's Prime Minister
 * and Foreign Minister Mohammed bin Abdulrahman Al Thani", "forsætis- og utanríkisráðherra
 * Katars" head its government.
 */
function jointTitleOffice(
  ctx: Context,
  office: OfficeMention,
  chosen: { leader: LeaderRecord; held: LeaderOffice | null },
): LeaderOffice | null {
  const conjunction = ctx.doc.tokens[office.first - 1];
  if (!conjunction || !ctx.doc.lexicon.bundle.language.conjunctions.includes(conjunction.key))
    return chosen.held;
  const role =
    ctx.offices.find((o) => o.last === office.first - 2 && o.sentence === office.sentence)?.role ??
    jointCompoundRole(ctx, office);
  if (!role) return chosen.held;
  return (
    heldOn(ctx, chosen.leader).find(
      (o) => o.role === role && (chosen.held === null || o.country === chosen.held.country),
    ) ?? chosen.held
  );
}

/**
 * The role of the first part of a joint compound title, completed with the end of the second:
 * "forsætis-" before "og utanríkisráðherra" is "forsætisráðherra".
 */
function jointCompoundRole(ctx: Context, office: OfficeMention): LeaderRole | null {
  const part = ctx.doc.tokens[office.first - 2];
  const word = ctx.doc.tokens[office.first]?.key ?? '';
  const titles = ctx.doc.lexicon.bundle.offices?.titles;
  if (!part || !titles || !GAP.hyphen.test(gapText(ctx.doc, office.first - 2, office.first - 1))) return null;
  for (let i = 1; i < word.length; i++) {
    const role = titles[part.key + word.slice(i)];
    if (role) return role;
  }
  return null;
}

/** The body the person heads on the day itself, if any (`headingOn` also gives one headed before). */
function headshipOn(leader: LeaderRecord, day: string): LeaderHead | null {
  const head = headingOn(leader, day);
  return head !== null && onDay(head, day) ? head : null;
}

/** Whether the person heads, on the article's day, an intergovernmental body the article names. */
function headsNamedBody(ctx: Context, leader: LeaderRecord | undefined): boolean {
  const head = leader ? headshipOn(leader, ctx.day) : null;
  return head !== null && ctx.namedOrganizations.has(head.organization);
}

/** `pick`, kept only when the one picked holds that office on the article's day. */
function holderOnDay(
  ctx: Context,
  ids: readonly string[],
  office: OfficeMention,
  country: string | null,
): { leader: LeaderRecord; held: LeaderOffice } | null {
  const chosen = pick(ctx, ids, office, country);
  return chosen?.held && onDay(chosen.held, ctx.day) ? { leader: chosen.leader, held: chosen.held } : null;
}

/** Whether an apposition after the name gives a calling no leader has (`nonLeaderCallings`): "X, a 52-year-old fabric trader". */
function describedAsNonLeader(ctx: Context, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[last]?.sentence;
  if (!GAP.comma.test(gapText(ctx.doc, last, last + 1))) return false;
  const cues = ctx.doc.lexicon.bundle.language.nonLeaderCallings ?? [];
  if (cues.length === 0) return false;
  for (let t = last + 1; t <= last + 8; t++) {
    const token = tokens[t];
    if (!token || token.sentence !== sentence) return false;
    if (cues.includes(token.key)) return true;
    if (t > last + 1 && CLAUSE_MARK.test(gapText(ctx.doc, t - 1, t))) return false;
  }
  return false;
}

/** Whether a title is marked as past: "the former prime minister", "fyrrverandi forsætisráðherra". */
function formerTitle(ctx: Context, office: OfficeMention): boolean {
  const language = ctx.doc.lexicon.bundle.language;
  for (let t = leadIn(ctx, office); t < office.first; t++)
    if (pastMarker(language, ctx.doc.tokens[t]?.key ?? '')) return true;
  return false;
}

/** Whether the word marks a title as one held before the article's day: "former", "later", "síðar". */
function pastMarker(language: LanguageData, key: string): boolean {
  return language.markers.former.includes(key) || (language.markers.later ?? []).includes(key);
}

/**
 * Whether a state's adjective is one of a noun other than the state's own (`stateNouns`): "the
 * Russian Chess Federation", "rússneska herráðsins", "des russischen Schachverbands".
 */
function adjectiveOfNoun(ctx: Context, entity: EntityMention): boolean {
  if (entity.via !== 'demonym') return false;
  const next = ctx.doc.tokens[entity.last + 1];
  if (!next || next.sentence !== entity.sentence || !adjacent(ctx.doc, entity.last, entity.last + 1))
    return false;
  if (ctx.countries.startingAt.has(entity.last + 1)) return false;
  if (ctx.doc.lexicon.bundle.language.conjunctions.includes(next.key)) return false;
  // "-" opens an ending ("Autonomiebehörde", "heimastjórnarinnar"); words that describe a
  // government ("the Libyan unity government") count as its noun.
  const stateNouns = ctx.doc.lexicon.bundle.offices?.stateNouns ?? [];
  return !stateNouns.some((noun) =>
    noun.startsWith('-') ? next.key.endsWith(noun.slice(1)) : next.key === noun,
  );
}

/** Whether the listed person holds an office or heads a body on the article's day. */
function servesOn(ctx: Context, id: string): boolean {
  const leader = ctx.byId.get(id);
  if (!leader) return false;
  return heldOn(ctx, leader).length > 0 || headshipOn(leader, ctx.day) !== null;
}

/** Whether the token is an honorific or a military rank of the language ("Sheikh", "Gen"): no part of a name. */
function styleAt(ctx: Context, at: number): boolean {
  const key = ctx.doc.tokens[at]?.key;
  return (
    key !== undefined && (isHonorific(ctx, at) || (ctx.doc.lexicon.bundle.language.ranks ?? []).includes(key))
  );
}

/** Whether the token is an honorific of the language ("Sheikh", "Prinz"), which is no one's name. */
function isHonorific(ctx: Context, at: number): boolean {
  const token = ctx.doc.tokens[at];
  return token !== undefined && (ctx.doc.lexicon.bundle.language.honorifics ?? []).includes(token.key);
}

/** The country the text ties to an office: adjacent before it, inside it, or just after it ("of Russia"). */
function officeCountry(ctx: Context, office: OfficeMention): string | null {
  if (office.compound) return office.country;
  const tieWords = ctx.doc.lexicon.bundle.offices?.tieWords ?? [];
  const qualifiers = ctx.doc.lexicon.bundle.offices?.titleQualifiers ?? [];
  // Only mentions ending one or two words before the title or starting up to three after it can
  // tie; they are taken from the index, in the order the full list gives them.
  const { endingAt, startingAt, order } = ctx.countries;
  const near = [
    ...(endingAt.get(office.first - 1) ?? []),
    ...(endingAt.get(office.first - 2) ?? []),
    ...[1, 2, 3].flatMap((k) => startingAt.get(office.last + k) ?? []),
  ];
  if (near.length === 0) return office.country;
  near.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const entity of near) {
    if (entity.last === office.first - 1 && adjacent(ctx.doc, entity.last, office.first)) return entity.id;
    if (entity.last === office.first - 2 && ctx.doc.tokens[office.first - 1]?.shape === Shape.Capitalized) {
      // "Russian Foreign Minister Sergei Lavrov": an adjective two words back, over the first half of the title.
      if (adjacent(ctx.doc, entity.last, office.first - 1)) return entity.id;
    }
    // "Spain's acting foreign minister": over a word that says how the office is held.
    if (
      entity.last === office.first - 2 &&
      qualifiers.includes(ctx.doc.tokens[office.first - 1]?.key ?? '') &&
      adjacent(ctx.doc, entity.last, office.first - 1) &&
      adjacent(ctx.doc, office.first - 1, office.first)
    )
      return entity.id;
    if (
      entity.first > office.last &&
      entity.first - office.last <= 3 &&
      entity.sentence === office.sentence &&
      !adjectiveOfNoun(ctx, entity) &&
      // "leader of Spain's far-right Vox party" leads the party, not Spain.
      !possessiveAt(ctx.doc, entity.last)
    ) {
      let ok = true;
      for (let t = office.last + 1; t < entity.first && ok; t++)
        ok = tieWords.includes(ctx.doc.tokens[t]?.key ?? '');
      if (
        ok &&
        entity.first - office.last - 1 <= tieWords.length &&
        SPACES_AND_COMMAS.test(
          ctx.doc.text.slice(
            ctx.doc.tokens[office.last]?.end ?? 0,
            ctx.doc.tokens[office.last + 1]?.start ?? 0,
          ),
        )
      ) {
        return entity.id;
      }
    }
  }
  return office.country;
}

function precededBy(ctx: Context, first: number, words: readonly string[], window: number): boolean {
  const sentence = ctx.doc.tokens[first]?.sentence;
  for (let t = first - 1; t >= Math.max(0, first - window); t--) {
    const token = ctx.doc.tokens[t];
    if (!token || token.sentence !== sentence) break;
    if (words.includes(token.key)) return true;
  }
  return false;
}

/**
 * A cue such as "spokesman" or "analyst" just before the name. Not one that belongs to someone
 * else, behind a comma and a capitalised word ("Ban Ki-moon, framkvæmdastjóri SÞ, John Kerry").
 */
function nonLeaderContext(ctx: Context, first: number): boolean {
  const cues = compiledGrammar(ctx.doc.lexicon.bundle.language).nonLeaderCues;
  const tokens = ctx.doc.tokens;
  const sentence = tokens[first]?.sentence;
  const principals = ctx.doc.lexicon.bundle.language.principalMarkers ?? [];
  let named = false;
  let comma = false;
  for (let t = first - 1; t >= Math.max(0, first - 3); t--) {
    const token = tokens[t];
    if (!token || token.sentence !== sentence) break;
    // "A spokesman for Donald Tusk": the name right after such a word is whose spokesman it is
    // (not one further on: "a professor of economics Mario Monti").
    if (t === first - 1 && principals.includes(token.key)) return false;
    if (ctx.doc.text.slice(token.end, tokens[t + 1]?.start ?? token.end).includes(',')) comma = true;
    // A title between the cue and the name is the name's: "National Security Adviser Mike Waltz"
    // (the cue inside it), "a professor before President Richard Nixon named him". Not where a
    // genitive follows its noun: "Talskona utanríkisráðherra, María Zakharova" is the spokeswoman.
    const inOffice = ctx.offices.some((o) => o.first <= t && t <= o.last);
    if (inOffice && !ctx.doc.lexicon.bundle.language.possessorAfterNoun) return false;
    if (!inOffice && cues.some((words) => wordsEndAt(tokens, words, t, sentence))) {
      // "talsmaður Pútíns": where a genitive follows its noun, the name right after the cue is
      // whose spokesman it is, not the spokesman.
      if (t === first - 1 && !comma && ctx.doc.lexicon.bundle.language.possessorAfterNoun) return false;
      return !(comma && named);
    }
    if (token.shape !== Shape.Lower) named = true;
  }
  return false;
}

/**
 * Whether the name stands, after a comma, beside a title that belongs to someone's relative or
 * aide: "the wife of the Soviet leader, Raisa Gorbacheva", "Eiginkona sovéska leiðtogans, Raísa".
 */
function possessedTitleBefore(ctx: Context, first: number): boolean {
  const office = ctx.offices.find(
    (o) => o.last === first - 1 && o.sentence === ctx.doc.tokens[first]?.sentence,
  );
  if (!office || !GAP.comma.test(gapText(ctx.doc, office.last, first))) return false;
  const start = leadIn(ctx, office);
  return compiledGrammar(ctx.doc.lexicon.bundle.language).relationNouns.some((words) =>
    wordsEndAt(ctx.doc.tokens, words, start - 1, office.sentence),
  );
}

/** Whether one of the language's `titleLinks` ("as", "stays on as") starts at token `t`. */
function linkStartsAt(doc: Doc, t: number): boolean {
  const sentence = doc.tokens[t]?.sentence;
  return compiledGrammar(doc.lexicon.bundle.language).titleLinks.some((words) =>
    wordsEndAt(doc.tokens, words, t + words.length - 1, sentence),
  );
}

/**
 * Whether someone else holds the same office on the article's day: a seat of a collective head of
 * state (the Swiss Federal Council, Bosnia's presidency). Scans every leader, so it is asked only
 * in the rare case of a head introduced by a minister's title.
 */
function sharedOffice(ctx: Context, id: string, held: LeaderOffice): boolean {
  for (const leader of ctx.byId.values()) {
    if (leader.id === id) continue;
    for (const o of leader.offices)
      if (o.country === held.country && o.role === held.role && onDay(o, ctx.day)) return true;
  }
  return false;
}

/** A cabinet minister's role, as against a head's, a deputy's or a body's. */
function isMinisterRole(role: LeaderRole): boolean {
  return (
    role === 'foreign minister' ||
    role === 'defence minister' ||
    role === 'finance minister' ||
    role === 'minister'
  );
}

/**
 * A person found by title and surname alone ("Former budget minister Cahuzac", in a headline) and
 * again in full ("Jerome Cahuzac, the former budget minister") is one person: the surname's entry
 * joins the full name's, when exactly one full name found ends with it.
 */
function mergeSurnameEntries(found: Map<string, ResolvedLeader>): void {
  for (const [id, entry] of found) {
    if (entry.wikidata !== null || id.includes('-')) continue;
    const fuller = [...found.values()].filter((other) => other !== entry && other.id.endsWith(`-${id}`));
    const into = fuller.length === 1 ? fuller[0] : undefined;
    if (!into || (into.country !== entry.country && entry.country !== null)) continue;
    for (const span of entry.spans)
      if (!into.spans.some((s) => s.first <= span.first && span.last <= s.last)) into.spans.push(span);
    into.spans.sort((a, b) => a.first - b.first);
    found.delete(id);
  }
}

/**
 * Whether the word at `at` appears elsewhere in the article in a name of several capitalised words
 * no lexicon entry explains ("Bjarni Þór Gunnarsson", "Dustin Johnson"): said alone, it is that
 * person, not a leader who shares the word. Not a name of the leader's own words in a spelling the
 * lexicon lacks ("Bassirou Diomaye Faye", "Míkheíl Saakashvili").
 */
function inAnotherFullName(ctx: Context, at: number, ids: readonly string[]): boolean {
  const tokens = ctx.doc.tokens;
  const key = tokens[at]?.key;
  const nounMarkers = compiledGrammar(ctx.doc.lexicon.bundle.language).nounMarkers;
  // A capital that opens a sentence counts only with an apposition that says who it is: "Andrew
  // Morrison, an analyst at Morgans", not "Yesterday Morrison said". An honorific is no given name
  // ("Mr Morrison", "Frau Merkel"), nor a noun after an article ("die Ära Merkel").
  const unexplained = (t: number, u: number) =>
    tokens[u]?.shape === Shape.Capitalized &&
    tokens[u]?.sentence === tokens[t]?.sentence &&
    ctx.free[u] === -1 &&
    !isHonorific(ctx, u) &&
    !nounMarkers.has(tokens[u - 1]?.key ?? '') &&
    // A possessive ends a name: "Suu Kyi's National League for Democracy".
    !(u > t && possessiveAt(ctx.doc, t)) &&
    !(u < t && opensSentence(ctx.doc, u) && !describedAsNonLeader(ctx, t)) &&
    adjacent(ctx.doc, Math.min(t, u), Math.max(t, u)) &&
    !ids.some((id) => ownNameWords(ctx.byId.get(id)).has(foldDiacritics(tokens[u]?.key ?? '')));
  for (const t of occurrences(ctx, key ?? '')) {
    if (t === at) continue;
    if (unexplained(t, t + 1) || unexplained(t, t - 1)) return true;
  }
  return false;
}

const nameWordsCache = new WeakMap<LeaderRecord, Set<string>>();

/** Every word of a leader's names in every language, lower case and without diacritics. */
function ownNameWords(leader: LeaderRecord | undefined): ReadonlySet<string> {
  if (!leader) return new Set();
  let words = nameWordsCache.get(leader);
  if (!words) {
    words = new Set();
    for (const names of Object.values(leader.names))
      for (const name of names)
        for (const word of foldDiacritics(name.toLowerCase()).split(/[\s-]+/)) words.add(word);
    nameWordsCache.set(leader, words);
  }
  return words;
}

/** Whether the name is a son's, a place's or an institution's: "Donald Trump Jr.", "Jomo Kenyatta International Airport". */
function namesAPlace(ctx: Context, first: number, last: number): boolean {
  const words = ctx.doc.lexicon.bundle.language.namedAfter;
  if (!words) return false;
  const tokens = ctx.doc.tokens;
  const next = tokens[last + 1];
  if (next && next.sentence === tokens[last]?.sentence && adjacent(ctx.doc, last, last + 1)) {
    // As written: "Airport" after a name, not "airport" ("Kenyatta airport workers").
    const written = ctx.doc.text.slice(next.start, next.end);
    if (words.after.some((start) => written.startsWith(start))) return true;
  }
  const prev = tokens[first - 1];
  return (
    prev !== undefined &&
    prev.sentence === tokens[first]?.sentence &&
    adjacent(ctx.doc, first - 1, first) &&
    words.before.includes(prev.key)
  );
}

/**
 * Whether someone else of the surname at `first..last` was named in full since the leader's last
 * mention before it: "Gordon Brown spoke. Neil Brown, a strategist, said … Brown added", or
 * another listed person, in office or not: "Lee Myung-bak … Lee Jae-myung lost, and Lee conceded".
 */
function namesakeSince(
  ctx: Context,
  entry: ResolvedLeader,
  first: number,
  last: number,
  fullNames: readonly NameCandidate[],
): boolean {
  const tokens = ctx.doc.tokens;
  const key = tokens[last]?.key;
  let previous = -1;
  for (const span of entry.spans) if (span.last < first && span.last > previous) previous = span.last;
  for (let t = first - 1; t > previous; t--)
    if (tokens[t]?.key === key && partOfOtherName(ctx, t, t)) return true;
  for (const name of fullNames) {
    if (name.first <= previous || name.last >= first || name.ids.includes(entry.id)) continue;
    for (let t = name.first; t <= name.last; t++) if (tokens[t]?.key === key) return true;
  }
  return false;
}

/**
 * Whether a one-word surname stands after an article where every noun is capitalised, so is the
 * noun it spells: "Das Klima zwischen den Partnern" is not Chancellor Klima.
 */
function nounAfterArticle(ctx: Context, first: number, last: number): boolean {
  const language = ctx.doc.lexicon.bundle.language;
  const before = ctx.doc.tokens[first - 1];
  return (
    first === last &&
    language.nounsCapitalised === true &&
    before !== undefined &&
    before.sentence === ctx.doc.tokens[first]?.sentence &&
    compiledGrammar(language).nounMarkers.has(before.key)
  );
}

/** A capitalised, unexplained word right after a surname makes it someone else's name ("Kim Won Jin"). */
function partOfOtherName(ctx: Context, first: number, last: number, ids: readonly string[] = []): boolean {
  // Words matched only as some leader's surname count as unexplained here: "Pierre Trudeau" is
  // neither Philip Pierre nor Justin Trudeau, "Seydou Keita" not President Keïta.
  const next = ctx.doc.tokens[last + 1];
  // Where every noun is capitalised, a noun stands after a surname in the genitive ("Kohls
  // Politik") and before one after its article ("die Politik Kohls").
  const nouns = ctx.doc.lexicon.bundle.language.nounsCapitalised === true;
  if (next && next.sentence === ctx.doc.tokens[last]?.sentence && adjacent(ctx.doc, last, last + 1)) {
    const genitive = nouns && (ctx.doc.tokens[last]?.key ?? '').endsWith('s');
    // Nor does one after a title and the surname of someone who writes it last lengthen the name:
    // "Finanzminister Lindner Anfang November", "Bundesminister Lindner Gesetze blockiert" (but
    // "Minister Kim Yung Ho" is not Kim Jong Un, nor "Premier Jean-Claude Juncker" Grand Duke Jean).
    const titled =
      nouns &&
      !next.joined &&
      ids.length > 0 &&
      ids.every((id) => endsWithWord(ctx.byId.get(id)?.name ?? '', ctx.doc.tokens[last]?.key ?? '')) &&
      ctx.offices.some((o) => o.last === first - 1 && adjacent(ctx.doc, first - 1, first));
    // A possessive ends a name: "Suu Kyi's National League for Democracy".
    const possessive = possessiveAt(ctx.doc, last);
    if (next.shape === Shape.Capitalized && ctx.free[last + 1] === -1 && !genitive && !titled && !possessive)
      return true;
    // Over a particle to a word nothing matched: "Abdullah bin Zayed" is not King Abdullah, but
    // in "ein Brief an Scholz von Selenskyj" the word after "von" is a leader of its own.
    const then = ctx.doc.tokens[last + 2];
    if (
      PARTICLES.has(next.key) &&
      then?.sentence === next.sentence &&
      adjacent(ctx.doc, last + 1, last + 2) &&
      then.shape === Shape.Capitalized &&
      ctx.covered[last + 2] === -1
    ) {
      return true;
    }
  }
  const prev = ctx.doc.tokens[first - 1];
  if (prev && prev.sentence === ctx.doc.tokens[first]?.sentence && adjacent(ctx.doc, first - 1, first)) {
    const article =
      nouns &&
      compiledGrammar(ctx.doc.lexicon.bundle.language).nounMarkers.has(ctx.doc.tokens[first - 2]?.key ?? '');
    if (
      prev.shape === Shape.Capitalized &&
      !article &&
      ctx.free[first - 1] === -1 &&
      // "Mr Blair", as British papers write it, is Blair: an honorific is no given name.
      !isHonorific(ctx, first - 1) &&
      (!opensSentence(ctx.doc, first - 1) || givenNameOpening(ctx, first - 1)) &&
      !bodyTitle(ctx, first - 1)
    )
      return true;
  }
  return false;
}

/** Whether a name's last word is this key, case and diacritics aside. */
function endsWithWord(name: string, key: string): boolean {
  const words = foldDiacritics(name.toLowerCase()).split(/[\s-]+/);
  return words[words.length - 1] === foldDiacritics(key);
}

/** Where the unexplained capitalised words right before a surname begin (at most two). */
function givenNamesStart(ctx: Context, first: number): number {
  let start = first;
  while (start > first - 2) {
    const prev = ctx.doc.tokens[start - 1];
    if (
      !prev ||
      prev.sentence !== ctx.doc.tokens[first]?.sentence ||
      prev.shape !== Shape.Capitalized ||
      ctx.free[start - 1] !== -1 ||
      !adjacent(ctx.doc, start - 1, start)
    )
      break;
    start--;
  }
  return start;
}

/**
 * Whether the word may be a possessor's genitive after its noun, where the language puts the
 * possessor there (`possessorAfterNoun`) and the genitive of a name ends in -s: "Pútíns", "Trumps".
 */
function possessorGenitive(doc: Doc, t: number): boolean {
  return doc.lexicon.bundle.language.possessorAfterNoun === true && (doc.tokens[t]?.key ?? '').endsWith('s');
}

/** Whether a sentence's first word, before a surname, is a given name rather than "Meanwhile" or "But". */
function givenNameOpening(ctx: Context, at: number): boolean {
  const openers = ctx.doc.lexicon.bundle.language.sentenceOpeners;
  const key = ctx.doc.tokens[at]?.key ?? '';
  // A surname in the genitive is the noun's, not a given name's: "Eiginkona Abes" is Abe's wife,
  // where "Alok Sharma" is someone else's name.
  if (possessorGenitive(ctx.doc, at + 1)) return false;
  return openers !== undefined && !openers.includes(key) && !notNameWord(ctx, key) && !isHonorific(ctx, at);
}

/**
 * Whether the word is the second half of a body's title, which no one's given name is:
 * "UN-Generalsekretär Guterres", "EU-Ratspräsident Michel".
 */
function bodyTitle(ctx: Context, at: number): boolean {
  return (
    ctx.doc.tokens[at]?.joined === true &&
    ctx.entities.some((e) => e.kind === 'org' && e.last === at - 1 && e.first === e.last)
  );
}

/** Whether one of these leaders ever held a head of state's or government's office of that role; true for other roles. */
function heldRoleEver(ctx: Context, ids: readonly string[], role: LeaderRole): boolean {
  if (role !== 'head of state' && role !== 'head of government') return true;
  return ids.some((id) => ctx.byId.get(id)?.offices.some((o) => o.role === role) === true);
}

/**
 * Whether a name of short words goes on in a hyphened lower-case syllable, as a Korean given name
 * does: "Lee Jun-seok" is not the listed Lee Jun. Not a compound with a name of longer words
 * ("Narendra Modi-led", "Putin-freundlich").
 */
function syllableAfter(ctx: Context, first: number, last: number): boolean {
  const tokens = ctx.doc.tokens;
  const next = tokens[last + 1];
  if (next?.joined !== true || next.shape !== Shape.Lower || next.key.length > 5 || ctx.free[last + 1] !== -1)
    return false;
  for (let t = first; t <= last; t++) if ((tokens[t]?.key.length ?? 0) > 4) return false;
  return true;
}

/**
 * A shortened name followed at once by a capitalised word nothing explains is the start of
 * someone else's longer name: "Juan Carlos Rivero, an analyst" is not Juan Carlos I. Not where
 * every noun is capitalised ("sagte Olaf Scholz Reportern").
 */
function runsIntoOtherName(ctx: Context, ids: readonly string[], last: number): boolean {
  const tokens = ctx.doc.tokens;
  const next = tokens[last + 1];
  // Into a particle and a name in any language: "Mohammed Said al-Sahhaf" is not Libya's Muhammad
  // Osman Said. Not into the person's own name: "Sheikh Tamim bin Hamad al-Thani".
  const then = tokens[last + 2];
  if (
    next !== undefined &&
    PARTICLES.has(next.key) &&
    next.sentence === tokens[last]?.sentence &&
    adjacent(ctx.doc, last, last + 1) &&
    then?.shape === Shape.Capitalized &&
    then.joined &&
    ctx.free[last + 2] === -1 &&
    !ids.some((id) => ownNameWords(ctx.byId.get(id)).has(foldDiacritics(then.key)))
  )
    return true;
  return (
    !ctx.doc.lexicon.bundle.language.nounsCapitalised &&
    next !== undefined &&
    next.sentence === ctx.doc.tokens[last]?.sentence &&
    next.shape === Shape.Capitalized &&
    ctx.free[last + 1] === -1 &&
    adjacent(ctx.doc, last, last + 1) &&
    !notNameWord(ctx, next.key)
  );
}

function pick(
  ctx: Context,
  ids: readonly string[],
  office: OfficeMention | null,
  officeCountryId: string | null,
): { leader: LeaderRecord; held: LeaderOffice | null } | null {
  // A plain loop: flatMap would make a one-element array per id, and a common surname has dozens.
  const candidates: LeaderRecord[] = [];
  for (const id of ids) {
    const leader = ctx.byId.get(id);
    if (leader) candidates.push(leader);
  }
  const roleFits = (o: LeaderOffice) => !office || o.role === office.role;
  const fits = (o: LeaderOffice) => roleFits(o) && (!officeCountryId || o.country === officeCountryId);
  // A title of a state fits an office of the former state it succeeded when none of its own does:
  // "den Kremlchefs Breschnew, Andropow und Tschernenko" in 2022 were the Soviet Union's.
  const succeeded = (o: LeaderOffice) =>
    roleFits(o) && officeCountryId !== null && ctx.heirs.get(o.country) === officeCountryId;
  const own = pickBy(ctx, candidates, office, fits);
  // Only for a one-word title of a seat or a state ("Kremlchef"), and only where no one of the
  // name held the state's own office at all (an ambiguous own holder stays ambiguous).
  if (own || !office?.compound || officeCountryId === null) return own;
  if (candidates.some((leader) => leader.offices.some(fits))) return null;
  return pickBy(ctx, candidates, office, succeeded);
}

/** `pick` with one test of which offices fit the title. */
function pickBy(
  ctx: Context,
  candidates: readonly LeaderRecord[],
  office: OfficeMention | null,
  fits: (o: LeaderOffice) => boolean,
): { leader: LeaderRecord; held: LeaderOffice | null } | null {
  const current = candidates.filter((leader) => heldOn(ctx, leader).some(fits));
  if (current.length === 1 && current[0]) {
    return { leader: current[0], held: inNamedCountry(ctx, heldOn(ctx, current[0]).filter(fits)) ?? null };
  }
  if (current.length > 1) {
    // Two kings Abdullah at once: the one whose country the article names, if only one's is.
    const named = current.filter((leader) =>
      heldOn(ctx, leader).some((o) => fits(o) && ctx.named.has(o.country)),
    );
    if (named.length !== 1 || !named[0]) return null;
    return { leader: named[0], held: inNamedCountry(ctx, heldOn(ctx, named[0]).filter(fits)) ?? null };
  }
  if (!office) return null;
  // A title names an office held then or before ("former President X"), not one taken later:
  // "Lee Jae-myung, leiðtogi flokksins" in 2024 leads a party, not yet the state.
  const begun = (o: LeaderOffice) => fits(o) && (o.since ?? '') <= ctx.day;
  const tied = candidates.filter((leader) => leader.offices.some(begun));
  if (tied.length === 1 && tied[0]) {
    // The latest begun; of several begun together, the state with the larger political life
    // ("Former president Francois Hollande" is France's, not Andorra's co-prince).
    const held = [...tied[0].offices]
      .filter(begun)
      .sort((a, b) => (b.since ?? '').localeCompare(a.since ?? '') || byStanding(ctx.standing, a, b));
    return { leader: tied[0], held: held[0] ?? null };
  }
  return null;
}

interface CountryIndex {
  /** The country mentions ending at each token, in the order the mentions are listed. */
  endingAt: Map<number, EntityMention[]>;
  /** The same, by the token each starts at. */
  startingAt: Map<number, EntityMention[]>;
  /** Each mention's place in the list, to keep that order when both maps give candidates. */
  order: Map<EntityMention, number>;
}

function indexCountries(entities: readonly EntityMention[]): CountryIndex {
  const index: CountryIndex = { endingAt: new Map(), startingAt: new Map(), order: new Map() };
  entities.forEach((entity, i) => {
    if (entity.kind !== 'country') return;
    index.order.set(entity, i);
    for (const [map, at] of [
      [index.endingAt, entity.last],
      [index.startingAt, entity.first],
    ] as const) {
      const list = map.get(at);
      if (list) list.push(entity);
      else map.set(at, [entity]);
    }
  });
  return index;
}

const partsCache = new WeakMap<ReadonlyMap<string, OrganizationRecord>, Map<string, string[]>>();

/** The ids of each organization's institutions (those whose `parent` it is), worked out once. */
function partsOf(organizations: ReadonlyMap<string, OrganizationRecord>): Map<string, string[]> {
  let parts = partsCache.get(organizations);
  if (!parts) {
    parts = new Map();
    for (const o of organizations.values()) {
      if (o.parent === undefined) continue;
      const list = parts.get(o.parent);
      if (list) list.push(o.id);
      else parts.set(o.parent, [o.id]);
    }
    partsCache.set(organizations, parts);
  }
  return parts;
}

/** The ids of the entities of one kind. */
function idsOf(entities: readonly EntityMention[], kind: EntityMention['kind']): Set<string> {
  const ids = new Set<string>();
  for (const entity of entities) if (entity.kind === kind) ids.add(entity.id);
  return ids;
}

/** The bodies with their parts ("EU-Ratspräsident Michel" heads the European Council, part of the EU). */
function withParts(bodies: Set<string>, organizations: ReadonlyMap<string, OrganizationRecord>): Set<string> {
  if (bodies.size === 0) return bodies;
  const out = new Set(bodies);
  for (const id of bodies) for (const part of partsOf(organizations).get(id) ?? []) out.add(part);
  return out;
}

/**
 * Decides who the names in the article are. A full name links when the person held an office
 * on the article's date or the text ties them to one ("former President X"); a surname alone
 * links to a leader already named in full, to an office holder named with the title, or to the
 * one current head of state or government of a country the article mentions. People introduced
 * by an office title but absent from the reference list are kept with an id slug.
 */
export function resolveLeaders(
  doc: Doc,
  names: NameCandidate[],
  offices: OfficeMention[],
  entities: EntityMention[],
  covered: readonly number[],
  free: readonly number[],
  leaders: Map<string, LeaderRecord>,
  today: DayDate,
  organizations: ReadonlyMap<string, OrganizationRecord> = new Map(),
  heirs: ReadonlyMap<string, string> = new Map(),
): ResolvedLeader[] {
  const ctx: Context = {
    doc,
    day: isoDay(doc.date ?? today),
    byId: leaders,
    offices,
    entities,
    covered,
    held: new Map(),
    standing: standingOf(leaders),
    free,
    named: idsOf(entities, 'country'),
    countries: indexCountries(entities),
    leadIns: new Map(),
    positions: new Map(),
    indexed: false,
    years: null,
    heirs,
    namedOrganizations: withParts(idsOf(entities, 'org'), organizations),
  };
  const former = doc.lexicon.bundle.language.markers.former;
  const found = new Map<string, ResolvedLeader>();
  const usedOffices = new Set<OfficeMention>();

  const add = (
    leader: LeaderRecord,
    held: LeaderOffice | null,
    span: { first: number; last: number; sentence: number },
  ) => {
    let entry = found.get(leader.id);
    if (!entry) {
      const current = held ?? inNamedCountry(ctx, heldOn(ctx, leader)) ?? null;
      const past = current ? null : latestBefore(leader, ctx.day, ctx.standing);
      const head = current ? null : headingOn(leader, ctx.day);
      const office =
        headshipFirst(head, past, ctx.day) && !pastStateNamed(ctx, head, past) ? null : (current ?? past);
      const ahead = office !== null && office.since !== null && office.since > ctx.day;
      entry = {
        id: leader.id,
        wikidata: leader.wikidata,
        name: leader.name,
        country: office?.country ?? null,
        // Someone named before taking any office of the list holds none of its roles yet.
        role:
          office === null && head !== null ? 'head of organization' : ahead ? null : (office?.role ?? null),
        spans: [],
      };
      found.set(leader.id, entry);
    }
    // A span of its own rather than the name candidate itself: every span then has one shape,
    // and the code reading spans stays monomorphic (mixed shapes kept deoptimising it).
    entry.spans.push({ first: span.first, last: span.last, sentence: span.sentence });
  };

  // Full names that pass the checks below but link to no one here; see the pass at the end.
  const unlinked: NameCandidate[] = [];
  for (const written of names.filter((n) => !n.surname)) {
    const name = pastNamesakes(ctx, written, former);
    if (nonLeaderContext(ctx, name.first) || namesAPlace(ctx, name.first, name.last)) continue;
    // "said Modibo Keita, a 52-year-old fabric trader": a past leader's namesake, described so.
    const described = describedAsNonLeader(ctx, name.last);
    if (described && !name.ids.some((id) => servesOn(ctx, id))) continue;
    if (name.shortened && runsIntoOtherName(ctx, name.ids, name.last)) continue;
    if (syllableAfter(ctx, name.first, name.last)) continue;
    let office = officeNextTo(ctx, name.first, name.last);
    // A shortened name under a head's title no one of that name ever held is a namesake's: "die
    // BBVA unter ihrem Präsidenten Carlos Torres" is not Peru's premier Carlos Torres y Torres Lara.
    if (name.shortened && office !== null && !heldRoleEver(ctx, name.ids, office.role)) continue;
    // "Mark Rutte, the former Dutch prime minister" in 2025 heads NATO: a past title says what
    // someone was, not what they are when they hold an office or head a body on the day.
    if (office && formerTitle(ctx, office) && name.ids.some((id) => servesOn(ctx, id))) {
      usedOffices.add(office);
      office = null;
    }
    const country = office ? officeCountry(ctx, office) : null;
    const titled = pick(ctx, name.ids, office, country);
    let chosen = titled ?? (office ? pick(ctx, name.ids, null, null) : null);
    // A deputy head's title the text ties to the person's own state, which the list lacks for
    // them, says what the text calls them: "Tánaiste Simon Coveney" in 2019, listed as foreign
    // minister, was deputy premier too. (Heads are all listed, and titles such as "Crown Prince"
    // name no head of government everywhere; a minister's title under a listed higher role keeps
    // that role: "Bundeswirtschaftsminister Robert Habeck", vice-chancellor.)
    if (
      office?.role &&
      !titled &&
      chosen?.held &&
      isMinisterRole(chosen.held.role) &&
      isDeputyRole(office.role) &&
      country === chosen.held.country &&
      !ctx.doc.lexicon.bundle.language.conjunctions.includes(ctx.doc.tokens[office.first - 1]?.key ?? '')
    ) {
      chosen = { leader: chosen.leader, held: textOffice(chosen.held.country, office.role) };
    }
    // A member of a collective head of state with a minister's title next to the name is that
    // minister: "Außenminister Ignazio Cassis" of the Swiss Federal Council.
    if (
      office?.role &&
      chosen?.held &&
      isMinisterRole(office.role) &&
      !isMinisterRole(chosen.held.role) &&
      sharedOffice(ctx, chosen.leader.id, chosen.held)
    ) {
      // Of the seat's state, not the one a paper's title implies for its own people.
      const state = country !== null && !impliedNative(ctx, office, country) ? country : chosen.held.country;
      chosen = { leader: chosen.leader, held: textOffice(state, office.role) };
    }
    if (office && chosen?.held)
      chosen = { leader: chosen.leader, held: jointTitleOffice(ctx, office, chosen) };
    if (!chosen) {
      // A full name that is one person's only is that person, in office on the day or not: news
      // names past leaders ("Hosni Mubarak resigned", "Álvaro Uribe, fyrrverandi forseti"). A
      // title written next to it says what the text calls them then (Kagame, defence minister in
      // 1998, president from 2000); without one, someone whose offices all lie ahead (a
      // candidate who won later) is no leader yet.
      const found1 =
        name.ids.length === 1 ? ctx.byId.get(name.ids[0] ?? '') : latestNamesake(ctx, name.ids, name.first);
      // Someone out of office for decades, under no title, in an article naming none of their
      // states, is a namesake: "Markus Feldmann, a pump maker" in 2024 is no Swiss Federal
      // Councillor of the 1950s.
      const only = found1 && !office && forgottenHere(ctx, found1) ? undefined : found1;
      if (only) {
        const latest = latestBefore(only, ctx.day, ctx.standing);
        // Only a title tied to a state: "leiðtogi Verkamannaflokksins" leads a party, and
        // "forseti framkvæmdastjórnar ESB" the Commission. A minister's title the text ties to
        // none is of the person's own state ("Außenminister Alexander Schallenberg", listed as
        // Austria's chancellor), not of the state the article names most.
        // A deputy's too: "In Moscow, Anatoly Chubais, named first deputy prime minister" after a
        // paragraph on India is Russia's.
        const ownState =
          office?.role && (isMinisterRole(office.role) || isDeputyRole(office.role))
            ? (latest?.country ?? null)
            : null;
        // The paper's own state a title implies gives way to the state the sentence is set in:
        // "Í Lundúnum sagði Jack Straw innanríkisráðherra" in 1998 is Britain's home secretary.
        const tied = office ? officeCountry(ctx, office) : null;
        const native = office !== null && impliedNative(ctx, office, tied);
        const scene = native && office ? sceneCountry(ctx, office) : null;
        // Nor is it the state of someone the list has only for another: "Lee Ju-ho
        // menntamálaráðherra" in an Icelandic paper is South Korea's minister, and "Bundespräsident
        // Thomas Klestil" (a title German papers take for Germany's) was Austria's.
        const listedElsewhere =
          office !== null && impliedByTitle(office, tied) && !only.offices.some((o) => o.country === tied)
            ? (latest?.country ?? only.offices[0]?.country ?? null)
            : null;
        const titledAs = office
          ? (scene ?? listedElsewhere ?? tied ?? ownState ?? ministerCountry(ctx, office, found))
          : null;
        // A seat's title read on today's day ("Kremlchef Leonid Breschnew" in 2022) names the
        // former state the person's office was of, not its heir.
        const titledCountry =
          latest && titledAs !== null && ctx.heirs.get(latest.country) === titledAs
            ? latest.country
            : titledAs;
        // A past title ("the former Dutch finance minister") gives way to the office the list
        // has for them before the day; with none listed, it is what the text says they held.
        const pastTitle =
          office !== null && (formerTitle(ctx, office) || precededBy(ctx, name.first, former, 3));
        const begun = latest && (latest.since === null || latest.since <= ctx.day) ? latest : null;
        const titled =
          office?.role && titledCountry && !(pastTitle && begun)
            ? textOffice(titledCountry, office.role)
            : null;
        if (titled) chosen = { leader: only, held: titled };
        else if (headshipFirst(headingOn(only, ctx.day), latest, ctx.day))
          chosen = { leader: only, held: null };
        else if (begun) chosen = { leader: only, held: begun };
      }
    }
    if (!chosen) {
      if (!described) unlinked.push(name);
      continue;
    }
    if (office) usedOffices.add(office);
    add(chosen.leader, chosen.held, name);
  }

  const surnames = names.filter((n) => n.surname);
  // Only surnames alone need these; an article without one does not make them.
  const fullNamed = surnames.length > 0 ? new Set(found.keys()) : new Set<string>();
  const fullNames = surnames.length > 0 ? names.filter((n) => !n.surname) : [];
  // Surnames linked through a title, by their last word: the next surname of a list shares it.
  const titled = new Map<number, OfficeMention>();
  for (const name of surnames) {
    if (nonLeaderContext(ctx, name.first) || namesAPlace(ctx, name.first, name.last)) continue;
    if (monthAt(ctx, name.first, name.last)) continue;
    if (nounAfterArticle(ctx, name.first, name.last)) continue;
    if (partOfOtherName(ctx, name.first, name.last, name.ids)) {
      // A given name the lexicon lacks before the surname of the office holder the title next to
      // it names is that holder's ("Vladímír Pútín Rússlandsforseti"); without such a title it is
      // someone else's name ("Pierre Trudeau", "Seydou Keita").
      const office = officeNextTo(ctx, name.first, name.last);
      const chosen = office ? holderOnDay(ctx, name.ids, office, officeCountry(ctx, office)) : null;
      if (office && chosen) {
        usedOffices.add(office);
        add(chosen.leader, chosen.held, { ...name, first: givenNamesStart(ctx, name.first) });
      }
      continue;
    }
    const known = name.ids.filter((id) => fullNamed.has(id));
    // Under a title, the surname is whoever holds that office on the day, though a namesake was
    // named in full: "President Bush said …; his father, George H. W. Bush, …" in 2003.
    // Not under a word of the past ("Former President Bush", "the late President Aliyev"), nor in
    // a sentence dated by a year before the day ("In January 1991, President Bush told Congress").
    const title =
      known.length === 1 && !pastSentence(ctx, name.first) ? officeNextTo(ctx, name.first, name.last) : null;
    const titledBy = title && !formerTitle(ctx, title) ? title : null;
    const onTheDay = titledBy ? holderOnDay(ctx, name.ids, titledBy, officeCountry(ctx, titledBy)) : null;
    if (titledBy && onTheDay && onTheDay.leader.id !== known[0]) {
      usedOffices.add(titledBy);
      add(onTheDay.leader, onTheDay.held, name);
      continue;
    }
    if (known.length === 1 && known[0]) {
      const leader = ctx.byId.get(known[0]);
      const entry = found.get(known[0]);
      if (leader && !(entry && namesakeSince(ctx, entry, name.first, name.last, fullNames)))
        add(leader, null, name);
      continue;
    }
    if (known.length > 1) continue;
    // "Crown Prince Mohammed" after "Mohammed bin Salman": under a title or an honorific, the given
    // name of someone named in full before, not a namesake's surname (Djibouti's premier
    // Abdoulkader Kamil Mohamed); without one, anyone's ("Mohammed, a 34-year-old teacher").
    const given =
      name.first === name.last &&
      (officeNextTo(ctx, name.first, name.last) !== null || isHonorific(ctx, name.first - 1))
        ? namedByGivenName(ctx, found, name.first)
        : null;
    if (given) {
      add(given, null, name);
      continue;
    }
    const direct = officeNextTo(ctx, name.first, name.last);
    const office = direct ?? sharedTitle(ctx, name.first, titled);
    if (office) {
      const country = direct ? officeCountry(ctx, direct) : null;
      // A title tied to no state, in an article naming a body one of them heads that day, is
      // the body's: "European Council President Michel" is Charles Michel, not the Seychelles'.
      const heads = country === null ? name.ids.filter((id) => headsNamedBody(ctx, ctx.byId.get(id))) : [];
      const head = heads.length === 1 ? ctx.byId.get(heads[0] ?? '') : undefined;
      // A shared title names those who hold it on the day (and no body's head).
      const chosen = head
        ? { leader: head, held: null }
        : direct
          ? pick(ctx, name.ids, office, country)
          : holderOnDay(ctx, name.ids, office, null);
      if (chosen && (direct || chosen.held !== null)) {
        usedOffices.add(office);
        titled.set(name.last, office);
        add(chosen.leader, chosen.held, name);
      }
      continue;
    }
    const surface = doc.text.slice(doc.tokens[name.first]?.start ?? 0, doc.tokens[name.last]?.end ?? 0);
    if (surface.length < 4) continue;
    // "Bjarni Þór Gunnarsson … sagði Bjarni": the word alone is the person named in full with it.
    if (name.first === name.last && inAnotherFullName(ctx, name.first, name.ids)) continue;
    const heads = name.ids.flatMap((id) => {
      const leader = ctx.byId.get(id);
      // A monarch's regnal name alone is anyone's given name ("Mohammed, who sells vegetables").
      if (leader?.offices.some((o) => MONARCH_TITLES.has(o.title))) return [];
      const held = leader ? heldOn(ctx, leader).filter((o) => tierOf(o) === 0) : [];
      if (leader && held.some((o) => ctx.named.has(o.country))) return [leader];
      // "UN chief Guterres": the head, on the day, of an organization the article names.
      return leader && headsNamedBody(ctx, leader) ? [leader] : [];
    });
    if (heads.length === 1 && heads[0]) add(heads[0], null, name);
  }

  const claimed = new Set<number>();
  for (const entry of found.values())
    for (const span of entry.spans) for (let t = span.first; t <= span.last; t++) claimed.add(t);
  for (const office of [...offices, ...counterpartOffices(ctx, found)]) {
    pairedWithListed(ctx, claimed, office, found);
    if (usedOffices.has(office)) continue;
    adHocLeader(ctx, claimed, office, found, (span, country) => {
      // A surname alone after the title is its holder on the day when the list has them: "her
      // US counterpart Blinken", "ihr US-Kollege Blinken".
      const name = surnames.find((n) => n.first === span.first && n.last === span.last);
      const chosen = name ? holderOnDay(ctx, name.ids, office, country) : null;
      if (!chosen) return false;
      add(chosen.leader, chosen.held, { ...span, sentence: office.sentence });
      return true;
    });
  }
  // A listed name of someone the article has established, left unlinked for want of an office on
  // the day: "sagði Sigurður Ingi" after "Sigurður Ingi Jóhannsson, sjávarútvegsráðherra".
  for (const name of unlinked) {
    const entry = name.ids.length === 1 ? found.get(name.ids[0] ?? '') : undefined;
    if (entry && !entry.spans.some((s) => s.first <= name.last && name.first <= s.last))
      entry.spans.push({ first: name.first, last: name.last, sentence: name.sentence });
  }
  mergeSurnameEntries(found);
  return [...found.values()];
}

/**
 * A name shared by someone in office on the day and someone who held an office before it, after a
 * word of the past ("the late President Ferdinand Marcos" in 2024), is the earlier one's: the one
 * in office would not be called so. The name as written otherwise.
 */
function pastNamesakes(ctx: Context, name: NameCandidate, former: readonly string[]): NameCandidate {
  if (name.ids.length < 2) return name;
  // The word of the past right before the name or the title right before it: "the late King
  // Abdullah", not "a former aide to King Abdullah" or "her former ally Ferdinand Marcos".
  const title = ctx.offices.find((o) => o.last === name.first - 1 && adjacent(ctx.doc, o.last, name.first));
  const before = ctx.doc.tokens[title ? title.first - 1 : name.first - 1];
  // Or right after the name, opening an apposition: "Bjarni Benediktsson, þáverandi
  // utanríkisráðherra, undirritaði" in 2023 is the one of 1949.
  const after = ctx.doc.tokens[name.last + 1];
  const pastBefore = before?.sentence === name.sentence && former.includes(before.key);
  const pastAfter =
    after?.sentence === name.sentence &&
    former.includes(after.key) &&
    GAP.comma.test(gapText(ctx.doc, name.last, name.last + 1));
  if (!pastBefore && !pastAfter) return name;
  // The title after the word of the past says which office is past: "Bjarni Benediktsson,
  // fyrrverandi fjármálaráðherra" in 2024 is the one who was finance minister, though he holds
  // another office on the day.
  const pastTitle = pastAfter
    ? ctx.offices.find(
        (o) => o.sentence === name.sentence && o.first > name.last + 1 && o.first <= name.last + 3,
      )
    : undefined;
  if (pastTitle?.role) {
    const heldIt = name.ids.filter((id) =>
      ctx.byId
        .get(id)
        ?.offices.some((o) => o.role === pastTitle.role && o.since !== null && o.since <= ctx.day),
    );
    if (heldIt.length > 0) return heldIt.length < name.ids.length ? { ...name, ids: heldIt } : name;
  }
  const past = name.ids.filter((id) => {
    const leader = ctx.byId.get(id);
    return (
      leader !== undefined &&
      heldOn(ctx, leader).length === 0 &&
      leader.offices.some((o) => o.until !== null && o.until <= ctx.day)
    );
  });
  return past.length > 0 && past.length < name.ids.length ? { ...name, ids: past } : name;
}

/**
 * Of namesakes none of whom holds an office on the day, the one in office in the year the passage
 * is about (see `namesakeOfNamedYear`); else the one who took office last before the day:
 * "Bjarni Benediktsson" in 2025 is the prime minister of 2024, not the one of the 1960s. Not one
 * out of office for decades while a namesake takes office later: in 2009 "Bjarni Benediktsson" is
 * the party leader who became prime minister, not yet a leader.
 */
function latestNamesake(ctx: Context, ids: readonly string[], at: number): LeaderRecord | undefined {
  const ofPassage = namesakeOfNamedYear(ctx, ids, at);
  if (ofPassage) return ofPassage;
  let best: LeaderRecord | undefined;
  let bestSince = '';
  let tie = false;
  let laterNamesake = false;
  for (const id of ids) {
    const leader = ctx.byId.get(id);
    if (!leader) continue;
    if (leader.offices.some((o) => o.since !== null && o.since > ctx.day)) laterNamesake = true;
    let since = '';
    for (const o of leader.offices)
      if (o.since !== null && o.since <= ctx.day && o.since > since) since = o.since;
    for (const h of leader.heads ?? []) if (h.since <= ctx.day && h.since > since) since = h.since;
    if (since === '') continue;
    if (since > bestSince) {
      best = leader;
      bestSince = since;
      tie = false;
    } else if (since === bestSince) tie = true;
  }
  if (tie || !best) return undefined;
  if (laterNamesake && lastOfficeEnd(best) < yearsBefore(ctx.day, LONG_GONE_YEARS)) return undefined;
  return best;
}

/**
 * Of namesakes none of whom holds an office on the day, the only one who held one in the year the
 * passage is about (`passageYear`): a look back from 2020 at 1990 means the George Bush of 1990,
 * not his son.
 */
function namesakeOfNamedYear(ctx: Context, ids: readonly string[], at: number): LeaderRecord | undefined {
  const year = passageYear(ctx, at);
  if (year === null) return undefined;
  let only: LeaderRecord | undefined;
  for (const id of ids) {
    const leader = ctx.byId.get(id);
    if (!leader) continue;
    const served = leader.offices.some(
      (o) => (o.since ?? '') <= `${year}-12-31` && (o.until ?? '9999') >= `${year}-01-01`,
    );
    if (!served) continue;
    if (only) return undefined;
    only = leader;
  }
  return only;
}

/** How many sentences either side of a name a year may stand in and still date its passage. */
const PASSAGE_SENTENCES = 2;

/**
 * The year the passage around a token is about: the year ("1990") its sentence names nearest to
 * it, else the one named last before it, else the first after, within `PASSAGE_SENTENCES`. Years
 * from the article's own on are not a look back.
 */
function passageYear(ctx: Context, at: number): string | null {
  const years = yearsNamed(ctx);
  if (years.length === 0) return null;
  const tokens = ctx.doc.tokens;
  const sentence = tokens[at]?.sentence;
  let near = -1;
  let before = -1;
  let after = -1;
  for (const t of years) {
    const other = tokens[t]?.sentence ?? -1;
    if (other === sentence && (near === -1 || Math.abs(t - at) < Math.abs(near - at))) near = t;
    // A year further off is another passage's: "the defence agreement of 1951" paragraphs before
    // "Bjarni Benediktsson, fyrrverandi forsætisráðherra" in 2025.
    if (Math.abs(other - (sentence ?? -1)) > PASSAGE_SENTENCES) continue;
    if (t < at) before = t;
    else if (after === -1) after = t;
  }
  const chosen = near !== -1 ? near : before !== -1 ? before : after;
  return tokens[chosen]?.key ?? null;
}

/** The tokens that name a year before the article's own ("1990", "1991"), in order; found once per article. */
function yearsNamed(ctx: Context): readonly number[] {
  if (!ctx.years) {
    const today = ctx.day.slice(0, 4);
    const years: number[] = [];
    ctx.doc.tokens.forEach((token, t) => {
      if (isYearKey(token.key) && token.key < today) years.push(t);
    });
    ctx.years = years;
  }
  return ctx.years;
}

/** Years out of office after which a namesake active later is taken to be the one meant. */
const LONG_GONE_YEARS = 20;

/** When the person's last listed office ended ('' for none ended; '9999' when one is open). */
/** Years out of office after which a name alone, its state unnamed, is taken for a namesake's. */
const FORGOTTEN_YEARS = 30;

/**
 * Whether a leader held only seats of a collective body (the Swiss Federal Council: "Member of …"
 * in the list), left them `FORGOTTEN_YEARS` before the day, and the article names none of their
 * states: such seats are many and their holders little known, so the name is more likely someone
 * else's. A head of state or government of their own is news for longer (Thatcher, Khrushchev).
 */
function forgottenHere(ctx: Context, leader: LeaderRecord): boolean {
  return (
    lastOfficeEnd(leader) < yearsBefore(ctx.day, FORGOTTEN_YEARS) &&
    (leader.heads ?? []).length === 0 &&
    leader.offices.every((o) => o.title.startsWith('Member of')) &&
    !leader.offices.some((o) => ctx.named.has(o.country))
  );
}

/** The day `years` years before an ISO day, as an ISO day: "2024-11-07" less 30 is "1994-11-07". */
function yearsBefore(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
}

function lastOfficeEnd(leader: LeaderRecord): string {
  let end = '';
  for (const o of leader.offices) {
    const until = o.until ?? '9999';
    if (until > end) end = until;
  }
  return end;
}

/**
 * "his Lithuanian counterpart X", "ihren litauischen Kollegen X", "litháískan starfsbróður sinn,
 * X": X holds the office of the leader named just before, in the state of the adjective. Each is
 * an office at the counterpart word, after which `adHocLeader` looks for the name (a name of the
 * reference list there is linked by itself, and claimed).
 */
function counterpartOffices(ctx: Context, found: ReadonlyMap<string, ResolvedLeader>): OfficeMention[] {
  const offices = ctx.doc.lexicon.bundle.offices;
  const words = offices?.counterparts ?? [];
  if (words.length === 0) return [];
  const followers = offices?.counterpartFollowers ?? [];
  const tokens = ctx.doc.tokens;
  const out: OfficeMention[] = [];
  for (const state of ctx.entities) {
    const at = state.last + 1;
    const word = tokens[at];
    if (state.kind !== 'country' || !word || !words.includes(word.key)) continue;
    if (word.sentence !== state.sentence || !adjacent(ctx.doc, state.last, at)) continue;
    const role = referentRole(ctx, found, at);
    if (role === null) continue;
    const next = tokens[at + 1];
    const last = next?.sentence === word.sentence && followers.includes(next.key) ? at + 1 : at;
    // In the key order `classify` makes office mentions with: one hidden class for all of them.
    out.push({
      first: at,
      last,
      sentence: word.sentence,
      role,
      country: state.id,
      compound: false,
      among: null,
    });
  }
  return out;
}

/**
 * The role of whom a counterpart is counterpart to: the leader or office title last named before
 * `at`, in its sentence or the one before ("Lavrov landed in Vilnius. He met his counterpart …").
 */
function referentRole(
  ctx: Context,
  found: ReadonlyMap<string, ResolvedLeader>,
  at: number,
): LeaderRole | null {
  const sentence = ctx.doc.tokens[at]?.sentence ?? 0;
  const named = lastLeaderBefore(found, at, sentence, (leader) => leader.role !== null);
  let end = named?.end ?? -1;
  let role: LeaderRole | null = named?.leader.role ?? null;
  for (const office of ctx.offices) {
    if (office.last < at && office.last > end && office.sentence >= sentence - 1) {
      end = office.last;
      role = office.role;
    }
  }
  return role;
}

/** Office titles of monarchs in the leaders data (written in English there). */
const MONARCH_TITLES = new Set(['King', 'Queen', 'Emperor', 'Prince', 'Grand Duke', 'Sultan', 'Emir']);

const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'de',
  'da',
  'del',
  'bin',
  'al',
  'el',
  'la',
  'le',
  'du',
  'dos',
  'ibn',
  // Only as the Dutch "van den" (see `particleAt`): after a German name it is an article.
  'den',
]);

/** Whether the token at `t` is a name particle there: "den" only after "van" ("Hans van den Broek"). */
function particleAt(tokens: readonly Token[], t: number): boolean {
  const key = tokens[t]?.key ?? '';
  return PARTICLES.has(key) && (key !== 'den' || tokens[t - 1]?.key === 'van');
}

function nameAt(
  ctx: Context,
  claimed: ReadonlySet<number>,
  from: number,
  step: 1 | -1,
  minWords = 2,
): { first: number; last: number } | null {
  const tokens = ctx.doc.tokens;
  const sentence = tokens[from]?.sentence;
  const picked: number[] = [];
  // Up to four capitalised words, and the particles between them ("Abdullah bin Zayed Al Nahyan").
  let words = 0;
  for (let t = from; t >= 0 && t < tokens.length && words < 4; t += step) {
    const token = tokens[t];
    if (!token || token.sentence !== sentence) break;
    if (picked.length > 0) {
      const [a, b] = step === 1 ? [t - 1, t] : [t, t + 1];
      if (!adjacent(ctx.doc, a, b) && !afterInitial(ctx.doc, a, b)) break;
    }
    const capital = token.shape === Shape.Capitalized;
    // The second half of a hyphenated given name may be lower case: "Cho Myoung-gyon", and read
    // backwards from a title after the name, "Lin Chia-lung, Taiwan's foreign minister".
    const joinedHalf =
      !capital &&
      token.joined &&
      (step === 1 ? picked.length > 0 : tokens[t - 1]?.shape === Shape.Capitalized);
    if (!capital && !joinedHalf && !(particleAt(tokens, t) && picked.length > 0)) break;
    // "A." before a name is an initial, whatever the word "a" is otherwise; "der" and "den" after
    // "van" are a Dutch name's, whatever they are in German.
    const dutch = tokens[t - 1]?.key === 'van' && particleAt(tokens, t);
    if (notNameWord(ctx, token.key) && !afterInitial(ctx.doc, t, t + 1) && !dutch) break;
    // "But Smriti Irani, the minister": a word that opens sentences opens no name.
    if (
      opensSentence(ctx.doc, t) &&
      (ctx.doc.lexicon.bundle.language.sentenceOpeners ?? []).includes(token.key)
    )
      break;
    // A word hyphened to an acronym is a compound noun, no name: "EU-Sonderbeauftragte", "US-Präsident".
    if (token.joined && tokens[t - 1]?.shape === Shape.Upper) break;
    // So is the end of three words hyphened together: "Euro-Gruppen-Chef", where a name has two at most.
    if (token.joined && tokens[t - 1]?.joined) break;
    // Where nouns are capitalised, a word after an article read backwards is a noun before the
    // name: "Der Grünliberale Viktor Rossi".
    if (step === -1 && picked.length >= 1 && nounAfterArticle(ctx, t, t)) break;
    // An honorific or a rank opens no name: "Sheikh Mishal …" is Mishal …
    if (picked.length === 0 && step === 1 && styleAt(ctx, t)) continue;
    // … and, read backwards, ends one: "Gen Salifou Mody becomes defence minister".
    if (step === -1 && picked.length > 0 && styleAt(ctx, t)) break;
    // A word that is only some leader's surname is a free name word here ("Ahmed", "Khan"),
    // unless it named one of the leaders found.
    if (capital && (ctx.free[t] !== -1 || claimed.has(t))) {
      // Words running into a leader found are that leader's name or style, not a second person:
      // "Cristina Fernández de [Kirchner]", "Foreign Minister Prince [Faisal bin Farhan]".
      if (claimed.has(t) && picked.length > 0) return null;
      break;
    }
    picked.push(t);
    if (!particleAt(tokens, t) && !joinedHalf) words++;
  }
  while (picked.length > 0 && particleAt(tokens, picked[picked.length - 1] ?? 0)) picked.pop();
  // Nor does an initial end one: "Geir H." before a "Haarde" already claimed is no name.
  picked.sort((a, b) => a - b);
  while (picked.length > 0 && tokens[picked[picked.length - 1] ?? 0]?.key.length === 1) picked.pop();
  // A hyphened half alone is no name: "the Saudi-backed minister".
  if (picked.length < minWords || picked.every((t) => tokens[t]?.shape !== Shape.Capitalized)) return null;
  const first = picked[0] ?? 0;
  const last = picked[picked.length - 1] ?? 0;
  if (picked.length === 1 && !oneWordName(ctx, first)) return null;
  return { first, last };
}

/** Whether `left` is a middle initial with its full stop before `right` ("H. Haarde"). */
function afterInitial(doc: Doc, left: number, right: number): boolean {
  const token = doc.tokens[left];
  return (
    right === left + 1 &&
    token !== undefined &&
    token.key.length === 1 &&
    token.shape === Shape.Capitalized &&
    INITIAL_STOP.test(gapText(doc, left, right))
  );
}

/** A capitalised run ending so names a body, not a person ("Defence Ministry", "Workers' Party"). */
const INSTITUTION =
  /(?:^|\s)(?:Party|Movement|Front|Alliance|Council|Ministry|Bank|Army|Government|Union|Commission|Committee|Court|Office|Agency|Forces|Company|Corporation|Group|Authority|Institute|University|Association|Federation|Foundation|Fund|Service|Airlines|Airways)$/;

/**
 * Whether a capitalised word alone can be a name right after a title ("Defence Minister
 * Wiranto"): not a month or a day word (`notNameWord` has already stopped at function words).
 */
function oneWordName(ctx: Context, at: number): boolean {
  const language = ctx.doc.lexicon.bundle.language;
  const key = ctx.doc.tokens[at]?.key ?? '';
  // A noun with its article is no name: "utanríkisráðherra Norðurlandanna" (of the Nordic countries).
  const definite = (language.definiteEndings ?? []).some(
    (ending) => key.length > ending.length + 2 && key.endsWith(ending),
  );
  return (
    key.length >= 3 &&
    !definite &&
    !compiledGrammar(language).months.has(key) &&
    !Object.hasOwn(language.relativeDays, key)
  );
}

/** A word no name is made of, capitalised or not: "The", "On", "Former", "Sunday". */
function notNameWord(ctx: Context, key: string): boolean {
  const language = ctx.doc.lexicon.bundle.language;
  return (
    (language.stopwords ?? []).includes(key) ||
    (language.determiners ?? []).includes(key) ||
    language.markers.former.includes(key) ||
    (language.weekdays ?? []).includes(key) ||
    (language.regionWords ?? []).includes(key) ||
    // A title the lexicon does not know, made like one it does: "Gipfelpräsident", "Konferenzpräsident".
    ctx.doc.lexicon.compoundOffice.some(([head]) => titleMadeWith(key, head)) ||
    // Or a title of no state office, where nouns are capitalised: "Klubobmann", "Landeshauptmann".
    (language.titleNounEndings ?? []).some((end) => titleMadeWith(key, end)) ||
    // Or a minister's: "Vizeregierungschef Pjotr Musterow Minister werden".
    (ctx.doc.lexicon.bundle.offices?.portfolioEndings ?? []).some((end) => key.endsWith(end))
  );
}

/** Whether a word is a title ending in `end` after a first part of three letters or more. */
function titleMadeWith(key: string, end: string): boolean {
  return key.length > end.length + 2 && key.endsWith(end);
}

/**
 * The state named last before an untied title, in its sentence or the one before: "Italy recorded
 * 683 deaths. Health Minister Roberto Speranza said" in a story that names India's leaders more.
 */
function nearCountry(ctx: Context, office: OfficeMention): string | null {
  let near: EntityMention | null = null;
  for (const entity of ctx.entities) {
    if (entity.kind !== 'country' || entity.last >= office.first) continue;
    if (entity.sentence >= office.sentence - 1 && (near === null || entity.last > near.last)) near = entity;
  }
  return near?.id ?? null;
}

/**
 * The country the article names most often, when one leads all others; else null. Each leader
 * found counts once for their state: a story on Austria names its president and chancellor more
 * often than the country itself.
 */
function mainCountry(ctx: Context, found?: ReadonlyMap<string, ResolvedLeader>): string | null {
  const counts = new Map<string, number>();
  for (const entity of ctx.entities)
    if (entity.kind === 'country') counts.set(entity.id, (counts.get(entity.id) ?? 0) + 1);
  for (const leader of found?.values() ?? [])
    if (leader.country !== null) counts.set(leader.country, (counts.get(leader.country) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}

/**
 * The country the text ties to an office; for a minister it does not tie to one, the state the
 * article is about ("Economy Minister Domingo Cavallo" in a story on Argentina, "kept Enoch
 * Godongwana as finance minister" in one on South Africa).
 */
function ministerCountry(
  ctx: Context,
  office: OfficeMention,
  found?: ReadonlyMap<string, ResolvedLeader>,
): string | null {
  // A head's or a deputy's title names its state, or names none: "Commission Vice President
  // Šefčovič" is no deputy of a state the article names elsewhere. A deputy's title standing alone
  // right after the state's head is named is that head's deputy: "Argentine President Fernando de
  // la Rúa … Vice President Carlos Álvarez resigned", "Vizekanzler Sigmar Gabriel" after Merkel.
  if (office.role === null || !isMinisterRole(office.role)) {
    const tied = officeCountry(ctx, office);
    if (tied !== null || !found || !isDeputyRole(office.role)) return tied;
    // The title with its ordinal written as part of it: "First Vice President".
    const ordinals = ctx.doc.lexicon.bundle.language.titleOrdinals ?? [];
    let first = office.first;
    while (
      first > office.first - 2 &&
      ctx.doc.tokens[first - 1]?.shape === Shape.Capitalized &&
      ordinals.includes(ctx.doc.tokens[first - 1]?.key ?? '')
    )
      first--;
    const before = ctx.doc.tokens[first - 1];
    // "Francisco Santos, Uribe's vice-president": the deputy of a head the article has named.
    if (possessiveAt(ctx.doc, first - 1)) {
      for (const leader of found.values()) {
        if (leader.spans.some((s) => s.first <= first - 1 && first - 1 <= s.last)) return leader.country;
      }
    }
    // A body's name right before it: "Commission Vice President Šefčovič".
    if (
      before?.sentence === office.sentence &&
      before.shape !== Shape.Lower &&
      !opensSentence(ctx.doc, first - 1)
    )
      return null;
    // "China sent Vice President Han Zheng" after a sentence naming Britain's premier: a state
    // named one word before the title. Else the last head's, else the state named just before
    // ("Das serbische Parlament billigte den Plan. … Vizepremier Vojislav Šešelj").
    return (
      lastStateBefore(ctx, first, office.sentence, 1, 2) ??
      lastHeadState(ctx, office, found) ??
      lastStateBefore(ctx, office.first, office.sentence, 2) ??
      mainHeadState(ctx, found)
    );
  }
  const tied = officeCountry(ctx, office);
  const previous = found ? lastLeaderState(office, found) : null;
  const nativeImplied = impliedNative(ctx, office, tied);
  // A portfolio that a paper takes for its own people's state ("heilbrigðisráðherra" in an
  // Icelandic paper) is another state's in an article that never names its own, after that
  // state's leader: a foreign brief's "Javier Milei, forseti Argentínu, … Mario Russo
  // heilbrigðisráðherra". Not a title only one state has ("Unification Minister").
  if (
    nativeImplied &&
    previous !== null &&
    !ctx.entities.some((entity) => entity.kind === 'country' && entity.id === tied)
  )
    return previous;
  // Nor where the sentence is set in another state: "Í Svíþjóð hefur Lena Hallengren félagsmálaráðherra".
  if (nativeImplied) return sceneCountry(ctx, office) ?? tied;
  return (
    tied ??
    partyState(ctx, office, found) ??
    pronounState(ctx, office) ??
    sceneCountry(ctx, office) ??
    (found ? subjectState(ctx, office, found) : null) ??
    previous ??
    nearCountry(ctx, office) ??
    mainCountry(ctx, found)
  );
}

/**
 * The state that opens the title's sentence as its subject, in one clause with the title, where no
 * leader is named in that sentence before the title: "Asmara answered by sending Foreign Minister
 * Osman Saleh" after a sentence on Ethiopia's prime minister. Not a possessive ("Russia's invasion
 * prompted …").
 */
function subjectState(
  ctx: Context,
  office: OfficeMention,
  found: ReadonlyMap<string, ResolvedLeader>,
): string | null {
  const [opening] = ctx.doc.sentenceTokens[office.sentence] ?? [-1];
  const subject = ctx.entities.find((e) => e.kind === 'country' && e.first === opening);
  if (!subject || subject.last >= office.first || possessiveAt(ctx.doc, subject.last)) return null;
  // In one clause with the title: not a quotation the title's holder is then said to have said
  // ("Israel will be hit hardest, Trade Minister Omer Bolat told reporters").
  const between = ctx.doc.text.slice(
    ctx.doc.tokens[subject.last]?.end ?? 0,
    ctx.doc.tokens[office.first]?.start ?? 0,
  );
  if (/[,;:"“”„«»]/.test(between)) return null;
  const leaderBetween = lastLeaderBefore(found, office.first, office.sentence, () => true);
  return leaderBetween !== null && leaderBetween.end > subject.last ? null : subject.id;
}

/**
 * The state of a party named in brackets shortly after an untied title, after the holder's name:
 * "Wirtschaftsministerin Katherina Reiche (CDU)" (see `partyStates`).
 */
function partyState(
  ctx: Context,
  office: OfficeMention,
  found?: ReadonlyMap<string, ResolvedLeader>,
): string | null {
  const parties = ctx.doc.lexicon.bundle.language.partyStates;
  if (!parties) return null;
  const { tokens, text } = ctx.doc;
  const partyAt = (t: number) => {
    const states = inBrackets(ctx.doc, t)
      ? parties[text.slice(tokens[t]?.start ?? 0, tokens[t]?.end ?? 0)]
      : undefined;
    return states === undefined ? undefined : partyOf(ctx, office, states, found);
  };
  // Before the title too, when the name precedes it: "Christoph Wiederkehr (NEOS) wird
  // Bildungsminister"; not where the sentence names a province ("… wird Finanzminister in Sachsen").
  for (let t = Math.min(leadIn(ctx, office), office.first); t < office.first; t++) {
    const state = partyAt(t);
    if (state === undefined) continue;
    if (!regionNamed(ctx.doc, office.sentence)) return state;
    break;
  }
  for (let t = office.last + 1; t <= office.last + 6 && t < tokens.length; t++) {
    if (tokens[t]?.sentence !== office.sentence) break;
    const state = partyAt(t);
    if (state !== undefined) return state;
  }
  return null;
}

/**
 * Of some states, the one of the leader named last before the title, where it is one of them
 * ("Umweltministerin Leonore Gewessler (Grüne)" after Austria's chancellor, in a story naming
 * Germany more); else the one the article names more often than each other, a leader found counting
 * once for their state; none where none is.
 */
function partyOf(
  ctx: Context,
  office: OfficeMention,
  states: readonly string[],
  found?: ReadonlyMap<string, ResolvedLeader>,
): string | undefined {
  if (states.length <= 1) return states[0];
  const previous = found ? lastLeaderState(office, found) : null;
  if (previous !== null && states.includes(previous)) return previous;
  let best: string | undefined;
  let most = 0;
  for (const state of states) {
    let count = ctx.entities.filter((e) => e.kind === 'country' && e.id === state).length;
    for (const leader of found?.values() ?? []) if (leader.country === state) count++;
    if (count > most) {
      best = state;
      most = count;
    } else if (count === most) best = undefined;
  }
  return best;
}

/** Whether a sentence names a state or province within a country (`regionalTies`). */
function regionNamed(doc: Doc, sentence: number): boolean {
  const ties = compiledGrammar(doc.lexicon.bundle.language).regionalTies;
  const [start, end] = doc.sentenceTokens[sentence] ?? [0, 0];
  for (let t = start; t < end; t++) if (ties.endingAt(doc.tokens, t, sentence)) return true;
  return false;
}

/**
 * The state a possessive pronoun before the title stands for, the one named last before it in its
 * sentence: "Brazil was represented by its foreign minister, Mauro Vieira" (`statePronouns`).
 */
function pronounState(ctx: Context, office: OfficeMention): string | null {
  const before = ctx.doc.tokens[office.first - 1];
  const pronouns = ctx.doc.lexicon.bundle.language.statePronouns;
  if (!before || before.sentence !== office.sentence || !pronouns?.includes(before.key)) return null;
  return lastStateBefore(ctx, office.first - 1, office.sentence, 1);
}

/**
 * Whether the state `officeCountry` gave is only the one the title implies for the paper's own
 * people ("innanríkisráðherra" in an Icelandic paper), the text tying it to none.
 */
function impliedNative(ctx: Context, office: OfficeMention, tied: string | null): boolean {
  return (
    impliedByTitle(office, tied) && (ctx.doc.lexicon.bundle.language.nativeStates ?? []).includes(tied ?? '')
  );
}

/** Whether the state a title is tied to is the one its word implies, with no state named beside it. */
function impliedByTitle(office: OfficeMention, tied: string | null): boolean {
  return tied !== null && !office.compound && tied === office.country;
}

/**
 * The state of the place a sentence or a clause opens with, when an untied title follows in it:
 * "In Damascus, Finance Minister Mohammed Barnieh said" after a sentence on Turkey's president. In
 * a verb-second language the verb follows the place with no comma: "In Damaskus sagte Finanzminister".
 */
function sceneCountry(ctx: Context, office: OfficeMention): string | null {
  const language = ctx.doc.lexicon.bundle.language;
  const [start] = ctx.doc.sentenceTokens[office.sentence] ?? [0];
  const locatives = compiledGrammar(language).locatives;
  // The place nearest before the title that opens the sentence or a clause after a comma: "In der
  // Schweiz hatte Bundesrat Berset …, in Frankreich setzte Gesundheitsminister Véran".
  let scene: string | null = null;
  for (const entity of ctx.entities) {
    if (entity.sentence !== office.sentence || entity.last >= office.first || entity.country === null)
      continue;
    if (entity.kind !== 'place' && entity.kind !== 'country') continue;
    // Over a word or two in lower case: "In neighbouring Brazil, Finance Minister Pedro Malan".
    let at = entity.first - 1;
    const stopwords = language.stopwords ?? [];
    while (
      at > entity.first - 3 &&
      ctx.doc.tokens[at]?.shape === Shape.Lower &&
      !locatives.has(ctx.doc.tokens[at]?.key ?? '') &&
      // A qualifier, not a preposition: "In talks with China, Trade Minister X" is no scene.
      !stopwords.includes(ctx.doc.tokens[at]?.key ?? '')
    )
      at--;
    const opener = ctx.doc.tokens[at];
    if (!opener || opener.sentence !== office.sentence || !locatives.has(opener.key)) continue;
    if (at !== start && !COMMA_LAST.test(gapText(ctx.doc, at - 1, at))) continue;
    // Verb second, the verb and perhaps the holder's name come between: "Í Svíþjóð hefur Lena
    // Hallengren félagsmálaráðherra".
    const next = language.verbSecond
      ? office.first - entity.last <= 5
      : gapText(ctx.doc, entity.last, entity.last + 1).includes(',');
    if (next) scene = entity.country;
  }
  return scene;
}

/** An office as a title in the text gives it: a role of a state, without the list's title or dates. */
function textOffice(country: string, role: LeaderRole): LeaderOffice {
  return { country, role, title: '', since: null, until: null };
}

/** A deputy head's role: vice president, deputy prime minister, vice-chancellor. */
function isDeputyRole(role: LeaderRole | null): boolean {
  return role === 'deputy head of state' || role === 'deputy head of government';
}

/**
 * The state named last before token `at`, in sentence `sentence` or the `sentences - 1` before it,
 * ending at most `within` tokens before `at`.
 */
function lastStateBefore(
  ctx: Context,
  at: number,
  sentence: number,
  sentences: number,
  within = Number.POSITIVE_INFINITY,
): string | null {
  let state: string | null = null;
  for (const entity of ctx.entities)
    if (
      entity.kind === 'country' &&
      entity.last < at &&
      at - entity.last <= within &&
      entity.sentence <= sentence &&
      entity.sentence > sentence - sentences
    )
      state = entity.id;
  return state;
}

/**
 * The state the article is about, where the text names that state's head: "Paul Mashatile remains
 * deputy president" paragraphs after "South African President Cyril Ramaphosa".
 */
function mainHeadState(ctx: Context, found: ReadonlyMap<string, ResolvedLeader>): string | null {
  const main = mainCountry(ctx, found);
  if (main === null) return null;
  for (const leader of found.values())
    if (leader.country === main && (leader.role === 'head of state' || leader.role === 'head of government'))
      return main;
  return null;
}

/**
 * The state of the head of state or government named last before the title, in its sentence or
 * the one before; a state the title's sentence names, the head being in the one before, comes
 * first: "Anthony Albanese spoke. India was represented by Vice-President Jagdeep Dhankhar."
 */
function lastHeadState(
  ctx: Context,
  office: OfficeMention,
  found: ReadonlyMap<string, ResolvedLeader>,
): string | null {
  const head = lastLeaderBefore(
    found,
    office.first,
    office.sentence,
    (leader) =>
      leader.country !== null && (leader.role === 'head of state' || leader.role === 'head of government'),
  );
  if (head === null) return null;
  // Only past a sentence's end: in "President Duterte criticised China, and Vice President Leni
  // Robredo backed him" the state after the head is the object.
  if (ctx.doc.tokens[head.end]?.sentence === office.sentence) return head.leader.country;
  return lastStateBefore(ctx, office.first, office.sentence, 1) ?? head.leader.country;
}

/**
 * The state of the leader named last before an untied title, in its sentence or the one before:
 * "President Emmanuel Macron spoke. Interior Minister Gerald Darmanin accused Azerbaijan" makes
 * Darmanin French, where the state named most (Azerbaijan) would not.
 */
function lastLeaderState(office: OfficeMention, found: ReadonlyMap<string, ResolvedLeader>): string | null {
  return (
    lastLeaderBefore(found, office.first, office.sentence, (leader) => leader.country !== null)?.leader
      .country ?? null
  );
}

/**
 * Of the leaders found that `usable` accepts, the one named last before token `at`, in sentence
 * `sentence` or the one before, with the last token of that mention.
 */
function lastLeaderBefore(
  found: ReadonlyMap<string, ResolvedLeader>,
  at: number,
  sentence: number,
  usable: (leader: ResolvedLeader) => boolean,
): { leader: ResolvedLeader; end: number } | null {
  let best: { leader: ResolvedLeader; end: number } | null = null;
  for (const leader of found.values()) {
    if (!usable(leader)) continue;
    for (const span of leader.spans) {
      if (span.last < at && span.last > (best?.end ?? -1) && span.sentence >= sentence - 1) {
        best = { leader, end: span.last };
      }
    }
  }
  return best;
}

/**
 * Later mentions of a person by the given names of the full name at `span` (every word but the
 * last): "Sigurður Ingi", "Kristrún". Not inside another mention of the person.
 */
function linkGivenNames(
  ctx: Context,
  claimed: ReadonlySet<number>,
  span: { first: number; last: number },
  entry: ResolvedLeader,
): void {
  const tokens = ctx.doc.tokens;
  const given = [];
  for (let t = span.first; t < span.last; t++) given.push(tokens[t]?.key ?? '');
  if (given.length === 0) return;
  for (const t of occurrences(ctx, given[0] ?? '')) {
    if (t + given.length > tokens.length) break;
    if (!given.every((key, k) => tokens[t + k]?.key === key && !claimed.has(t + k) && ctx.free[t + k] === -1))
      continue;
    if (entry.spans.some((s) => s.first <= t + given.length - 1 && t <= s.last)) continue;
    const after = tokens[t + given.length];
    // Followed by another capitalised word, it is someone else's full name ("Sigurður Ingi Pétursson").
    if (
      after?.shape === Shape.Capitalized &&
      after.sentence === tokens[t]?.sentence &&
      adjacent(ctx.doc, t + given.length - 1, t + given.length)
    )
      continue;
    entry.spans.push({ first: t, last: t + given.length - 1, sentence: tokens[t]?.sentence ?? 0 });
  }
}

/**
 * The full name, two words, an unclaimed capitalised surname at `at` was first given in earlier in
 * the article: a given name nothing explains right before the same word, not opening a sentence.
 */
function namedInFullBefore(
  ctx: Context,
  claimed: ReadonlySet<number>,
  at: number,
): { first: number; last: number } | null {
  const tokens = ctx.doc.tokens;
  const surname = tokens[at];
  if (!surname || surname.shape !== Shape.Capitalized || ctx.free[at] !== -1 || claimed.has(at)) return null;
  for (const t of occurrences(ctx, surname.key)) {
    if (t >= at) break;
    const token = tokens[t];
    // The surname is capitalised there too: "dem Kabinett zu Energiefragen" gives "Zu" no name.
    if (t < 1 || token?.shape !== Shape.Capitalized || ctx.free[t] !== -1 || claimed.has(t)) continue;
    const given = tokens[t - 1];
    if (
      given?.shape === Shape.Capitalized &&
      given.sentence === token.sentence &&
      ctx.free[t - 1] === -1 &&
      !claimed.has(t - 1) &&
      adjacent(ctx.doc, t - 1, t) &&
      !opensSentence(ctx.doc, t - 1) &&
      !notNameWord(ctx, given.key) &&
      !isHonorific(ctx, t - 1)
    )
      return { first: t - 1, last: t };
  }
  return null;
}

/** The one leader named in full before `at` whose name opens with the word at `at`, if one. */
function namedByGivenName(
  ctx: Context,
  found: ReadonlyMap<string, ResolvedLeader>,
  at: number,
): LeaderRecord | null {
  const key = foldDiacritics(ctx.doc.tokens[at]?.key ?? '');
  let named: LeaderRecord | null = null;
  for (const entry of found.values()) {
    const leader = ctx.byId.get(entry.id);
    const opening = leader?.name.split(' ')[0] ?? '';
    if (!leader || foldDiacritics(opening.toLowerCase()) !== key) continue;
    if (!entry.spans.some((span) => span.last < at && span.last > span.first)) continue;
    if (named !== null) return null;
    named = leader;
  }
  return named;
}

/**
 * Whether a one-word surname is a month there: after a word that opens a date at the end of a
 * clause ("in May.", "by May,") or before a day or a year ("May 2017"). Theresa May is not the month.
 */
function monthAt(ctx: Context, first: number, last: number): boolean {
  const language = ctx.doc.lexicon.bundle.language;
  const token = ctx.doc.tokens[first];
  if (first !== last || !token || !compiledGrammar(language).months.has(token.key)) return false;
  const before = ctx.doc.tokens[first - 1];
  const after = ctx.doc.tokens[first + 1];
  if (after?.sentence === token.sentence && after.key.charCodeAt(0) >= 48 && after.key.charCodeAt(0) <= 57)
    return true;
  // After "in", "by": the month where its clause ends there ("in May."), not before a verb or a
  // possessive ("since May took office", "in May's cabinet").
  return (
    before?.sentence === token.sentence &&
    language.yearWords.includes(before.key) &&
    (after?.sentence !== token.sentence || CLAUSE_END.test(gapText(ctx.doc, first, first + 1)))
  );
}

/** A gap between words that ends a clause: a comma, a stop, a colon or a semicolon. */
const CLAUSE_END = /^\s*[,.;:]/;

/** The title's words as keys, space-separated ("crown prince"). */
function titleText(doc: Doc, office: OfficeMention): string {
  let text = doc.tokens[office.first]?.key ?? '';
  for (let t = office.first + 1; t <= office.last; t++) text += ` ${doc.tokens[t]?.key ?? ''}`;
  return text;
}

/** Adds a span to a leader's unless it has that span already. */
function addSpan(entry: ResolvedLeader, first: number, last: number, sentence: number): void {
  if (entry.spans.some((s) => s.first === first && s.last === last)) return;
  // Spelt out rather than spread: a spread object has another hidden class, and every span must
  // share one for the code that reads them to stay optimised (see `add` in resolveLeaders).
  entry.spans.push({ first, last, sentence });
}

function adHocLeader(
  ctx: Context,
  claimed: ReadonlySet<number>,
  office: OfficeMention,
  found: Map<string, ResolvedLeader>,
  listed: (span: { first: number; last: number }, country: string | null) => boolean,
): void {
  const doc = ctx.doc;
  const offices = doc.lexicon.bundle.offices;
  if (offices?.listedOnly?.includes(titleText(doc, office))) return;
  // A head unlisted is of the state the sentence opens in where the title names none: "In Iraq,
  // outgoing prime minister X". Not under a party's name: "In Canada, … Conservative leader X".
  const party = doc.tokens[office.first - 1];
  const country =
    ministerCountry(ctx, office, found) ??
    (office.role !== null &&
    !isMinisterRole(office.role) &&
    !isDeputyRole(office.role) &&
    !(
      party?.sentence === office.sentence &&
      party.shape !== Shape.Lower &&
      adjacent(doc, office.first - 1, office.first)
    )
      ? sceneCountry(ctx, office)
      : null);
  if (!country && (offices?.adHocNeedsTie ?? []).includes(office.role)) return;
  // The qualifier right before the title, or before the state's adjective before it: "der
  // stellvertretende russische Außenminister".
  const state = ctx.countries.endingAt.get(office.first - 1)?.[0];
  const qualifierAt = state && state.first < office.first ? state.first - 1 : office.first - 1;
  const before = doc.tokens[qualifierAt];
  if (
    before &&
    before.sentence === office.sentence &&
    ctx.covered[qualifierAt] === -1 &&
    (offices?.localQualifiers ?? []).some((start) => before.key.startsWith(start))
  ) {
    return;
  }
  // What follows "the premier's" is the premier's, not the premier ("New Aspiration Party"), and
  // "Jane Doe, the prime minister's spokeswoman" is not the premier either.
  if (possessiveAt(doc, office.last)) return;
  // A listed holder's surname right after the title, even where a single word is no name of an
  // unlisted person (German): "ihr US-Kollege Blinken".
  const after = office.last + 1;
  if (
    !claimed.has(after) &&
    doc.tokens[after]?.sentence === office.sentence &&
    adjacent(doc, office.last, after) &&
    listed({ first: after, last: after }, country)
  )
    return;
  // A single word is a name only right after a title of a state's office ("Indonesian Defence
  // Minister Wiranto"). Not before one ("Meanwhile, Indonesia's defence minister said", "Í gær
  // hitti Katrín forsætisráðherra Noregs"), nor where every noun is capitalised ("der polnische
  // Regierungschef Hilfe", "seit Jahren Außenminister Polens").
  const minWords = country && !doc.lexicon.bundle.language.nounsCapitalised ? 1 : 2;
  const nameAfter = () => {
    // "Utanríkisráðherra Eistlands, Margus Tsahkna": the title's state, then the name after a comma.
    const state = ctx.entities.find((e) => e.kind === 'country' && e.first === office.last + 1);
    if (
      state &&
      adjacent(doc, office.last, state.first) &&
      gapText(doc, state.last, state.last + 1).trim() === ','
    ) {
      const name = nameAt(ctx, claimed, state.last + 1, 1, 2);
      if (name) return name;
    }
    if (!adjacent(doc, office.last, office.last + 1, true)) return null;
    // "Neuer Verteidigungsminister ist Tea Seiha", "Utanríkisráðherra verður X": a full name after a linking verb.
    const link = doc.tokens[office.last + 1];
    if (
      link?.sentence === office.sentence &&
      (doc.lexicon.bundle.language.nameLinks ?? []).includes(link.key) &&
      adjacent(doc, office.last, office.last + 1) &&
      adjacent(doc, office.last + 1, office.last + 2)
    ) {
      return nameAt(ctx, claimed, office.last + 2, 1, 2);
    }
    const after = nameAt(ctx, claimed, office.last + 1, 1, minWords);
    // A list of appointments: "Reeves as the chancellor, Angela Rayner as deputy prime minister":
    // a name after a comma that a title link and another title follow takes that title, not the
    // one before ("Kenya's finance minister, John Mbadi has said" keeps it).
    const next = after ? doc.tokens[after.last + 1] : undefined;
    if (
      after &&
      next?.sentence === office.sentence &&
      adjacent(doc, after.last, after.last + 1) &&
      gapText(doc, office.last, office.last + 1).includes(',') &&
      (doc.lexicon.bundle.language.titleLinks ?? []).includes(next.key) &&
      ctx.offices.some(
        (o) => o.sentence === office.sentence && o.first > after.last + 1 && o.first <= after.last + 3,
      )
    )
      return null;
    // A word in the genitive after a title is whose the title is: "viðskiptaráðherra Trumps" is
    // Trump's commerce secretary, not a "Trumps".
    return after && after.first === after.last && possessorGenitive(doc, after.first) ? null : after;
  };
  const start = leadIn(ctx, office);
  // Before a title opened by an article, a name stands apart by a comma: "Silvio Berlusconi, the
  // Italian prime minister", where "At Buckingham Palace the Italian prime minister" names a place.
  const article = (doc.lexicon.bundle.language.determiners ?? []).includes(doc.tokens[start]?.key ?? '');
  // Before a title whose lead-in is a possessor ("Trump's commerce secretary"), a name is its
  // holder's only where the title closes the apposition: "X, Macri's security minister, said", not
  // "In an interview with Jake Tapper, Trump's commerce secretary defended".
  // A state's possessive only after a comma ("with Jake Tapper, America's commerce secretary
  // defended"): after a link it says whose the office is ("X became Sri Lanka's president on Monday").
  const afterComma = gapText(doc, start - 1, start).includes(',');
  let possessed = false;
  for (let t = start; t < office.first && !possessed; t++)
    possessed = possessiveAt(doc, t) && (afterComma || !ctx.countries.endingAt.has(t));
  const closes =
    !possessed ||
    doc.tokens[office.last + 1]?.sentence !== office.sentence ||
    APPOSITION_END.test(gapText(doc, office.last, office.last + 1));
  // "Thorvald Stoltenberg heitinn, var utanríkisráðherra": "the late" after the name.
  const late = doc.tokens[start - 1];
  const nameEnd =
    late?.shape === Shape.Lower &&
    doc.lexicon.bundle.language.markers.former.includes(late.key) &&
    adjacent(doc, start - 2, start - 1)
      ? start - 2
      : start - 1;
  const nameBefore = () =>
    (adjacent(doc, start - 1, start, true) ||
      (start < office.first && BRACKET_OPEN.test(gapText(doc, start - 1, start)))) &&
    (!article || gapText(doc, start - 1, start).includes(',')) &&
    closes &&
    linkedName(ctx, start)
      ? nameAt(ctx, claimed, nameEnd, -1, 2)
      : null;
  // A name right after the title wins, unless a comma parts them and a name comes right before:
  // "Logi Einarsson verður menntamálaráðherra, Eyjólfur Ármannsson innviðaráðherra".
  const commaAfter = gapText(doc, office.last, office.last + 1).includes(',');
  let span = commaAfter ? (nameBefore() ?? nameAfter()) : (nameAfter() ?? nameBefore());
  // A surname alone beside the title, of someone the article has named in full before it: "Die
  // FPÖ von Herbert Kickl … Kickl, der frühere Innenminister".
  let named = span;
  if (!span) {
    const surname = adjacent(doc, start - 1, start, true) && linkedName(ctx, start) ? start - 1 : -1;
    named = surname >= 0 ? namedInFullBefore(ctx, claimed, surname) : null;
    span = named ? { first: surname, last: surname } : null;
  }
  // A name the list lacks beside a relative's title is the relative: "the wife of the Soviet
  // leader, Raisa Gorbacheva" (a listed name there is the holder: "an adviser to the Ukrainian
  // president, Volodymyr Zelenskiy").
  if (!span || !named || nonLeaderContext(ctx, span.first) || possessedTitleBefore(ctx, span.first)) return;
  // "the Polish and Swedish foreign ministers, Radosław Sikorski and Tobias Billström": each
  // holder of a plural title is of the state named in that place.
  const pair = named === span ? pairedHolders(ctx, claimed, office, span) : null;
  if (pair?.second && !listed(pair.second, pair.secondState))
    recordAdHoc(ctx, claimed, found, office, pair.second, pair.second, pair.secondState);
  // "Finance Minister Pedro Malan of Brazil": a state after the name, where the title names none.
  // Only where the title opens its clause: in "The criticism by Trade Minister Mary Ng of China"
  // the state is the criticism's.
  const stateAfter =
    named.first > office.last && opensClause(ctx, office.first) ? stateAfterName(ctx, named) : null;
  const holderState =
    pair?.firstState ?? (stateAfter !== null && officeCountry(ctx, office) === null ? stateAfter : country);
  for (const other of succession(ctx, claimed, office, named))
    if (!listed(other, holderState)) recordAdHoc(ctx, claimed, found, office, other, other, holderState);
  if (listed(named, holderState)) return;
  recordAdHoc(ctx, claimed, found, office, named, span, holderState);
}

/** The state named right after a name over the language's tie words ("of Brazil"), not an adjective of a noun. */
function stateAfterName(ctx: Context, name: { first: number; last: number }): string | null {
  const sentence = ctx.doc.tokens[name.last]?.sentence;
  const t = pastTieWords(ctx.doc, name.last);
  if (t === name.last + 1 || !GAP.blank.test(gapText(ctx.doc, name.last, name.last + 1))) return null;
  const state = ctx.countries.startingAt.get(t)?.[0];
  if (
    !state ||
    state.sentence !== sentence ||
    adjectiveOfNoun(ctx, state) ||
    possessiveAt(ctx.doc, state.last)
  )
    return null;
  return state.id;
}

/**
 * The other holders a succession names beside the title's: the new one before "replaced" in
 * "Carolina Tohá replaced Izkia Siches as interior minister", the former one after "replacing" in
 * "… as interior minister, replacing Izkia Siches". Not after "will" ("X will replace Y as"): one
 * who has yet to take the office holds none.
 */
function succession(
  ctx: Context,
  claimed: ReadonlySet<number>,
  office: OfficeMention,
  named: { first: number; last: number },
): Array<{ first: number; last: number }> {
  const { doc } = ctx;
  const language = doc.lexicon.bundle.language;
  const out: Array<{ first: number; last: number }> = [];
  const verb = doc.tokens[named.first - 1];
  if (
    verb?.sentence === office.sentence &&
    named.last < office.first &&
    (language.successionVerbs ?? []).includes(verb.key) &&
    adjacent(doc, named.first - 1, named.first) &&
    adjacent(doc, named.first - 2, named.first - 1)
  ) {
    const subject = nameAt(ctx, claimed, named.first - 2, -1, 2);
    if (subject) out.push(subject);
  }
  const participle = doc.tokens[office.last + 1];
  if (
    participle?.sentence === office.sentence &&
    (language.successionParticiples ?? []).includes(participle.key) &&
    adjacent(doc, office.last, office.last + 1, true) &&
    adjacent(doc, office.last + 1, office.last + 2)
  ) {
    const former = nameAt(ctx, claimed, office.last + 2, 1, 2);
    if (former) out.push(former);
  }
  return out;
}

/** Whether the sentence of token `at` names a year before the article's (see `yearsNamed`). */
function pastSentence(ctx: Context, at: number): boolean {
  const sentence = ctx.doc.tokens[at]?.sentence;
  return yearsNamed(ctx).some((t) => ctx.doc.tokens[t]?.sentence === sentence);
}

/**
 * The paper's own state, for a person it does not list whose untied title follows a name of its
 * own people's form (`nativeNames`): "Einar Ágústsson utanríkisráðherra og Anthony Crosland,
 * utanríkisráðherra Bretlands" is Iceland's foreign minister, not Britain's.
 */
function nativeState(ctx: Context, office: OfficeMention, name: string): string | null {
  const language = ctx.doc.lexicon.bundle.language;
  const [own] = language.nativeStates ?? [];
  const shape = language.nativeNames;
  if (!own || !shape || (language.nativeStates?.length ?? 0) !== 1 || officeCountry(ctx, office) !== null)
    return null;
  const lower = name.toLowerCase();
  const last = lower.slice(lower.lastIndexOf(' ') + 1);
  if (!shape.endings.some((ending) => last.endsWith(ending))) return null;
  return [...shape.letters].some((letter) => lower.includes(letter)) ? own : null;
}

/**
 * The second holder of a plural title whose first the list has: "the Polish and Swedish foreign
 * ministers, Radosław Sikorski and Tobias Billström".
 */
function pairedWithListed(
  ctx: Context,
  claimed: ReadonlySet<number>,
  office: OfficeMention,
  found: Map<string, ResolvedLeader>,
): void {
  let first: { first: number; last: number } | undefined;
  for (const entry of found.values())
    first ??= entry.spans.find((span) => span.first === office.last + 1 && span.sentence === office.sentence);
  const pair = first ? pairedHolders(ctx, claimed, office, first) : null;
  if (pair?.second) recordAdHoc(ctx, claimed, found, office, pair.second, pair.second, pair.secondState);
}

/**
 * The states of a plural title's two holders, named before it in the same order ("the Polish and
 * Swedish foreign ministers, A and B"), and the second holder's name when the list lacks it.
 */
function pairedHolders(
  ctx: Context,
  claimed: ReadonlySet<number>,
  office: OfficeMention,
  first: { first: number; last: number },
): { firstState: string; secondState: string; second: { first: number; last: number } | null } | null {
  const doc = ctx.doc;
  const conjunctions = doc.lexicon.bundle.language.conjunctions;
  // Two adjectives: "between Poland and Sweden's foreign minister, X, and Y" is one title.
  const secondState = ctx.countries.endingAt.get(office.first - 1)?.[0];
  if (secondState?.kind !== 'country' || secondState.via !== 'demonym' || first.first <= office.last)
    return null;
  if (!conjunctions.includes(doc.tokens[secondState.first - 1]?.key ?? '')) return null;
  const firstState = ctx.countries.endingAt.get(secondState.first - 2)?.[0];
  if (firstState?.kind !== 'country' || firstState.via !== 'demonym' || firstState.id === secondState.id)
    return null;
  // The two names joined by the conjunction alone: after a comma it adds someone else.
  const joined = doc.tokens[first.last + 1];
  if (joined?.sentence !== office.sentence || !conjunctions.includes(joined.key)) return null;
  if (!GAP.space.test(gapText(doc, first.last, first.last + 1))) return null;
  return {
    firstState: firstState.id,
    secondState: secondState.id,
    second: nameAt(ctx, claimed, first.last + 2, 1, 2),
  };
}

/** Records a person the list lacks, found by a title, with the name's later surnames and given names. */
function recordAdHoc(
  ctx: Context,
  claimed: ReadonlySet<number>,
  found: Map<string, ResolvedLeader>,
  office: OfficeMention,
  named: { first: number; last: number },
  span: { first: number; last: number },
  country: string | null,
): void {
  const doc = ctx.doc;
  const name = nominativeName(
    doc.text
      .slice(doc.tokens[named.first]?.start ?? 0, doc.tokens[named.last]?.end ?? 0)
      .replace(POSSESSIVE, ''),
    doc.lexicon.bundle.language.personRules,
  );
  if (INSTITUTION.test(name)) return;
  const id = slugify(name);
  if (!id) return;
  const state = nativeState(ctx, office, name) ?? country;
  let entry = found.get(id);
  if (!entry) {
    // A listed person in a spelling the lexicon lacks ("Vladímír Pútín Rússlandsforseti") reads
    // as that person's id: the record, not a second person of the same id.
    const record = ctx.byId.get(id);
    entry = record
      ? { id, wikidata: record.wikidata, name: record.name, country: state, role: office.role, spans: [] }
      : { id, wikidata: null, name, country: state, role: office.role, spans: [] };
    found.set(id, entry);
  }
  // A second title of the same person may find a name already taken: "Howard Lutnick … Lutnick,
  // the commerce secretary" finds "Lutnick" and, through it, "Howard Lutnick" again.
  addSpan(entry, span.first, span.last, office.sentence);
  if (named !== span) addSpan(entry, named.first, named.last, doc.tokens[named.first]?.sentence ?? 0);
  // An Icelander is named again by the given names: "Sigurður Ingi" after "Sigurður Ingi Jóhannsson".
  if (state !== null && (doc.lexicon.bundle.language.nativeStates ?? []).includes(state))
    linkGivenNames(ctx, claimed, span, entry);
  // Later bare surnames of this person.
  const surnameKey = doc.tokens[span.last]?.key ?? '';
  const sites = [...occurrences(ctx, surnameKey), ...occurrences(ctx, `${surnameKey}s`)].sort(
    (a, b) => a - b,
  );
  for (const t of sites) {
    if (t >= span.first && t <= span.last) continue;
    const token = doc.tokens[t];
    if (!token || token.shape !== Shape.Capitalized || ctx.free[t] !== -1 || claimed.has(t)) continue;
    // Not someone else's: "By Sarah Wu in Taipei" beside Foreign Minister Joseph Wu.
    if (partOfOtherName(ctx, t, t)) continue;
    if (!entry.spans.some((s) => s.first <= t && t <= s.last))
      entry.spans.push({ first: t, last: t, sentence: token.sentence });
  }
}

/** Whether the token at `at` opens its sentence or a clause (after a comma or a conjunction). */
function opensClause(ctx: Context, at: number): boolean {
  const before = ctx.doc.tokens[at - 1];
  if (!before || before.sentence !== ctx.doc.tokens[at]?.sentence) return true;
  return (
    gapText(ctx.doc, at - 1, at).includes(',') ||
    ctx.doc.lexicon.bundle.language.conjunctions.includes(before.key)
  );
}
