/**
 * Names romanised from Cyrillic are spelled by each language's own rules: "Nazarbayev" in English
 * papers is "Nasarbajew" in German ones (Duden's transcription) and "Nazarbajev" in Icelandic
 * ones. Papers apply the rules to every such name, so the spellings are derived from the English
 * form with the language's letter groups (`fromCyrillic` in its `language.json`) rather than
 * listed person by person. German papers do the same with names from Arabic and Persian script
 * (`fromArabic`). A derived form no paper uses costs nothing: it never matches.
 */

/** States whose leaders' names are romanised from Cyrillic. */
export const CYRILLIC_STATES: ReadonlySet<string> = new Set([
  'SUN',
  'RUS',
  'UKR',
  'BLR',
  'KAZ',
  'KGZ',
  'UZB',
  'TJK',
  'TKM',
  'AZE',
  'ARM',
  'MDA',
  'MNG',
  // Georgian is not written in Cyrillic, but its names reach the press through the same English
  // forms and take the same letter groups: "Saakaschwili", "Schewardnadse".
  'GEO',
]);

/**
 * States whose leaders' names are romanised from Arabic or Persian script, which German papers
 * respell by letter groups too ("Khatami" → "Chatami", "Rafsanjani" → "Rafsandschani"):
 * `fromArabic` in a language's `language.json`.
 */
export const ARABIC_SCRIPT_STATES: ReadonlySet<string> = new Set([
  'IRN',
  'AFG',
  'IRQ',
  'SYR',
  'LBN',
  'JOR',
  'SAU',
  'YEM',
  'OMN',
  'ARE',
  'QAT',
  'BHR',
  'KWT',
  'EGY',
  'LBY',
  'TUN',
  'DZA',
  'MAR',
  'SDN',
  'PSE',
]);

/** States whose leaders' names are romanised from Hebrew: `fromHebrew` in `language.json`. */
export const HEBREW_SCRIPT_STATES: ReadonlySet<string> = new Set(['ISR']);

const VOWEL = /[aeiouy]/i;
const patterns = new WeakMap<Readonly<Record<string, string>>, RegExp>();

/**
 * The scheme's letter groups, longest first, with the y rules every scheme shares. A group ending
 * in "#" is respelled at a word's end only ("ei#": "Andrei" → "Andrej"), one between underscores
 * between vowels only ("_s_": "Belousov" → "Beloussow").
 */
function patternOf(scheme: Readonly<Record<string, string>>): RegExp {
  let pattern = patterns.get(scheme);
  if (!pattern) {
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const groups = Object.keys(scheme)
      .filter((group) => group !== 'y')
      .sort((a, b) => b.length - a.length)
      .map((group) => {
        if (group.endsWith('#')) return `${literal(group.slice(0, -1))}\\b`;
        if (group.length > 2 && group.startsWith('_') && group.endsWith('_'))
          return `(?<=[aeiouy])${literal(group.slice(1, -1))}(?=[aeiouy])`;
        return literal(group);
      });
    pattern = new RegExp([...groups, 'iy\\b', 'y'].join('|'), 'gi');
    patterns.set(scheme, pattern);
  }
  return pattern;
}

/** The respelling of a matched group: as written, at a word's end, or between vowels (see `patternOf`). */
function groupSpelling(scheme: Readonly<Record<string, string>>, lower: string): string | undefined {
  return scheme[lower] ?? scheme[`${lower}#`] ?? scheme[`_${lower}_`];
}

/** `keepY`: a y between consonants stays y, as some names keep it ("Tschernomyrdin"). */
function spell(name: string, scheme: Readonly<Record<string, string>>, keepY = false): string {
  return name.replace(patternOf(scheme), (match, offset: number) => {
    const lower = match.toLowerCase();
    let out: string;
    // "Arseniy": "Arseni", or as a scheme spells it at the end ("iy#": German papers' "Arsenij").
    if (lower === 'iy') out = groupSpelling(scheme, lower) ?? 'i';
    else if (lower === 'y') {
      // A y beside a vowel is a glide (j: "Sergey", "Yanukovych", "Bakiyev"); between
      // consonants, or after one at the end, a vowel (i: "Tymoshenko", "Yury").
      const before = name.charAt(offset - 1);
      const glide = VOWEL.test(name.charAt(offset + 1)) || (before !== '' && VOWEL.test(before));
      out = glide ? 'j' : keepY ? match.toLowerCase() : 'i';
    } else out = groupSpelling(scheme, lower) ?? match;
    const capital = match.charAt(0) !== lower.charAt(0);
    return capital ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  });
}

/**
 * A language's spellings of an English romanisation that differ from it: of the whole name, and of
 * its last word alone (papers keep some given names as the person writes them: "Kassym-Jomart
 * Tokajev"). None for a language without a scheme.
 */
export function respellings(name: string, scheme: Readonly<Record<string, string>> | undefined): string[] {
  if (!scheme) return [];
  const out = new Set<string>();
  const cut = name.lastIndexOf(' ');
  // Groups bound to a place ("ei#", "_s_") are one paper's habit for one language's names
  // ("Beloussow" for Russian, "Ter-Petrosjan" unchanged for Armenian): spelled with and without.
  for (const each of [scheme, unbound(scheme)]) {
    for (const keepY of [false, true]) {
      out.add(spell(name, each, keepY));
      if (cut !== -1) out.add(name.slice(0, cut + 1) + spell(name.slice(cut + 1), each, keepY));
    }
  }
  out.delete(name);
  return [...out];
}

const unboundSchemes = new WeakMap<Readonly<Record<string, string>>, Readonly<Record<string, string>>>();

/** The scheme without its groups bound to a word's end or to a place between vowels. */
function unbound(scheme: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  let plain = unboundSchemes.get(scheme);
  if (!plain) {
    plain = Object.fromEntries(
      Object.entries(scheme).filter(
        ([group]) => !group.endsWith('#') && !(group.length > 2 && group.startsWith('_')),
      ),
    );
    unboundSchemes.set(scheme, plain);
  }
  return plain;
}

/**
 * The name with some papers' accents ("Karímov", "Bakíjev", "Rústem Úmerov" in Icelandic papers,
 * which accent some such names and not others): each accentable letter of the last word
 * (`accents`, up to three of them) accented or not, and every accentable letter of the name
 * accented. Only the other spellings are returned.
 */
export function accentedSpellings(
  name: string,
  accents: Readonly<Record<string, string>> | undefined,
): string[] {
  if (!accents) return [];
  const cut = name.lastIndexOf(' ') + 1;
  const positions: number[] = [];
  for (let i = cut; i < name.length; i++) if (accents[name.charAt(i)] !== undefined) positions.push(i);
  if (positions.length > 3) return [];
  let given = '';
  for (let i = 0; i < cut; i++) given += accents[name.charAt(i)] ?? name.charAt(i);
  const out = new Set<string>();
  for (let mask = 0; mask < 1 << positions.length; mask++) {
    const chars = name.split('');
    positions.forEach((at, bit) => {
      if (mask & (1 << bit)) chars[at] = accents[name.charAt(at)] ?? name.charAt(at);
    });
    out.add(chars.join(''));
    if (mask === (1 << positions.length) - 1) out.add(given + chars.join('').slice(cut));
  }
  out.delete(name);
  return [...out];
}
