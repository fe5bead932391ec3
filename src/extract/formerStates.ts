import type { EntityMention } from './document.js';
import type { FormerState } from './resources.js';

/**
 * The entities with a capital or seat of government read as the former state it stood for on the
 * article's day: "the Kremlin" and "Moscow" speak for the Soviet Union until its end in December
 * 1991, "Belgrade" for Yugoslavia until the socialist federation's end in 1992. Names and
 * demonyms stay as written ("Russia" in 1990 is the Russian republic, "Yugoslav" in 1999 the
 * rump federation's).
 */
export function asFormerStates(
  entities: EntityMention[],
  day: string,
  formerStates: readonly FormerState[],
): EntityMention[] {
  const formerOf = new Map<string, string>();
  for (const state of formerStates)
    if (state.heir !== null && day < state.until) formerOf.set(state.heir, state.iso3);
  if (formerOf.size === 0) return entities;
  return entities.map((entity) => {
    const seat = entity.kind === 'country' && (entity.via === 'seat' || entity.via === 'capital');
    const id = seat ? formerOf.get(entity.id) : undefined;
    return id === undefined ? entity : withCountry(entity, id);
  });
}

/** The mention with another country, spelt out in the key order `classify` uses (one hidden class). */
function withCountry(entity: EntityMention, id: string): EntityMention {
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
