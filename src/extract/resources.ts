import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { ErrorCode, NewsgraphError } from '../errors.js';
import { projectPath } from '../paths.js';
import type { BoilerplateData } from './boilerplate.js';
import type { LeaderRole, OrganizationKind } from './types.js';
import { uniformShape, uniformShaper } from './uniformShape.js';

/** A suffix rule: a form ending in `suffix` drops `strip` characters and takes each of `add`. */
export interface SuffixRule {
  suffix: string;
  strip?: number;
  add: string[];
  /** Applies to names of the language's own people only (`nativeStates`): Icelandic patronymics. */
  native?: boolean;
}

/** `data/lexicons/<lang>/language.json`: the grammar the matchers need, per language. */
export interface LanguageData {
  lang: string;
  abbreviations: string[];
  conjunctions: string[];
  /** Articles allowed between coordinated actors ("the EU and the US"). */
  determiners?: string[];
  /** Prepositions that make a following place a location rather than an actor ("met in Brussels"). */
  locatives?: string[];
  /** Words that deny what follows them closely ("did not impose", "never attacked", "keine Sanktionen"). */
  negations?: string[];
  clauseBreaks: string[];
  pronouns: { person: string[]; group: string[] };
  markers: {
    agent: string[];
    target: string[];
    reason: string[];
    since: string[];
    former: string[];
    /**
     * Words for an office taken after the time told ("Henry Kissinger, later secretary of state"):
     * a past office where they open a title or follow a relative pronoun, as `former` words do, but
     * no sign of one anywhere near a name ("Later, Interior Minister X said").
     */
    later?: string[];
  };
  months: Record<string, number>;
  relativeDays: Record<string, number>;
  yearWords: string[];
  /** Words between a name and its title that make the title the name's ("as", "becomes", "als", "sem"). */
  titleLinks?: string[];
  /**
   * Words opening a party or body named between a person and a title link, longest first: "Enoch
   * Godongwana of the ANC stays on as finance minister".
   */
  affiliations?: string[];
  /**
   * A name right after a noun is that noun's possessor, in the genitive ("talsmaður Pútíns", the
   * spokesman of Putin), as appositions there take a comma or the article ("talsmaðurinn X").
   */
  possessorAfterNoun?: boolean;
  /** Endings of nouns with their definite article ("-anna", "-inu"), which no one-word name has. */
  definiteEndings?: string[];
  /** Words of respect before a name that are not part of it ("Sheikh", "Prinz"), lower case. */
  honorifics?: string[];
  /**
   * Military ranks before a name, lower case: no part of a name read after or before a title
   * ("Gen Salifou Mody becomes defence minister"), but unlike an honorific someone's given name
   * for the surname guards ("General Sharif" is not Prime Minister Sharif).
   */
  ranks?: string[];
  /**
   * Endings of titles that are no state office, where nouns are capitalised, so that such a title
   * before a name is not read as its first word: "Klubobmann Herbert Kickl", "Landeshauptmann X".
   * A word is such a title only with at least three letters before the ending ("Hauptmann" is a
   * surname).
   */
  titleNounEndings?: string[];
  /**
   * Words between a calling and a name that make the name the principal, lower case: "a
   * spokesman for Donald Tusk", "ein Sprecher von Olaf Scholz" (see `nonLeaderCues`).
   */
  principalMarkers?: string[];
  /**
   * Names of world regions and groups of states, in every form, lower case: no part of a person's
   * name after a title ("samstarfsráðherra Norðurlanda" is the minister for Nordic cooperation).
   */
  regionWords?: string[];
  /** Heads of compounds that make a city's name its people's: "Wienerinnen", "Moskvubúar". */
  inhabitantHeads?: string[];
  /**
   * Relative pronouns opening a clause that gives the name before it a title: "Milan Panic, who
   * became prime minister", "Milan Panic, sem varð forsætisráðherra".
   */
  relativePronouns?: string[];
  /** The title links (`titleLinks`) a relative pronoun may open with: verbs, not adjectives ("fráfarandi"). */
  relativeLinks?: string[];
  /**
   * Prepositions after which capitals listed with "and" are places, whatever follows: "the ports of
   * Abidjan and Dakar" (where "Washington and Moscow agreed" are states).
   */
  placePrepositions?: string[];
  /**
   * Nouns after a capital's possessive that make it the city, not its state: "Nairobi's Kibera
   * slum", "Cairo's Tahrir Square", "Moscow's mayor" (lower case; the first or second word after).
   */
  cityNouns?: string[];
  /** Verbs between a title and the name of its holder: "Neuer Außenminister wird X". */
  nameLinks?: string[];
  /**
   * Verbs of taking over an office, between the new holder's name and the former's: "Carolina
   * Tohá replaced Izkia Siches as interior minister" gives both the title.
   */
  successionVerbs?: string[];
  /**
   * The same verbs' participles after a title, before the former holder's name: "… as interior
   * minister, replacing Izkia Siches".
   */
  successionParticiples?: string[];
  /**
   * Where nouns are capitalised, the words that mark the next word as a noun (articles,
   * "zum", "im"): "das Nachbarland Mali" is no person named Nachbarland Mali.
   */
  nounMarkers?: string[];
  /** Names of the days of the week, in lower case: capitalised, still no one's name ("On Sunday"). */
  weekdays?: string[];
  nameRules: SuffixRule[];
  personRules: SuffixRule[];
  /** States whose leaders' names follow the `native` person rules. */
  nativeStates?: string[];
  /**
   * How the names of the paper's own people look, so that an untied title after one is the
   * own state's ("Einar Ágústsson utanríkisráðherra" in 1976): the endings of the last word, and
   * letters of which the name must hold one (Icelandic patronymics: "-son", "-dóttir" and "á",
   * "ð", …, which Swedish "-sson" names lack).
   */
  nativeNames?: { endings: string[]; letters: string };
  /**
   * How this language's press respells names romanised from Cyrillic in English: English letter
   * groups ("zh", "kh", "v") and their spelling here ("sch", "ch", "w"); see `transliterate.ts`.
   */
  fromCyrillic?: Record<string, string>;
  /**
   * Letter groups some of this language's papers respell and others keep ("z" → "s":
   * "Nasarbajev" beside "Nazarbajev"): the names are spelled both ways.
   */
  fromCyrillicToo?: Record<string, string>;
  /** The same for names romanised from Arabic or Persian script ("kh" → "ch", "j" → "dsch"). */
  fromArabic?: Record<string, string>;
  /** Likewise for names romanised from Hebrew: "Yoav Gallant" → "Joav Gallant", "Tzipi" → "Zipi". */
  fromHebrew?: Record<string, string>;
  /**
   * Accents this language's papers put on some respelled surnames, from either script ("i" → "í":
   * "Karímov", "Rúhaní"); see `accentedSpellings`.
   */
  respellingAccents?: Record<string, string>;
  classes: Record<string, string[]>;
  compound: { minStem: number; heads: string[]; anyHeadMin: number | null };
  /**
   * Where a capital stands for its state: before a speaker's verb (`after`), after words naming
   * an actor (`before`: "pressure from"), or as the object of a verb that takes one (`objectOf`:
   * "accused Washington") when a word of `objectThen` or the clause's end follows ("accused
   * Washington of", not "warned Paris residents").
   */
  metonymContext: {
    after: string[];
    before: string[];
    objectOf?: string[];
    objectThen?: string[];
    skip?: string[];
  };
  nonLeaderCues: string[];
  /**
   * Someone's relatives, aides and counsel, with the word that links them to whose they are where
   * the language has one ("wife of"): a title after them is that person's, so a name set beside
   * the title is not its holder ("the wife of the Soviet leader, Raisa Gorbacheva").
   */
  relationNouns?: string[];
  /**
   * Callings no leader has, which an apposition may give a past leader's namesake: "said Modibo
   * Keita, a 52-year-old fabric trader". Not professions leaders had before office (lawyer,
   * economist, businessman).
   */
  nonLeaderCallings?: string[];
  /**
   * Prefixes that, joined by a hyphen, make a demonym a continent's or a region's rather than its
   * state's: "Inter-American", "Pan-American".
   */
  boundPrefixes?: string[];
  /**
   * Words that may open a sentence right before a surname ("Meanwhile Putin said"). Given, the
   * capitalised word opening a sentence before a surname is otherwise read as a given name, so
   * "Mojtaba Khamenei" opening a sentence is not the supreme leader. Without it, a sentence's
   * first word never makes the surname someone else's: German capitalises its nouns, and an
   * Icelandic sentence may open with the noun a name in the genitive belongs to ("Eiginkona Abes").
   */
  sentenceOpeners?: string[];
  /**
   * Words that make a person's name someone else's or something else's: a son's ("Donald Trump
   * Jr.", "Donald Trump yngri"), a place's or an institution's, after it ("Jomo Kenyatta
   * International Airport", "Kenyatta-flugvelli"; the start of the word as written, so
   * "flugv" takes every case of "flugvöllur" and "Airport" no "airport") or before it, in lower
   * case ("Flughafen Jomo Kenyatta").
   */
  namedAfter?: { after: string[]; before: string[] };
  /**
   * Starts of the words (any case) that name an institution after which a state's name stands in
   * the genitive as part of its name: "Háskóli Íslands" is a university, no mention of Iceland.
   */
  institutionHeads?: string[];
  /** Possessive pronouns that stand for a state named before them in the sentence ("its"). */
  statePronouns?: string[];
  /**
   * Parties whose abbreviation in brackets after a name says whose politician it is: "Wirtschafts-
   * ministerin Katherina Reiche (CDU)" is Germany's, whatever state the sentence before named. A
   * party several states have ("Grüne") lists them all; the one of the leader named just before is taken,
   * else the one the article names most (its leaders counting), and none on a tie.
   */
  partyStates?: Record<string, string[]>;
  /**
   * Names of institutions and places a state's name ends ("Bank of" Japan) or whose name a state's
   * name or adjective opens ("Swiss National Bank", "South China Sea", "Indian Ocean"), in lower
   * case; their first word must be capitalised: "the Bank of Japan" is no mention of Japan, "a
   * bank of Japan" is.
   */
  institutionsOf?: string[];
  institutionsAfter?: string[];
  /** Every noun is written with a capital (German): a capitalised word alone is no sign of a name. */
  nounsCapitalised?: boolean;
  /**
   * Ordinals that may open a title after a name: "Mohammad Mokhber, fyrsti varaforseti", "X, the
   * first deputy prime minister".
   */
  titleOrdinals?: string[];
  /** Verb-second word order: after "og"/"und" or an adverbial the subject follows the verb. */
  verbSecond?: boolean;
  /**
   * Names and adjectives of states and provinces within a country ("Ontario", "Bavarian",
   * "Bayerns", "NRW"): an office title right after one is regional ("Ontario Premier Doug Ford",
   * "NRW-Gesundheitsminister"), no national leader's.
   */
  regionalTies?: string[];
  /** The language's commonest function words, for quick language detection. */
  stopwords?: string[];
  boilerplate: BoilerplateData;
}

