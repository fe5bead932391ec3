import { foldDiacritics, isPrintableAscii, normalizeKey } from './normalize.js';
import { analysePhrase, type CompoundRules, PhraseMatcher, type PhraseMode } from './phraseMatcher.js';
import type {
  CapitalRecord,
  CountryGuard,
  LanguageBundle,
  LanguageData,
  LeaderRecord,
  Resources,
  SuffixRule,
} from './resources.js';
import type { Shape } from './tokenize.js';
import {
  ARABIC_SCRIPT_STATES,
  accentedSpellings,
  CYRILLIC_STATES,
  HEBREW_SCRIPT_STATES,
  respellings,
} from './transliterate.js';
import type { LeaderRole } from './types.js';

/** What a lexicon phrase stands for. */
export type Payload =
  | { kind: 'country'; iso3: string; via: 'name' | 'demonym' | 'seat'; guard: CountryGuard | null }
  | { kind: 'place'; iso3: string; name: string; metonym: boolean; guard: CountryGuard | null }
  /**
   * `generic`: a name states also give bodies of their own (see `OrganizationRecord.genericNames`);
   * `national`: words that make it one; `other`: a longer name of another body, which matches nothing.
   */
  | { kind: 'org'; id: string; generic: boolean; national: readonly string[]; other: boolean }
  /** `shortened`: a name the press makes by dropping words of the listed one ("Carlos Menem"). */
  | { kind: 'leader'; id: string; shortened: boolean }
  | { kind: 'surname'; ids: string[] }
  /** `implied`: the state the title names alone; `among`: the states it may name, when several do. */
  | { kind: 'office'; role: LeaderRole | null; implied: string | null; among: readonly string[] | null };

/** One language's compiled lexicon: a single matcher over every kind of name. */
export interface Lexicon {
  bundle: LanguageBundle;
  matcher: PhraseMatcher<Payload>;
  compoundOffice: Array<[string, LeaderRole]>;
  /** The language's abbreviations (lower case, with the dot), for sentence splitting. */
  abbreviations: ReadonlySet<string>;
  buildMs: number;
}

/**
 * What a lexicon is compiled from, as plain data (JSON as it stands): the phrases in the order they
 * were added, already read as keys, and their payloads. The build stores it per language (see
 * `lexiconSnapshot.ts`), so that a process loads the phrases instead of deriving them again.
 */
export interface LexiconSource {
  lang: string;
  compound: CompoundRules;
  compoundOffice: Array<[string, LeaderRole]>;
  payloads: Payload[];
  /**
   * Per phrase, in parallel: its word keys joined by spaces, their shapes as digits, the index of
   * its payload and its mode's initial ("e", "c", "b").
   */
  phrases: { keys: string[]; shapes: string[]; payloads: number[]; modes: string };
}

const MODE_INITIAL: Record<PhraseMode, string> = { exact: 'e', compound: 'c', both: 'b' };
const MODE_OF: Record<string, PhraseMode> = { e: 'exact', c: 'compound', b: 'both' };

/** Collects the phrases of a lexicon as `LexiconSource` data, in order, each payload stored once. */
class PhraseRecorder {
  readonly payloads: Payload[] = [];
  readonly phrases: LexiconSource['phrases'] = { keys: [], shapes: [], payloads: [], modes: '' };
  private readonly payloadIndex = new Map<Payload, number>();
  private modes: string[] = [];
  /** Phrases already taken: spellings that read as the same keys add nothing the matcher keeps. */
  private readonly seen = new Set<string>();

  add(phrase: string, payload: Payload, mode: PhraseMode = 'exact'): void {
    const { keys, shapes } = analysePhrase(phrase);
    if (keys.length === 0) return;
    let index = this.payloadIndex.get(payload);
    if (index === undefined) {
      index = this.payloads.length;
      this.payloads.push(payload);
      this.payloadIndex.set(payload, index);
    }
    const joined = keys.join(' ');
    const shapeText = shapes.join('');
    const entry = `${joined}\t${shapeText}\t${index}\t${mode}`;
    if (this.seen.has(entry)) return;
    this.seen.add(entry);
    this.phrases.keys.push(joined);
    this.phrases.shapes.push(shapeText);
    this.phrases.payloads.push(index);
    this.modes.push(MODE_INITIAL[mode]);
  }

  finish(): LexiconSource['phrases'] {
    this.phrases.modes = this.modes.join('');
    return this.phrases;
  }
}

