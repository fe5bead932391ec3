import { YEAR_KEY } from './dates.js';
import type { DocText, EntityMention, OfficeMention } from './document.js';
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
    entities: entities.map((entity) => {
      const seat = entity.kind === 'country' && (entity.via === 'seat' || entity.via === 'capital');
      const id = seat ? formerOf(entity.id, entity.sentence) : undefined;
      return id === undefined ? entity : entityIn(entity, id);
    }),
    offices: offices.map((office) => {
      const id = office.compound && office.country ? formerOf(office.country, office.sentence) : undefined;
      return id === undefined ? office : officeIn(office, id);
    }),
  };
}

/** Per sentence naming a year before the article's, the first such year's first day. */
function sentenceYears(doc: DocText, day: string): Map<number, string> {
  const out = new Map<number, string>();
  const current = day.slice(0, 4);
  for (const token of doc.tokens)
    if (token.key.length === 4 && !out.has(token.sentence) && YEAR_KEY.test(token.key) && token.key < current)
      out.set(token.sentence, `${token.key}-01-01`);
  return out;
}

/** The mention with another country, spelt out in the key order `classify` uses (one hidden class). */
function entityIn(entity: EntityMention, id: string): EntityMention {
  return {
    first: entity.first,
    last: entity.last,
    sentence: entity.sentence,
    kind: entity.kind,
    id,
    country: id,
    via: entity.via,
  };
}

/** The title with another country, likewise in `classify`'s key order. */
function officeIn(office: OfficeMention, id: string): OfficeMention {
  return {
    first: office.first,
    last: office.last,
    sentence: office.sentence,
    role: office.role,
    country: id,
    compound: office.compound,
  };
}