export interface CountryGuard {
  personLike?: boolean;
  rejectNear?: string[];
  /**
   * Not the country when the word it is found in is one of these, as written: compounds that
   * name something else ("Deutschlandfunk", a radio station), where `rejectNear` would drop the
   * country from the whole sentence.
   */
  rejectWords?: string[];
  /**
   * Not the country when written with a capital inside a sentence: in German the bare adjective
   * so written is the language ("auf Spanisch", "ins Deutsche" aside), not the state.
   */
  rejectCapitalised?: boolean;
  /**
   * Not the country where the article names one of these states more often than this one
   * (counting the states' names, demonyms and metonyms and places in them): "die
   * Bundesregierung", "das Kanzleramt" in an Austrian paper are Austria's, which has the same words.
   */
  yieldsTo?: string[];
}

/** `data/lexicons/<lang>/countries.json`. */
export interface CountryLexicon {
  exclude: string[];
  names: Record<string, string[]>;
  forms?: Record<string, string[]>;
  stems?: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  seats: Record<string, string[]>;
  /**
   * Adjectives of capitals ("Moskauer", "Pekinger") that, before one of `governmentNouns`
   * ("Führung", "Regierung"), name the state's government: "die Moskauer Führung".
   */
  seatAdjectives?: Record<string, string[]>;
  governmentNouns?: string[];
  guards: Record<string, CountryGuard>;
}

