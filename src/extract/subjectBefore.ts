import type { Doc } from './document.js';
import { GAP, gapText } from './document.js';
import { Shape } from './tokenize.js';

/** A full stop and spaces after an initial. */
const INITIAL_GAP = /^\.\s+$/;

/**
 * Whether a name ends right before token `verb` (its verb, or the comma of an apposition) as its
 * subject: not after a preposition ("Die Ermittlungen gegen Thomas Müller leitet das
 * Innenministerium", "Laut Steffen Hebestreit, dem Sprecher der Bundesregierung, wird …").
 */
export function subjectBefore(doc: Doc, verb: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[verb]?.sentence;
  const language = doc.lexicon.bundle.language;
  const stopwords = language.stopwords ?? [];
  let first = verb - 1;
  if (tokens[first]?.shape !== Shape.Capitalized || tokens[first]?.sentence !== sentence) return false;
  // Back over the name's words; a capitalised preposition opening the sentence is none ("Laut").
  while (
    tokens[first - 1]?.shape === Shape.Capitalized &&
    tokens[first - 1]?.sentence === sentence &&
    !stopwords.includes(tokens[first - 1]?.key ?? '') &&
    (GAP.space.test(gapText(doc, first - 1, first)) ||
      // A middle initial: "Ólafs Þ. Harðarsonar".
      (tokens[first - 1]?.key.length === 1 && INITIAL_GAP.test(gapText(doc, first - 1, first))))
  )
    first--;
  const before = tokens[first - 1];
  return (
    before === undefined ||
    before.sentence !== sentence ||
    language.conjunctions.includes(before.key) ||
    !stopwords.includes(before.key)
  );
}
