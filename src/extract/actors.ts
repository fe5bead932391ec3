import type { Doc, EntityMention, OfficeMention } from './document.js';
import { insertionSort } from './insertionSort.js';
import type { ResolvedLeader } from './leaders.js';

/** An actor in a sentence: one or more ids (a leader with his country) over a token span. */
export interface Actor {
  ids: string[];
  first: number;
  last: number;
  sentence: number;
  isPerson: boolean;
  /** A city named as a place (not used for its state): a location, not an actor, except as a visit's target. */
  isPlace: boolean;
}

/**
 * Builds each sentence's actors, in order: countries, places (as their country), non-agency
 * organizations and leaders; a leader absorbs a mention of his own country written beside his
 * name ("Russian President Vladimir Putin", "Vladimír Pútín Rússlandsforseti").
 */
export function buildActors(
  doc: Doc,
  entities: EntityMention[],
  leaders: ResolvedLeader[],
  agencies: ReadonlySet<string>,
  offices: readonly OfficeMention[] = [],
): Actor[][] {
  // A title written before the name belongs to the actor ("und Ministerpräsident Li Qiang").
  const titleEnds = new Map<number, number>();
  for (const office of offices) if (!office.compound) titleEnds.set(office.last, office.first);
  const bySentence: Actor[][] = doc.sentences.map(() => []);
  const leaderActors: Actor[] = [];
  for (const leader of leaders) {
    for (const span of leader.spans) {
      const actor = {
        ids: leader.country ? [leader.id, leader.country] : [leader.id],
        first: titleEnds.get(span.first - 1) ?? span.first,
        last: span.last,
        sentence: span.sentence,
        isPerson: true,
        isPlace: false,
      };
      leaderActors.push(actor);
      bySentence[span.sentence]?.push(actor);
    }
  }
  // A capital used for its state yields a country and a place at the same words: the country acts.
  const ordered = insertionSort(
    entities.slice(),
    (a, b) => a.first - b.first || (a.kind === 'country' ? -1 : 1) - (b.kind === 'country' ? -1 : 1),
  );
  // One actor per id and first word; entities at the same first word come together in this order.
  let seenFirst = -1;
  const seenIds: string[] = [];
  for (const entity of ordered) {
    if (entity.kind === 'org' && agencies.has(entity.id)) continue;
    if (entity.kind === 'leader') continue;
    const id = entity.kind === 'place' ? entity.country : entity.id;
    if (!id) continue;
    if (entity.first !== seenFirst) {
      seenFirst = entity.first;
      seenIds.length = 0;
    }
    if (seenIds.includes(id)) continue;
    seenIds.push(id);
    if (absorbedByLeader(leaderActors, entity, id)) continue;
    bySentence[entity.sentence]?.push({
      ids: [id],
      first: entity.first,
      last: entity.last,
      sentence: entity.sentence,
      isPerson: false,
      isPlace: entity.kind === 'place',
    });
  }
  for (const list of bySentence) if (list.length > 1) insertionSort(list, (a, b) => a.first - b.first);
  return bySentence;
}

/** Whether a leader written beside this mention of his own country takes it in. */
function absorbedByLeader(leaderActors: readonly Actor[], entity: EntityMention, id: string): boolean {
  for (const actor of leaderActors) {
    if (
      actor.sentence === entity.sentence &&
      actor.ids[1] === id &&
      ((entity.last < actor.first && actor.first - entity.last <= 3) ||
        (entity.first > actor.last && entity.first - actor.last <= 2))
    ) {
      return true;
    }
  }
  return false;
}

/** A comma or an ampersand between two actors of a list. */
const LIST_GAP = /^\s*[,&]\s*$/;

/** Extends an actor over "X and Y", "X, Y og Z" to the group it belongs to, in the given direction. */
export function group(doc: Doc, actors: Actor[], index: number, direction: 1 | -1, limit: number): Actor[] {
  const conjunctions = doc.lexicon.bundle.language.conjunctions;
  const determiners = doc.lexicon.bundle.language.determiners ?? [];
  const out: Actor[] = [];
  let current = actors[index];
  let i = index;
  while (current) {
    out.push(current);
    const next = actors[i + direction];
    if (!next) break;
    const [left, right] = direction === 1 ? [current, next] : [next, current];
    if (direction === 1 && next.first >= limit) break;
    if (direction === -1 && next.last <= limit) break;
    let linked = right.first > left.last;
    let conjunction = false;
    for (let t = left.last + 1; t < right.first && linked; t++) {
      const key = doc.tokens[t]?.key ?? '';
      if (conjunctions.includes(key)) conjunction = true;
      else linked = determiners.includes(key);
    }
    linked &&= conjunction || right.first === left.last + 1;
    const gap = doc.text.slice(doc.tokens[left.last]?.end ?? 0, doc.tokens[right.first]?.start ?? 0);
    if (!linked || (right.first === left.last + 1 && !LIST_GAP.test(gap))) break;
    current = next;
    i += direction;
  }
  return out;
}