/** `data/lexicons/<lang>/offices.json`. */
export interface OfficeLexicon {
  titles: Record<string, LeaderRole>;
  blockers: string[];
  /**
   * The state a title names without a state beside it ("Foreign Secretary": GBR); several where
   * more than one state's press uses it ("Health Secretary": GBR, USA), the article then choosing.
   */
  implied: Record<string, string | string[]>;
  compoundHeads: Record<string, LeaderRole>;
  adHocNeedsTie: LeaderRole[];
  tieWords: string[];
  /** Words between a state and its title that say how the office is held: "Spain's acting foreign minister". */
  titleQualifiers?: string[];
  /**
   * Starts of words that, right before a title, make the office a region's rather than the
   * state's ("der bayerische Innenminister"), or a deputy's ("der stellvertretende
   * Verteidigungsminister"): no national leader is made of its holder.
   */
  localQualifiers?: string[];
  /**
   * A monarch's style before the regnal name, by the English title of the office in the leaders
   * data: "King" → ["König"] makes "König Harald" and "König Harald V." names of Harald V.
   */
  regnalStyles?: Record<string, string[]>;
  /**
   * Words for the holder of the same office in another state, after a country adjective: "his
   * Lithuanian counterpart X" is Lithuania's foreign minister when a foreign minister was named
   * just before. Lower case, as the words' keys.
   */
  counterparts?: string[];
  /** Words that may come between such a word and the name ("starfsbróður sinn, X"). */
  counterpartFollowers?: string[];
  /**
   * States where a title the lexicon gives another state's ministers ("Foreign Secretary", "Home
   * Secretary") is a civil servant's: India's Foreign Secretary is its senior diplomat.
   */
  officialTitleStates?: string[];
  /**
   * Endings, as keys, of a minister's title whatever the portfolio, where the language makes
   * titles one word ("Zivilschutzminister", "efnahagsöryggisráðherra"): a word so ending that no
   * title of the list matched is a minister's title of a portfolio the list lacks.
   */
  portfolioEndings?: string[];
  /** Starts of such words that make them no state's minister ("Landesminister", "Kultusminister"). */
  portfolioBlockers?: string[];
  /**
   * Titles named by a portfolio after a preposition, the portfolio in capitals and of any words
   * ("Minister for Indigenous Australians", "Minister for Climate Change and Energy"): the
   * capitalised heads that open one (lower case), the preposition, and the words that join a
   * portfolio's parts. The portfolio ends at a comma or before the last two capitalised words (the
   * holder's name); after a title the list has ("Minister for Climate"), only a joined part extends it.
   */
  portfolioAfter?: { heads: string[]; opener: string; joiners: string[] };
  /**
   * A minister named by the ministry taken over or headed, the name before a verb and the
   * ministry after it: "Giorgio Jackson will run Chile's social development ministry", "Guðrún
   * Hafsteinsdóttir tók við dómsmálaráðuneytinu". `endings`: endings, as keys, of the words for a
   * ministry, each with the ending of the minister's title that replaces it ("ministerium":
   * "minister") to find the role; `verbs`: the verbs, lower case, that may come between;
   * `portfolioFollows`: whether the portfolio may follow the ministry in lower case ("ráðuneyti
   * félags- og húsnæðismála"), where elsewhere such a word makes the ministry part of a longer
   * noun ("ministry officials").
   */
  ministries?: { endings: Record<string, string>; verbs: string[]; portfolioFollows?: boolean };
  /**
   * Nouns that, after a state's adjective, are the state itself ("the French Republic", "franska
   * lýðveldisins"), lower case. After a title, an adjective before any other noun ties the title
   * to that noun, not to the state: "president of the Russian Chess Federation".
   */
  stateNouns?: string[];
  /**
   * Titles that link a listed holder but make no one else a leader, lower case: a crown prince
   * heads a government only where he holds that office too ("Crown Prince Mohammed bin Salman"),
   * not as heir ("Japan's Crown Prince Akishino").
   */
  listedOnly?: string[];
}

