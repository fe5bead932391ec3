import type { EntityMention } from './document.js';
import type { FormerState } from './resources.js';

/**
 * The entities with a capital or seat of government read as the former state it stood for on the
 * article's day: "the Kremlin" and "Moscow" speak for the Soviet Union until its end in December
 * 1991, "Belgrade" for Yugoslavia until 2003. Names and demonyms stay as written ("Russia" in 1990
 * is the Russian republic).
 */
export function asFormerStates(
  entities: EntityMention[],
  day: string,
  formerStates: readonly FormerState[],
): EntityMention[] {
  const heirs = new Map<string, string>();
  for (const state of formerStates)
    if (state.heir !== null && day < state.until) heirs.set(state.heir, state.iso3);
  if (heirs.size === 0) return entities;
  return entities.map((entity) => {
    const former = entity.kind === 'country' && (entity.via === 'seat' || entity.via === 'capital');
    const id = former ? heirs.get(entity.id) : undefined;
    return id === undefined ? entity : withCountry(entity, id);
  });
}

/**
 * The entities as the leader data sees them: a former state's mentions as its heir's, whose
 * offices the data records the former state's under ("the Soviet foreign minister" is Russia's in
 * `data/leaders/`, see its README). Without an heir (East Germany) a mention stays as it is.
 */
export function asHeirs(entities: EntityMention[], heirs: ReadonlyMap<string, string>): EntityMention[] {
  if (!entities.some((entity) => entity.kind === 'country' && heirs.has(entity.id))) return entities;
  return entities.map((entity) => {
    const id = entity.kind === 'country' ? heirs.get(entity.id) : undefined;
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

/** Each former state's heir, by the former state's code. */
export function heirsOf(formerStates: readonly FormerState[]): Map<string, string> {
  const heirs = new Map<string, string>();
  for (const state of formerStates) if (state.heir !== null) heirs.set(state.iso3, state.heir);
  return heirs;
}