/** Compiles a language's lexicon from its source, made here or read from the build's snapshot. */
export function compileLexicon(bundle: LanguageBundle, source: LexiconSource): Lexicon {
  const started = performance.now();
  const { keys, shapes, payloads, modes } = source.phrases;
  // Phrases of the same shapes share one array, as phrases read from text do.
  const shapeLists = new Map<string, Shape[]>();
  // The trie is built as first words are met (see `PhraseMatcher.defer`): a phrase is read into
  // keys and shapes only then.
  const matcher = new PhraseMatcher<Payload>(source.compound, (i) => {
    const text = keys[i] as string;
    const words = text.split(' ');
    const shapeText = shapes[i] as string;
    let shapeList = shapeLists.get(shapeText);
    if (!shapeList) {
      shapeList = Array.from(shapeText, (digit) => Number(digit) as Shape);
      shapeLists.set(shapeText, shapeList);
    }
    return {
      phrase: { keys: words, shapes: shapeList },
      payload: source.payloads[payloads[i] as number] as Payload,
      mode: MODE_OF[modes.charAt(i)] ?? 'exact',
    };
  });
  for (let i = 0; i < keys.length; i++) {
    const text = keys[i] as string;
    const space = text.indexOf(' ');
    // The last word's plain key (a joined word is stored as "-key"): a compound's first part.
    const last = text.slice(text.lastIndexOf(' ') + 1);
    matcher.defer(
      i,
      space === -1 ? text : text.slice(0, space),
      last.startsWith('-') ? last.slice(1) : last,
      ((shapes[i] as string).charCodeAt(0) - 48) as Shape,
      MODE_OF[modes.charAt(i)] ?? 'exact',
    );
  }
  return {
    bundle,
    matcher,
    compoundOffice: source.compoundOffice,
    abbreviations: new Set(bundle.language.abbreviations),
    buildMs: performance.now() - started,
  };
}

/** Builds the matcher for one language from the reference data. */
export function buildLexicon(resources: Resources, lang: string): Lexicon {
  const started = performance.now();
  const lexicon = compileLexicon(resources.bundleFor(lang), lexiconSource(resources, lang));
  return { ...lexicon, buildMs: performance.now() - started };
}

/** Applies suffix rules to the end of a phrase ("Rússland" → "Rússlands", "Rússlandi", …). */
export function inflect(phrase: string, rules: readonly SuffixRule[]): string[] {
  const out: string[] = [];
  const lower = phrase.toLowerCase();
  let specificDone = false;
  for (const rule of rules) {
    if (!lower.endsWith(rule.suffix.toLowerCase())) continue;
    if (rule.suffix !== '') {
      if (specificDone) continue;
      specificDone = true;
    }
    const base = phrase.slice(0, phrase.length - (rule.strip ?? 0));
    for (const add of rule.add) out.push(base + add);
  }
  return out;
}

/** Expands "stem|class" into the stem with each suffix of the class; plain entries stay as they are. */
function expandClass(entry: string, classes: Record<string, string[]>): string[] {
  const bar = entry.indexOf('|');
  if (bar === -1) return [entry];
  const stem = entry.slice(0, bar);
  const suffixes = classes[entry.slice(bar + 1)] ?? [''];
  return suffixes.map((suffix) => stem + suffix);
}