export interface TriggerData {
  pattern: string;
  cameo: string | null;
  suppress?: boolean;
  passive?: boolean;
  nominal?: boolean;
  needsTarget?: boolean;
  needsPerson?: boolean;
  /** The target must follow the trigger at once ("welcomed Putin", not "welcomed the decision … the EU"). */
  targetAdjacent?: boolean;
  /** A participle closing its clause ("hat … angegriffen"): subject first in the clause, object before the verb. */
  verbFinal?: boolean;
}

export interface ReasonRule {
  all?: string[];
  any?: string[];
  near?: string[];
  reason: string;
}

export interface SanctionLexicon {
  keywords: string[];
  notImposed: string[];
  reasons: ReasonRule[];
}

/** Everything one language contributes; missing files fall back on English grammar. */
export interface LanguageBundle {
  lang: string;
  language: LanguageData;
  countries: CountryLexicon | null;
  offices: OfficeLexicon | null;
  triggers: TriggerData[];
  sanctions: SanctionLexicon | null;
  /** Country names from i18n-iso-countries for this language, by ISO alpha-3. */
  i18nNames: Map<string, string[]>;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  kind: OrganizationKind;
  parent?: string;
  names: Record<string, string[]>;
  /**
   * Per language, names that are also what a state calls a body of its own ("Security Council",
   * "Sicherheitsrat"): not this organization after a state's name or adjective, after one of
   * `nationalWords` ("National Security Council") or before "of"/"der" and a state.
   */
  genericNames?: Record<string, string[]>;
  nationalWords?: Record<string, string[]>;
  /** Per language, longer names of other bodies that contain one of its names ("European Council on Foreign Relations"). */
  otherBodies?: Record<string, string[]>;
}

