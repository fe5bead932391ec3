import type { Doc, EntityMention, OfficeMention } from './document.js';
import { GAP, gapText, possessiveAt } from './document.js';
import { wordsEndAt } from './grammar.js';
import type { OfficeLexicon } from './resources.js';
import { subjectBefore } from './subjectBefore.js';
import { Shape, type Token } from './tokenize.js';
import type { LeaderRole } from './types.js';
import { WordMemo } from './vocabulary.js';

/** At most this many words between the verb and the ministry: "the new social development". */
const MAX_BETWEEN = 5;

/** Per lexicon, its titles by lower-case key, and its ministry verbs split into words. */
interface Compiled {
  titles: Map<string, LeaderRole>;
  verbs: string[][];
  endings: Array<[string, string]>;
  /** Per word, the index in `endings` of the ending it has, or -1 (asked of every word, answered once). */
  endingOf: WordMemo<number>;
}

const compiledCache = new WeakMap<OfficeLexicon, Compiled>();

function compiled(lexicon: OfficeLexicon, ministries: NonNullable<OfficeLexicon['ministries']>): Compiled {
  let out = compiledCache.get(lexicon);
  if (!out) {
    // Longest ending first: "ministeriums" before "ministerium".
    const endings = Object.entries(ministries.endings).sort((a, b) => b[0].length - a[0].length);
    out = {
      titles: new Map(Object.entries(lexicon.titles).map(([title, role]) => [title.toLowerCase(), role])),
      verbs: ministries.verbs.map((verb) => verb.split(' ')),
      endings,
      endingOf: new WordMemo((key) => endings.findIndex(([end]) => key.endsWith(end))),
    };
    compiledCache.set(lexicon, out);
  }
  return out;
}

/**
 * Offices named by the ministry a person takes over or heads (see `ministries`): the office
 * spans the verb to the ministry, so that the name right before it is its holder. The role is
 * the title the ministry's words make with the minister's ending ("foreign ministry": foreign
 * minister; "Verteidigungsministerium": defence minister), else a minister's. A state among the
 * words ties the office ("South Africa's electricity ministry"). Not a ministry's possession ("heads
 * the ministry's press office"), nor a ministry word that opens a longer noun ("ministry officials").
 */
export function ministryTitles(
  doc: Doc,
  covered: readonly number[],
  entities: readonly EntityMention[],
  lexicon: OfficeLexicon,
): OfficeMention[] {
  const ministries = lexicon.ministries;
  if (!ministries) return [];
  const { titles, verbs, endings, endingOf } = compiled(lexicon, ministries);
  const stopwords = doc.lexicon.bundle.language.stopwords ?? [];
  const determiners = doc.lexicon.bundle.language.determiners ?? [];
  const { tokens } = doc;
  const out: OfficeMention[] = [];
  for (let t = 1; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    const ending = endings[endingOf.get(token.id, token.key)];
    if (!ending || covered[t] !== -1 || possessiveAt(doc, t)) continue;
    const next = tokens[t + 1];
    if (
      ministries.portfolioFollows !== true &&
      next?.sentence === token.sentence &&
      next.shape === Shape.Lower &&
      GAP.space.test(gapText(doc, t, t + 1)) &&
      !stopwords.includes(next.key)
    )
      continue;
    const found = verbBefore(doc, covered, entities, verbs, stopwords, determiners, t);
    if (!found || !subjectBefore(doc, found.first)) continue;
    const words = found.words.filter((w) => !determiners.includes(w));
    const stem = token.key.slice(0, token.key.length - ending[0].length);
    const title = [...words, `${stem}${ending[1]}`].join(' ').trim();
    const role = titles.get(title) ?? 'minister';
    out.push({
      first: found.first,
      last: t,
      sentence: token.sentence,
      role,
      country: found.state,
      // A state among the words ties it as a one-word title's state does, and none is no tie.
      compound: true,
      among: null,
    });
  }
  return out;
}

/**
 * The verb before the ministry at `at`, over words with no punctuation between: where it starts,
 * the lower-case words between it and the ministry, and the state named among them.
 */
function verbBefore(
  doc: Doc,
  covered: readonly number[],
  entities: readonly EntityMention[],
  verbs: readonly string[][],
  stopwords: readonly string[],
  determiners: readonly string[],
  at: number,
): { first: number; words: string[]; state: string | null } | null {
  const { tokens } = doc;
  const sentence = tokens[at]?.sentence;
  const words: string[] = [];
  let state: string | null = null;
  for (let t = at - 1; t >= 0 && t >= at - 1 - MAX_BETWEEN; t--) {
    const token = tokens[t];
    if (!token || token.sentence !== sentence) return null;
    const gap = gapText(doc, t, t + 1);
    if (!GAP.space.test(gap) && !GAP.hyphen.test(gap) && !possessiveAt(doc, t)) return null;
    const verb = verbs.find((words) => wordsEndAt(tokens, words, t, sentence));
    if (verb) return { first: t - verb.length + 1, words, state };
    const country = entities.find((e) => e.kind === 'country' && e.first <= t && t <= e.last);
    if (country) {
      state = country.id;
      continue;
    }
    // Another name or title among the words: "took over Rosneft's ministry" is no ministry's title.
    if (covered[t] !== -1) return null;
    // Nor a preposition: "oversees policy at the finance ministry", "heldur því fram að ráðuneytið".
    if (stopwords.includes(token.key) && !determiners.includes(token.key)) return null;
    words.unshift(token.key);
  }
  return null;
}