function cleanI18nName(name: string): string {
  return name.split(/[,(]/)[0]?.trim() ?? name;
}

// Every language's build folds the same leader names again; the folding (two Unicode
// normalisations and a dozen replacements) is remembered across builds.
const foldCache = new Map<string, string>();

function folded(name: string): string {
  if (isPrintableAscii(name)) return name;
  let result = foldCache.get(name);
  if (result === undefined) {
    result = foldDiacritics(name);
    foldCache.set(name, result);
  }
  return result;
}

/**
 * Every word inflected, each in each of its forms: an Icelander's middle names decline with the
 * rest ("Sigurðar Inga Jóhannssonar"). The cases of different words are not matched up, which
 * lets through a few mixed forms no text writes; they match nothing.
 */
function everyWordInflected(name: string, rules: readonly SuffixRule[]): string[] {
  let out = [''];
  for (const word of name.split(' ')) {
    const forms = [word, ...inflect(word, rules)];
    out = out.flatMap((prefix) => forms.map((form) => (prefix ? `${prefix} ${form}` : form)));
  }
  return out;
}

/**
 * Person-name variants: the name, inflected first/last/all words, and an ASCII spelling. `native`
 * names (the language's own people) decline in every word.
 */
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

function personVariants(name: string, rules: readonly SuffixRule[], native = false): string[] {
  const variants = new Set<string>([name]);
  // Arabic articles are as often written in lower case: "Nawaf al-Ahmad al-Sabah".
  if (/\b(?:Al|El)-/.test(name))
    variants.add(name.replace(/\b(Al|El)-/g, (_match, article: string) => `${article.toLowerCase()}-`));
  for (const base of [...variants]) if (base.includes('-')) variants.add(base.replace(/-/g, ' '));
  const bases = [...variants];
  for (const base of bases) {
    const words = base.split(' ');
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    for (const inflectedLast of inflect(last, rules))
      variants.add([...words.slice(0, -1), inflectedLast].join(' '));
    if (words.length > 1) {
      for (const inflectedFirst of inflect(first, rules)) {
        variants.add([inflectedFirst, ...words.slice(1)].join(' '));
        for (const inflectedLast of inflect(last, rules)) {
          variants.add([inflectedFirst, ...words.slice(1, -1), inflectedLast].join(' '));
        }
      }
    }
  }
  // Of the name as written only: inflecting the inflected forms again made hundreds of variants.
  if (native)
    for (const base of bases) for (const form of everyWordInflected(base, rules)) variants.add(form);
  // "Đukanović" is "Djukanovic" in most papers and "Dukanovic" in some.
  for (const variant of [...variants])
    if (/[Đđ]/.test(variant)) variants.add(variant.replace(/Đ/g, 'Dj').replace(/đ/g, 'dj'));
  // "A. K. Antony" is "A.K. Antony" and "AK Antony" in most papers.
  for (const variant of [...variants]) {
    const initials = /^((?:\p{Lu}\. )+\p{Lu}\.) /u.exec(variant)?.[1];
    if (!initials) continue;
    const rest = variant.slice(initials.length);
    variants.add(initials.replace(/ /g, '') + rest);
    variants.add(initials.replace(/[. ]/g, '') + rest);
  }
  // "Köhler" is "Koehler" in papers that keep the umlaut's sound without its dots.
  for (const variant of [...variants])
    if (/[äöüÄÖÜ]/.test(variant))
      variants.add(variant.replace(/[äöüÄÖÜ]/g, (umlaut) => UMLAUTS[umlaut] ?? umlaut));
  for (const variant of [...variants]) variants.add(folded(variant));
  return [...variants];
}

// A leader's names do not depend on the language being built: worked out once, shared by all.
const namesCache = new WeakMap<LeaderRecord, { full: string[]; shortened: string[]; surnames: string[] }>();
const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;

function namesOf(leader: LeaderRecord): { full: string[]; shortened: string[]; surnames: string[] } {
  let names = namesCache.get(leader);
  if (!names) {
    const { listed, shortened } = leaderNames(leader);
    names = { full: listed, shortened, surnames: leaderSurnames(leader) };
    namesCache.set(leader, names);
  }
  return names;
}

/**
 * The English name and surname of someone from a state whose names are romanised from Cyrillic
 * (or Arabic or Persian script), respelled as this language's papers do (see `transliterate.ts`);
 * nothing for anyone else.
 */
/** A language's respelling schemes, by the script names come from (see `transliterate.ts`). */
interface Respelling {
  cyrillic: Array<Readonly<Record<string, string>>>;
  arabic: Array<Readonly<Record<string, string>>>;
  hebrew: Array<Readonly<Record<string, string>>>;
  accents: Readonly<Record<string, string>> | undefined;
}

/**
 * The language's schemes, made once per lexicon: a scheme's pattern is compiled once per scheme
 * object (see `patternOf`), so the merged "too" scheme must not be made anew for each leader.
 */
function respellingOf(grammar: LanguageData): Respelling {
  const cyrillic = grammar.fromCyrillic ? [grammar.fromCyrillic] : [];
  if (grammar.fromCyrillic && grammar.fromCyrillicToo)
    cyrillic.push({ ...grammar.fromCyrillic, ...grammar.fromCyrillicToo });
  return {
    cyrillic,
    arabic: grammar.fromArabic ? [grammar.fromArabic] : [],
    hebrew: grammar.fromHebrew ? [grammar.fromHebrew] : [],
    accents: grammar.respellingAccents,
  };
}

function respelledNames(
  leader: LeaderRecord,
  respelling: Respelling,
): { full: string[]; surnames: string[] } {
  const schemes = leader.offices.some((office) => CYRILLIC_STATES.has(office.country))
    ? respelling.cyrillic
    : leader.offices.some((office) => ARABIC_SCRIPT_STATES.has(office.country))
      ? respelling.arabic
      : leader.offices.some((office) => HEBREW_SCRIPT_STATES.has(office.country))
        ? respelling.hebrew
        : [];
  if (schemes.length === 0) return { full: [], surnames: [] };
  const respelled = (name: string) => schemes.flatMap((each) => respellings(name, each));
  // With the accents some papers put on the surname, on the English form and on the respelled ones.
  const withAccents = (names: string[]) => [
    ...names,
    ...names.flatMap((name) => accentedSpellings(name, respelling.accents)),
  ];
  const english = [leader.name, ...(leader.names.en ?? [])];
  const full = withAccents([...english, ...english.flatMap(respelled)]).filter(
    (name) => !english.includes(name),
  );
  const surname = leader.familyName.en;
  const surnames = surname
    ? withAccents([surname, ...respelled(surname)]).filter((name) => name !== surname)
    : [];
  return { full, surnames };
}

/** The name a monarch reigns under: "Harald V" of "Harald V of Norway", "Henri" of "Henri, Grand Duke of Luxembourg". */
function regnalName(name: string): string {
  return name.split(/,\s+|\s+of\s+/)[0] ?? name;
}

/**
 * "King Harald", "King Harald V", "Queen Elizabeth", "Emir Tamim": the monarch's style in this
 * language before the regnal name or its first word, for monarchs whose office the language names
 * (`regnalStyles`). The press names kings so; the first word alone is no one's surname.
 */
function styledNames(leader: LeaderRecord, styles: Readonly<Record<string, string[]>> | undefined): string[] {
  if (!styles) return [];
  const out = new Set<string>();
  const regnal = regnalName(leader.name);
  for (const office of leader.offices) {
    for (const style of styles[office.title] ?? []) {
      out.add(`${style} ${regnal}`);
      out.add(`${style} ${regnal.split(' ')[0] ?? regnal}`);
    }
  }
  return [...out];
}

/** A leader's names: as listed (with the regnal form), and shortened as the press shortens them. */
function leaderNames(leader: LeaderRecord): { listed: string[]; shortened: string[] } {
  const listed = new Set<string>([leader.name]);
  // "Harald V", "Mohammed VI": a regnal name with its number names one monarch.
  const regnal = regnalName(leader.name);
  if (regnal !== leader.name && /\s[IVX]+$/.test(regnal)) listed.add(regnal);
  for (const list of Object.values(leader.names)) for (const name of list) listed.add(name);
  // An Arabic article before the surname as each paper writes it, or left out: "Anwar Al Sadat" is
  // "Anwar al-Sadat", "Anwar el-Sadat" and "Anwar Sadat". Not a Gulf dynasty's ("bin Zayed Al Nahyan").
  for (const name of [...listed]) {
    const article = /^(\S+(?: \S+)?) (?:Al|al|El|el)[ -](\p{Lu}[\p{L}'-]+)$/u.exec(name);
    if (!article?.[1] || !article[2] || /\b(?:bin|bint|ibn)\b/.test(name)) continue;
    for (const form of [
      `${article[1]} al-${article[2]}`,
      `${article[1]} el-${article[2]}`,
      `${article[1]} ${article[2]}`,
    ])
      listed.add(form);
  }
  // The press drops middle names: "Carlos Saúl Menem" is "Carlos Menem", "Carl XVI Gustaf" "Carl
  // Gustaf". Without the short form, its first word alone was taken for another leader's name.
  const shortened = new Set<string>();
  const family = (leader.familyName.en ?? '').split(' ');
  for (const name of listed) {
    // Without a regnal number or "Jr." too ("Benigno Aquino III" is "Benigno Aquino", not
    // "Benigno III"); none from "Abdullah II of Jordan".
    const all = name.split(' ');
    const words = all.filter((word) => !/^(?:[IVX]+\.?|Jr\.?|Sr\.?)$/.test(word));
    if (words.includes('of')) continue;
    if (words.length >= 2 && words.length < all.length) shortened.add(words.join(' '));
    const last = words[words.length - 1] ?? '';
    // Not where the first word is half of a compound given name: "Abdul Aziz Abdul Ghani" is no
    // "Abdul Ghani", the name of others ("Hayan Abdul Ghani").
    if (words.length >= 3 && /^\p{Lu}/u.test(last) && !COMPOUND_OPENING.test(words[0] ?? ''))
      shortened.add(`${words[0]} ${last}`);
    // A Gulf royal without the dynasty's name: "Faisal bin Farhan" of "Faisal bin Farhan Al Saud".
    const dynasty = /^(.+ (?:bin|bint|ibn) \S+) (?:Al|al)[ -]\S+$/.exec(words.join(' '));
    if (dynasty?.[1]) shortened.add(dynasty[1]);
    // Two surnames, the first the one used alone: "Luis Alberto Arce Catacora" is "Luis Arce" and
    // "Luis Arce Catacora" (the first and last words would make "Luis Catacora").
    for (let at = 1; at + family.length < words.length; at++) {
      if (family.every((word, k) => words[at + k] === word)) {
        shortened.add(`${words[0]} ${family.join(' ')}`);
        shortened.add(`${words[0]} ${words.slice(at).join(' ')}`);
        break;
      }
    }
  }
  for (const name of listed) shortened.delete(name);
  // A single-word "name" would be a surname; those link only through the surname rules.
  const keep = (name: string) => /\s/.test(name.trim()) && LATIN.test(name);
  return { listed: [...listed].filter(keep), shortened: [...shortened].filter(keep) };
}

/** First halves of Arabic compound given names: "Abdul Aziz", "Abdel Fattah", "Abu Bakr". */
const COMPOUND_OPENING = /^(?:Abd|Abdul|Abdel|Abdal|Abdol|Abdur|Abu|Abou)$/;

/** An Arabic article before a surname, which the press often leaves out ("al-Sharaa", "Sharaa"). */
const ARABIC_ARTICLE = /^(?:al|el|as|ash|ad|an|ar|az)-(?=\p{Lu})/u;

/**
 * The surnames a leader is called by alone: the family name in each language, without its Arabic
 * article too, and the last word of a listed full name that spells the family name otherwise
 * ("Zelenskiy" of "Volodymyr Zelenskiy" beside "Zelenskyy"; the first five letters must agree, so
 * "Jong-un" of "Kim Jong-un" or "Obrador" of "López Obrador" are not taken).
 */
function leaderSurnames(leader: LeaderRecord): string[] {
  const families = Object.values(leader.familyName);
  const names = new Set<string>(families);
  for (const family of families) {
    const bare = family.replace(ARABIC_ARTICLE, '');
    if (bare !== family && bare.length >= 4) names.add(bare);
  }
  for (const full of Object.values(leader.names).flat()) {
    const last = full.slice(full.lastIndexOf(' ') + 1);
    if (last.length < 5 || names.has(last)) continue;
    if (families.some((family) => !family.includes(' ') && family.slice(0, 5) === last.slice(0, 5)))
      names.add(last);
  }
  return [...names].filter((name) => name.length >= 2 && LATIN.test(name));
}

/** Derives every phrase of one language's lexicon from the reference data. */
export function lexiconSource(resources: Resources, lang: string): LexiconSource {
  const bundle = resources.bundleFor(lang);
  const english = resources.bundleFor('en');
  const grammar = bundle.language;
  const offices = bundle.offices ?? (lang === 'en' ? null : english.offices);
  const compoundOffice = Object.entries(offices?.compoundHeads ?? {}).sort(
    (a, b) => b[0].length - a[0].length,
  );
  const compound: CompoundRules = {
    minStem: grammar.compound.minStem,
    heads: [...grammar.compound.heads, ...compoundOffice.map(([head]) => head)],
    anyHeadMin: grammar.compound.anyHeadMin,
  };
  const matcher = new PhraseRecorder();
  const countryMode: PhraseMode = grammar.compound.minStem < 50 ? 'both' : 'exact';
  const lexicon = bundle.countries;
  const guards = new Map<string, CountryGuard>();
  for (const source of [lexicon, lang === 'en' ? null : english.countries]) {
    for (const [form, guard] of Object.entries(source?.guards ?? {})) {
      if (!guards.has(normalizeKey(form))) guards.set(normalizeKey(form), guard);
    }
  }
  const payloads = new Map<string, Payload>();
  // An inflected form is no one's name ("Israels Regierung", "Armee Israels" in German, where every
  // noun is capitalised): it keeps a guard's context words but not the person-name check.
  const inflectedGuards = new Map<CountryGuard, CountryGuard>();
  const countryPayload = (
    iso3: string,
    via: 'name' | 'demonym' | 'seat',
    form: string,
    inflected = false,
  ): Payload => {
    let guard = guards.get(normalizeKey(form)) ?? null;
    if (guard?.personLike && inflected) {
      const plain = guard;
      guard = inflectedGuards.get(plain) ?? { ...plain, personLike: false };
      inflectedGuards.set(plain, guard);
    }
    if (guard) return { kind: 'country', iso3, via, guard };
    const key = `${iso3}/${via}`;
    let payload = payloads.get(key);
    if (!payload) {
      payload = { kind: 'country', iso3, via, guard: null };
      payloads.set(key, payload);
    }
    return payload;
  };
  const addName = (iso3: string, name: string, via: 'name' | 'seat') => {
    matcher.add(name, countryPayload(iso3, via, name), countryMode);
    for (const form of inflect(name, grammar.nameRules))
      matcher.add(form, countryPayload(iso3, via, name, form !== name), countryMode);
  };

  // Official names per language, minus the ones shared by two countries or listed as ambiguous.
  const excluded = new Set((lexicon?.exclude ?? []).map(normalizeKey));
  const englishExcluded = new Set((english.countries?.exclude ?? []).map(normalizeKey));
  const sources: Array<[Map<string, string[]>, Set<string>]> = [[bundle.i18nNames, excluded]];
  if (lang !== 'en') sources.push([english.i18nNames, englishExcluded]);
  for (const [names, skip] of sources) {
    const owners = new Map<string, Set<string>>();
    for (const [iso3, list] of names) {
      for (const raw of list) {
        const name = cleanI18nName(raw);
        const key = normalizeKey(name);
        if (skip.has(key)) continue;
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)?.add(iso3);
      }
    }
    for (const [iso3, list] of names) {
      for (const raw of list) {
        const name = cleanI18nName(raw);
        const key = normalizeKey(name);
        if (skip.has(key) || (owners.get(key)?.size ?? 0) > 1) continue;
        addName(iso3, name, 'name');
      }
    }
  }
  if (lexicon) {
    for (const [iso3, list] of Object.entries(lexicon.names))
      for (const name of list) addName(iso3, name, 'name');
    for (const [iso3, list] of Object.entries(lexicon.forms ?? {})) {
      for (const form of list) matcher.add(form, countryPayload(iso3, 'name', form), countryMode);
    }
    for (const [iso3, list] of Object.entries(lexicon.stems ?? {})) {
      for (const stem of list) matcher.add(stem, countryPayload(iso3, 'name', stem), 'compound');
    }
    for (const [iso3, list] of Object.entries(lexicon.demonyms)) {
      for (const entry of list) {
        const bareAdjective = grammar.nounsCapitalised && entry.endsWith('|adj') ? entry.slice(0, -4) : null;
        for (const form of expandClass(entry, grammar.classes)) {
          const payload = countryPayload(iso3, 'demonym', form);
          // Where nouns are capitalised, the bare adjective so written is the language: "auf Spanisch".
          const language =
            form === bareAdjective && payload.kind === 'country'
              ? { ...payload, guard: { ...payload.guard, rejectCapitalised: true } }
              : payload;
          matcher.add(form, language, 'exact');
        }
      }
    }
    for (const [iso3, list] of Object.entries(lexicon.seats))
      for (const seat of list) addName(iso3, seat, 'seat');
    for (const [iso3, adjectives] of Object.entries(lexicon.seatAdjectives ?? {}))
      for (const adjective of adjectives)
        for (const noun of lexicon.governmentNouns ?? []) addName(iso3, `${adjective} ${noun}`, 'seat');
  }

  // Capitals, other seats of government and a few much-reported cities: places; capitals and
  // seats may stand for their state.
  // One record per place: its first English name is the place's name (and its id in the graph).
  const addPlaces = (places: Array<[string, CapitalRecord]>, metonymDefault: boolean) => {
    for (const [iso3, record] of places) {
      const englishNames = (record.en as string[] | undefined) ?? [];
      const display = englishNames[0];
      if (!display) continue;
      // A capital may stand for its state unless marked not to; another seat of government only
      // when marked to ("Bonn", "Cotonou").
      const metonym = record.metonym ?? metonymDefault;
      const names = new Set<string>([
        ...englishNames,
        ...(((record[lang] as string[] | undefined) ?? []) as string[]),
      ]);
      for (const name of names) {
        const payload: Payload = {
          kind: 'place',
          iso3,
          name: display,
          metonym,
          guard: guards.get(normalizeKey(name)) ?? null,
        };
        for (const form of [name, ...inflect(name, grammar.nameRules)])
          matcher.add(form, payload, countryMode);
      }
    }
  };
  addPlaces(Object.entries(resources.capitals), true);
  addPlaces(
    Object.entries(resources.nonCapitalPlaces).flatMap(([iso3, cities]) =>
      cities.map((city): [string, CapitalRecord] => [iso3, city]),
    ),
    false,
  );

  for (const org of resources.organizations) {
    const national = (org.nationalWords?.[lang] ?? []).map(normalizeKey);
    const payload: Payload = { kind: 'org', id: org.id, generic: false, national, other: false };
    const generic: Payload = { kind: 'org', id: org.id, generic: true, national, other: false };
    const genericNames = new Set(org.genericNames?.[lang] ?? []);
    const names = new Set<string>([...(org.names[lang] ?? []), ...(org.names.en ?? [])]);
    for (const name of names) {
      const named = genericNames.has(name) ? generic : payload;
      matcher.add(name, named, 'exact');
      if (lang === 'de' && /\p{Lu}/u.test(name.charAt(0))) matcher.add(`${name}s`, named, 'exact');
    }
    const other: Payload = { kind: 'org', id: org.id, generic: false, national, other: true };
    for (const name of org.otherBodies?.[lang] ?? []) matcher.add(name, other, 'exact');
  }

  for (const [title, role] of Object.entries(offices?.titles ?? {})) {
    const implied = offices?.implied[title] ?? null;
    const among = Array.isArray(implied) && implied.length > 1 ? implied : null;
    const first = Array.isArray(implied) ? (implied[0] ?? null) : implied;
    matcher.add(title, { kind: 'office', role, implied: first, among }, 'exact');
  }
  for (const blocker of offices?.blockers ?? [])
    matcher.add(blocker, { kind: 'office', role: null, implied: null, among: null });

  // Icelanders' names decline as Icelandic names do ("Bjarna Benediktssonar"); a foreigner's
  // takes the genitive -s only ("Pútíns"), not "Pútínu".
  const nativeStates = new Set(grammar.nativeStates ?? []);
  const foreignRules = grammar.personRules.filter((rule) => !rule.native);
  const respelling = respellingOf(grammar);
  const surnames = new Map<string, Set<string>>();
  for (const leader of resources.leaders) {
    const payload: Payload = { kind: 'leader', id: leader.id, shortened: false };
    const respelled = respelledNames(leader, respelling);
    const native = leader.offices.some((o) => nativeStates.has(o.country));
    const rules = native ? grammar.personRules : foreignRules;
    for (const name of [
      ...namesOf(leader).full,
      ...respelled.full,
      ...styledNames(leader, offices?.regnalStyles),
    ]) {
      for (const variant of personVariants(name, rules, native)) matcher.add(variant, payload, 'exact');
    }
    const shortened: Payload = { kind: 'leader', id: leader.id, shortened: true };
    for (const name of namesOf(leader).shortened) {
      for (const variant of personVariants(name, rules, native)) matcher.add(variant, shortened, 'exact');
    }
    for (const surname of [...namesOf(leader).surnames, ...respelled.surnames]) {
      for (const variant of personVariants(surname, rules)) {
        let ids = surnames.get(variant);
        if (!ids) {
          ids = new Set();
          surnames.set(variant, ids);
        }
        ids.add(leader.id);
      }
    }
  }
  const surnamePayloads = new Map<string, Payload>();
  for (const [variant, ids] of surnames) {
    const key = [...ids].sort().join(' ');
    let payload = surnamePayloads.get(key);
    if (!payload) {
      payload = { kind: 'surname', ids: [...ids].sort() };
      surnamePayloads.set(key, payload);
    }
    matcher.add(variant, payload, 'exact');
  }

  return { lang, compound, compoundOffice, payloads: matcher.payloads, phrases: matcher.finish() };
}
