import { isYearKey } from './dates.js';
import { bySeat, countryMention, type DocText, type EntityMention, type OfficeMention } from './document.js';
import { mapped } from './lists.js';
import type { FormerState } from './resources.js';

/** Entities and office titles, with capitals and seats read as the former states they stood for. */
export interface AsFormerStates {
  entities: EntityMention[];
  offices: OfficeMention[];
}

/**
 * The entities with a capital or seat of government read as the former state it stood for on the
 * day the passage is about: "the Kremlin" and "Moscow" speak for the Soviet Union until its end in
 * December 1991, "Belgrade" for Yugoslavia until the socialist federation's end in 1992. So do
 * titles made of a seat ("Kremlchef"). Names and demonyms stay as written ("Russia" in 1990 is the
 * Russian republic, "Yugoslav" in 1999 the rump federation's).
 *
 * The day is the article's, or, in a sentence naming a year before the article's, that year:
 * "Schon 1987 setzte Genscher darauf, dass Kremlchef Michail Gorbatschow …" in an obituary of 2016.
 */
export function asFormerStates(
  doc: DocText,
  entities: EntityMention[],
  offices: OfficeMention[],
  day: string,
  formerStates: readonly FormerState[],
): AsFormerStates {
  const heirs = new Set<string>();
  for (const state of formerStates) if (state.heir !== null) heirs.add(state.heir);
  if (heirs.size === 0) return { entities, offices };
  // Found on first need: most articles name no heir's capital.
  let years: Map<number, string> | null = null;
  const byDay = new Map<string, Map<string, string>>();
  /** The former state an heir's capital stood for on the sentence's day, if any. */
  const formerOf = (heir: string, sentence: number): string | undefined => {
    if (!heirs.has(heir)) return undefined;
    years ??= sentenceYears(doc, day);
    const on = years.get(sentence) ?? day;
    let map = byDay.get(on);
    if (!map) {
      map = new Map();
      for (const state of formerStates)
        if (state.heir !== null && on < state.until) map.set(state.heir, state.iso3);
      byDay.set(on, map);
    }
    return map.get(heir);
  };
  return {
    entities: mapped(entities, (entity) => {
      const id = bySeat(entity) ? formerOf(entity.id, entity.sentence) : undefined;
      return id === undefined
        ? entity
        : countryMention(entity.first, entity.last, entity.sentence, id, entity.via);
    }),
    offices: mapped(offices, (office) => {
      const id =
        office.compound && office.country && madeOfSeat(entities, office)
          ? formerOf(office.country, office.sentence)
          : undefined;
      return id === undefined ? office : officeIn(office, id);
    }),
  };
}

/**
 * Whether a compound title is made of a seat or a capital ("Kremlchef"), not of a state's name
 * ("Rússlandsforseti" in 1991 is the Russian republic's president): the country mention of the
 * same words says which.
 */
function madeOfSeat(entities: readonly EntityMention[], office: OfficeMention): boolean {
  return entities.some((e) => bySeat(e) && e.first === office.first && e.last === office.last);
}

/** Words a year may follow at a sentence's start and still set the sentence in it ("Im Jahr 1987"). */
const YEAR_OPENING = 3;

/**
 * Per sentence opening with a year before the article's ("Schon 1987 …", "In 1990 …", "Árið 1990
 * …"), that year's first day. A year later in the sentence may be what it talks about rather than
 * when ("Kyiv insists on its 1991 borders, which Moscow rejects").
 */
function sentenceYears(doc: DocText, day: string): Map<number, string> {
  const out = new Map<number, string>();
  const current = day.slice(0, 4);
  let sentence = -1;
  let position = 0;
  for (const token of doc.tokens) {
    if (token.sentence !== sentence) {
      sentence = token.sentence;
      position = 0;
    }
    position++;
    if (position > YEAR_OPENING + 1 || token.key.length !== 4 || out.has(sentence)) continue;
    if (isYearKey(token.key) && token.key < current) out.set(sentence, `${token.key}-01-01`);
  }
  return out;
}

/** The title with another country, spelt out in the key order `classify` uses (one hidden class). */
function officeIn(office: OfficeMention, id: string): OfficeMention {
  return {
    first: office.first,
    last: office.last,
    sentence: office.sentence,
    role: office.role,
    country: id,
    compound: office.compound,
    among: office.among,
  };
}
