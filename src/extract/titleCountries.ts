import { adjacent, countryMention, type Doc, type EntityMention, type OfficeMention } from './document.js';
import { insertionSort } from './insertionSort.js';
import type { ResolvedLeader } from './leaders.js';

/**
 * The entities with a country mention added for each state the text names only through the
 * title of one of its office holders: "Bundeskanzler Olaf Scholz" is about Germany, and "In
 * Washington, President Joe Biden said" about the United States, though neither names the
 * state. The mention is the title, written right before the name of a leader resolved to that
 * state; a state the text also names otherwise keeps only those mentions. The added mentions
 * count for the article's countries, not as actors (the leader already acts for the state).
 */
export function withTitleCountries(
  doc: Doc,
  entities: readonly EntityMention[],
  offices: readonly OfficeMention[],
  leaders: readonly ResolvedLeader[],
): readonly EntityMention[] {
  const named = new Set<string>();
  // Where a state's name or adjective stands right before the title, the title is that state's
  // ("der sowjetische Staatspräsident"): the state is named, and by another word than the title.
  const stateEnds = new Set<number>();
  for (const entity of entities) {
    if (entity.kind !== 'country') continue;
    named.add(entity.id);
    stateEnds.add(entity.last);
  }
  const titleEnding = new Map<number, OfficeMention>();
  for (const office of offices) if (!office.compound) titleEnding.set(office.last, office);
  const added: EntityMention[] = [];
  for (const leader of leaders) {
    const state = leader.country;
    if (state === null || named.has(state)) continue;
    for (const span of leader.spans) {
      const title = titleEnding.get(span.first - 1);
      // A title several states' press use may be the leader's state's though the article settled it on another.
      if (!title || (title.country !== null && title.country !== state && !title.among?.includes(state)))
        continue;
      if (stateEnds.has(title.first - 1)) continue;
      if (!adjacent(doc, title.last, span.first)) continue;
      added.push(countryMention(title.first, title.last, title.sentence, state, 'leader'));
    }
  }
  if (added.length === 0) return entities;
  // Each before the first entity after it, so that countries stay in order of first mention.
  const out = [...entities];
  for (const mention of insertionSort(added, (a, b) => a.first - b.first)) {
    const at = out.findIndex((entity) => entity.first > mention.first);
    out.splice(at === -1 ? out.length : at, 0, mention);
  }
  return out;
}
