import type { SuffixRule } from './resources.js';

/**
 * A person's name as written in another case, put back in the nominative by the language's
 * person-name rules read backwards: "Ólafar Nordal" is Ólöf Nordal, "Áslaugu Örnu
 * Sigurbjörnsdóttur" Áslaug Arna Sigurbjörnsdóttir. A person found by title alone is then one
 * person under one name, whatever the case the text names them in.
 */
export function nominativeName(name: string, rules: readonly SuffixRule[]): string {
  if (rules.length === 0) return name;
  return name
    .split(' ')
    .map((word) => nominativeWord(word, rules))
    .join(' ');
}

// Endings of one or two letters are left alone: they also end names in the nominative ("Einar",
// "Jónas", "Lars"), where longer ones ("-dóttur", "-sonar", "-öllu", "-ínar") do not.
const SHORTEST_ENDING = 3;

/** The word with the longest ending a rule adds replaced by the rule's suffix; the word when none fits. */
function nominativeWord(word: string, rules: readonly SuffixRule[]): string {
  const lower = word.toLowerCase();
  let best = word;
  let bestLength = SHORTEST_ENDING - 1;
  for (const rule of rules) {
    const kept = rule.suffix.slice(0, rule.suffix.length - (rule.strip ?? 0));
    for (const add of rule.add) {
      const ending = (kept + add).toLowerCase();
      // Strictly longer, so that among equal endings the first rule listed wins. What a rule keeps
      // of its suffix needs two letters of stem before it ("Ragnars", not "Lars"); a rule that
      // replaces its whole suffix may replace the whole word ("Örnu" → "Arna").
      const stem = word.length - ending.length;
      if (ending.length <= bestLength || stem < (kept === '' ? 0 : 2) || !lower.endsWith(ending)) continue;
      best = word.slice(0, word.length - ending.length) + rule.suffix;
      bestLength = ending.length;
    }
  }
  // A suffix replacing the whole stem's start ("Örnu" → "arna") keeps the word's capital.
  return best === word || word.charAt(0) === word.charAt(0).toLowerCase()
    ? best
    : best.charAt(0).toUpperCase() + best.slice(1);
}