export interface CapitalRecord {
  [lang: string]: string[] | boolean | undefined;
  metonym?: boolean;
}

export interface RegimeRecord {
  id: string;
  authority: string;
  target: string;
  since: number;
  until?: number;
  instrument: string;
  name: string;
}

export interface LeaderOffice {
  country: string;
  role: LeaderRole;
  title: string;
  since: string | null;
  until: string | null;
}

/** One entry of `data/leaders/leaders.json` (see that folder's README for the contract). */
export interface LeaderRecord {
  id: string;
  wikidata: string | null;
  name: string;
  names: Record<string, string[]>;
  familyName: Record<string, string>;
  offices: LeaderOffice[];
  /** Terms heading an intergovernmental body; absent for those who headed none. */
  heads?: LeaderHead[];
}

/** A term heading an intergovernmental body (`organization` is its id in data/organizations). */
export interface LeaderHead {
  organization: string;
  title: string;
  since: string;
  until: string | null;
}

export interface CountryInfo {
  iso2: string;
  iso3: string;
  name: string;
}

/** The reference data the extractor runs on, loaded once. */
export interface Resources {
  languages: Map<string, LanguageBundle>;
  /** Lazily built bundles for languages without lexicons (i18n names + English grammar). */
  bundleFor(lang: string): LanguageBundle;
  countries: Map<string, CountryInfo>;
  organizations: OrganizationRecord[];
  capitals: Record<string, CapitalRecord>;
  /**
   * Per country, its much-reported cities other than the capital, each with its names per language;
   * a seat of government among them (Bonn, Cotonou) is marked `metonym` and may stand for its state.
   */
  nonCapitalPlaces: Record<string, CapitalRecord[]>;
  regimes: RegimeRecord[];
  cameo: Record<string, string>;
  leaders: LeaderRecord[];
  /** States that no longer exist (also in `countries`), from `data/countries/former-states.json`. */
  formerStates: FormerState[];
  /**
   * A digest of every data file read and of the country-name package's version: lexicons derived
   * from these resources and stored by the build are used only while it matches.
   */
  fingerprint: string;
  loadMs: number;
}

/** A state of the news archive that no longer exists. */
export interface FormerState {
  iso3: string;
  /** The day it ceased to exist (YYYY-MM-DD). */
  until: string;
  /** The state whose capital and seats stood for it until then ("the Kremlin" in 1990), if any. */
  heir: string | null;
}

export interface ResourceOptions {
  /** Folder holding the data files; defaults to the project's `data/`. */
  dataDir?: string;
  /** Leaders file; defaults to `<dataDir>/leaders/leaders.json` (an empty list when it is absent). */
  leadersFile?: string;
}

