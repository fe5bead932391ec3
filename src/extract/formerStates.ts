import type { EntityMention } from './document.js';
import type { FormerState, LeaderRecord } from './resources.js';

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

/** Per former state whose office holders the leader data records under another, that other. */
export function officeStates(formerStates: readonly FormerState[]): Map<string, string> {
  const under = new Map<string, string>();
  for (const state of formerStates)
    if (state.officesUnder !== null) under.set(state.iso3, state.officesUnder);
  return under;
}

/**
 * The entities as the leader data sees them: a former state's mentions as those of the state it
 * records that state's offices under ("the Soviet foreign minister" is Russia's in
 * `data/leaders/`, see its README). Others stay as they are: the data has no office of
 * Czechoslovakia or Yugoslavia, and their heirs' offices are the republics'.
 */
export function asOfficeStates(
  entities: EntityMention[],
  under: ReadonlyMap<string, string>,
): EntityMention[] {
  if (!entities.some((entity) => entity.kind === 'country' && under.has(entity.id))) return entities;
  return entities.map((entity) => {
    const id = entity.kind === 'country' ? under.get(entity.id) : undefined;
    return id === undefined ? entity : withCountry(entity, id);
  });
}

/**
 * The state a leader's title names: the state the leader was resolved to, or the former state
 * whose offices the data records under it when every office of theirs there ended with that state
 * ("President Mikhail Gorbachev" is the Soviet Union's, in 1990 or in 2020).
 */
export function titleState(
  country: string,
  record: LeaderRecord | undefined,
  formerStates: readonly FormerState[],
): string {
  if (!record) return country;
  for (const state of formerStates) {
    if (state.officesUnder !== country) continue;
    const there = record.offices.filter((office) => office.country === country);
    if (there.length > 0 && there.every((office) => (office.until ?? '9999') <= state.until))
      return state.iso3;
  }
  return country;
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