const require = createRequire(import.meta.url);

interface I18nCountries {
  alpha2ToAlpha3(code: string): string | undefined;
  getAlpha2Codes(): Record<string, string>;
}

/** Reads a JSON data file, noting a digest of its text under its path in `digests` when given. */
function readJson<T>(path: string, digests: Map<string, string> | null): T {
  try {
    const text = readFileSync(path, 'utf8');
    digests?.set(path, createHash('sha256').update(text).digest('hex'));
    return JSON.parse(text) as T;
  } catch (error) {
    throw new NewsgraphError(ErrorCode.BAD_CONFIG, `Cannot read the extractor data file ${path}`, {
      cause: error,
    });
  }
}

function readOptional<T>(path: string, digests: Map<string, string> | null): T | null {
  return existsSync(path) ? readJson<T>(path, digests) : null;
}

function i18nNames(lang: string, iso: I18nCountries): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let table: { countries: Record<string, string | string[]> };
  try {
    table = require(`i18n-iso-countries/langs/${lang}.json`) as typeof table;
  } catch {
    return out;
  }
  for (const [alpha2, value] of Object.entries(table.countries)) {
    const alpha3 = iso.alpha2ToAlpha3(alpha2);
    if (alpha3) out.set(alpha3, Array.isArray(value) ? value : [value]);
  }
  return out;
}

/**
 * One digest over the data files read (by their path under the data folder, in sorted order, so
 * that the order a folder lists its files in does not matter) and the country-name package.
 */
function fingerprintOf(dataDir: string, digests: ReadonlyMap<string, string>, load: NodeJS.Require): string {
  const fingerprint = createHash('sha256');
  fingerprint.update(
    `i18n-iso-countries@${(load('i18n-iso-countries/package.json') as { version: string }).version}\n`,
  );
  const root = `${dataDir.replace(/\/$/, '')}/`;
  const named: Array<[string, string]> = [...digests].map(([path, digest]) => [
    path.startsWith(root) ? path.slice(root.length) : basename(path),
    digest,
  ]);
  named.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [path, digest] of named) fingerprint.update(`${path} ${digest}\n`);
  return fingerprint.digest('hex');
}

/** Leader records, their offices and their headships, each kind in one hidden class. */
function uniformLeaders(records: LeaderRecord[]): LeaderRecord[] {
  const shapeOffice = uniformShaper(records.flatMap((record) => record.offices));
  const shapeHead = uniformShaper(records.flatMap((record) => record.heads ?? []));
  return uniformShape(records).map((record) => {
    record.offices = record.offices.map(shapeOffice);
    if (record.heads) record.heads = record.heads.map(shapeHead);
    return record;
  });
}

/**
 * Loads the extractor's data synchronously: lexicons of every language under
 * `data/lexicons/`, organizations, capitals, sanction regimes, the CAMEO codes and the leaders.
 */
export function loadResources(options: ResourceOptions = {}): Resources {
  const started = performance.now();
  const dataDir = options.dataDir ?? projectPath('data');
  const iso = require('i18n-iso-countries') as I18nCountries;
  // Bundles made later, for languages without lexicons, read no data file that is not noted here.
  let digests: Map<string, string> | null = new Map();
  const read = <T>(path: string): T => readJson<T>(path, digests);
  const optional = <T>(path: string): T | null => readOptional<T>(path, digests);
  const lexiconDir = `${dataDir}/lexicons`;
  const english = read<LanguageData>(`${lexiconDir}/en/language.json`);

  const readBundle = (lang: string): LanguageBundle => {
    const dir = `${lexiconDir}/${lang}`;
    return {
      lang,
      language: optional<LanguageData>(`${dir}/language.json`) ?? { ...english, lang },
      countries: optional<CountryLexicon>(`${dir}/countries.json`),
      offices: optional<OfficeLexicon>(`${dir}/offices.json`),
      triggers: optional<{ triggers: TriggerData[] }>(`${dir}/events.json`)?.triggers ?? [],
      sanctions: optional<SanctionLexicon>(`${dir}/sanctions.json`),
      i18nNames: i18nNames(lang, iso),
    };
  };
  const bundlesRead = [...readdirSync(lexiconDir, { withFileTypes: true })]
    .filter((entry) => entry.isDirectory())
    .map((entry) => readBundle(entry.name));
  // Every language's data in one hidden class per kind of file (see uniformShape.ts).
  const present = <T>(values: Array<T | null>): T[] => values.filter((value): value is T => value !== null);
  const shapeLanguage = uniformShaper([english, ...bundlesRead.map((b) => b.language)]);
  const shapeCountries = uniformShaper(present(bundlesRead.map((b) => b.countries)));
  const shapeOffices = uniformShaper(present(bundlesRead.map((b) => b.offices)));
  const shapeSanctions = uniformShaper(present(bundlesRead.map((b) => b.sanctions)));
  const shapeTrigger = uniformShaper(bundlesRead.flatMap((b) => b.triggers));
  const shaped = (bundle: LanguageBundle): LanguageBundle => ({
    ...bundle,
    language: shapeLanguage(bundle.language),
    countries: bundle.countries && shapeCountries(bundle.countries),
    offices: bundle.offices && shapeOffices(bundle.offices),
    sanctions: bundle.sanctions && shapeSanctions(bundle.sanctions),
    triggers: bundle.triggers.map(shapeTrigger),
  });
  const makeBundle = (lang: string): LanguageBundle => shaped(readBundle(lang));

  const languages = new Map<string, LanguageBundle>();
  for (const bundle of bundlesRead) languages.set(bundle.lang, shaped(bundle));

  const display = read<{ names: Record<string, string> }>(`${dataDir}/countries/display-names.json`).names;
  const english18n = languages.get('en')?.i18nNames ?? i18nNames('en', iso);
  const countries = new Map<string, CountryInfo>();
  for (const alpha2 of Object.keys(iso.getAlpha2Codes())) {
    const iso3 = iso.alpha2ToAlpha3(alpha2);
    if (!iso3) continue;
    const names = english18n.get(iso3) ?? [iso3];
    const fallback = (names.find((n) => !/[,(]/.test(n)) ?? names[0] ?? iso3).trim();
    countries.set(iso3, { iso2: alpha2, iso3, name: display[iso3] ?? fallback });
  }

  // The archive's former states (the Soviet Union, East Germany, ...), which i18n-iso-countries
  // does not list, under the codes ISO 3166-1 had for them.
  const former = read<{
    states: Record<string, { iso2: string; name: string } & Omit<FormerState, 'iso3'>>;
  }>(`${dataDir}/countries/former-states.json`).states;
  const formerStates: FormerState[] = [];
  for (const [iso3, state] of Object.entries(former)) {
    countries.set(iso3, { iso2: state.iso2, iso3, name: state.name });
    formerStates.push({ iso3, until: state.until, heir: state.heir });
  }

  const capitalsFile = read<{
    capitals: Record<string, CapitalRecord>;
    nonCapitalPlaces: Record<string, CapitalRecord[]>;
  }>(`${dataDir}/countries/capitals.json`);
  const leadersFile = options.leadersFile ?? `${dataDir}/leaders/leaders.json`;
  const leaders = uniformLeaders(optional<{ leaders: LeaderRecord[] }>(leadersFile)?.leaders ?? []);
  const organizations = uniformShape(
    read<{ organizations: OrganizationRecord[] }>(`${dataDir}/organizations/organizations.json`)
      .organizations,
  );
  const regimes = read<{ regimes: RegimeRecord[] }>(`${dataDir}/sanctions/regimes.json`).regimes;
  const cameo = read<{ codes: Record<string, string> }>(`${dataDir}/events/cameo.json`).codes;
  const fingerprint = fingerprintOf(dataDir, digests, require);
  digests = null;

  return {
    languages,
    bundleFor(lang: string): LanguageBundle {
      let bundle = languages.get(lang);
      if (!bundle) {
        bundle = makeBundle(lang);
        languages.set(lang, bundle);
      }
      return bundle;
    },
    countries,
    organizations,
    capitals: capitalsFile.capitals,
    nonCapitalPlaces: capitalsFile.nonCapitalPlaces,
    regimes,
    cameo,
    leaders,
    formerStates,
    fingerprint,
    loadMs: performance.now() - started,
  };
}
