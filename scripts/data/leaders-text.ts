/** Text helpers for the office-holder build: ascii folding, slugs, and the surname a text uses alone. */

const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  œ: 'oe',
  Œ: 'OE',
  ʻ: "'",
  '’': "'",
  '‑': '-',
};

/** Strips diacritics the way people type names on a plain keyboard ("Erdoğan" -> "Erdogan"). */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæÆøØðÐþÞłŁđĐıœŒʻ’‑]/g, (ch) => EXTRA_FOLDS[ch] ?? ch);
}

/** Lower-case ascii slug: "Kristrún Frostadóttir" -> "kristrun-frostadottir". */
export function slugify(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A comparison key for names from different sources: folded, lower-case, single-spaced. */
export function nameKey(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Family name first, as in the news: Xi Jinping -> Xi, Kim Jong-un -> Kim, Tsai Ing-wen -> Tsai.
const FAMILY_FIRST = new Set(['CHN', 'PRK', 'KOR', 'TWN', 'HKG', 'MAC', 'SGP', 'KHM']);
// Referred to by the given name: Thai (Prayut, Thaksin), Ethiopian and Eritrean (Meles, Abiy,
// Isaias: the second name is the father's), and Icelandic patronymics (in Icelandic).
const GIVEN_NAME_USED = new Set(['THA', 'ETH', 'ERI']);
const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'la',
  'le',
  'da',
  'das',
  'dos',
  'do',
  'del',
  'di',
  'du',
  'bin',
  'ibn',
  'ter',
]);
// Two surnames, the father's first, and the press uses the first alone: "Arce" of "Luis Alberto
// Arce Catacora", "Paz" of "Rodrigo Paz Pereira" (the last word, the mother's, never stands alone).
// Spain is left out: its leaders are listed by their press names, and "Zapatero" is a second surname.
const TWO_SURNAMES = new Set([
  'ARG',
  'BOL',
  'CHL',
  'COL',
  'CRI',
  'CUB',
  'DOM',
  'ECU',
  'SLV',
  'GTM',
  'HND',
  'MEX',
  'NIC',
  'PAN',
  'PRY',
  'PER',
  'URY',
  'VEN',
]);
// Spanish given names that come second ("Juan Manuel Santos", "Luis Alberto Lacalle"): after one,
// the name has a single surname.
const SECOND_GIVEN_NAMES = new Set(
  (
    'Manuel Andrés Alberto Roberto Pablo Carlos María Luis Ángel Antonio José Raúl Enrique Orlando ' +
    'Saúl Guillermo Vinicio Leonardo Adolfo Francisco Javier Eduardo Felipe Ignacio Miguel Rafael ' +
    'Ramón Jorge Juan Fernando Alejandro Daniel Gustavo Mario Jaime Óscar Víctor Sebastián Ricardo ' +
    'Álvaro Martín Pedro Rodrigo Salvador Julio Gabriel Hugo Nicolás Elena Isabel Teresa Cristina'
  ).split(' '),
);
// Burmese names have no family name: the press repeats the whole name ("Min Aung Hlaing").
const NO_FAMILY_NAME = new Set(['MMR']);
/**
 * Gulf monarchies, whose ruling families' members the press calls by the given name ("Sheikh
 * Tamim", "Sheikh Nawaf", "Sultan Haitham"): the house's name (Al Thani, Al-Sabah) is shared by
 * hundreds, and alone names no one.
 */
const RULING_HOUSE_STATES = new Set(['QAT', 'KWT', 'ARE', 'BHR', 'OMN']);
/**
 * Given names too common, or too much words of their own, to stand alone for a ruler: "Mohammed, a
 * 34-year-old taxi driver", "Hamad, a fisherman", the Malaysian state of Sabah, the verb "Said".
 * These rulers keep the house's name, as before.
 */
const COMMON_GIVEN_NAMES = new Set([
  'Mohammed',
  'Mohamed',
  'Mohammad',
  'Muhammad',
  'Ahmad',
  'Ahmed',
  'Abdullah',
  'Hamad',
  'Khalifa',
  'Sabah',
  'Said',
  'Salman',
  'Isa',
  'Rashid',
  'Saad',
  'Nasser',
  'Khalid',
  'Zayed',
  'Ali',
  'Sultan',
  'Hamdan',
  'Maktoum',
]);
const RULING_HOUSE =
  /\b(?:bin|ibn|Al[- ](?:Thani|Sabah|Nahyan|Maktoum|Qasimi|Khalifa|Said|Nuaimi|Sharqi|Mualla))\b/i;
const SUFFIXES = /^(?:Jr\.?|Sr\.?|[IVX]+)$/;
/** "Given [numeral][, Style] of Realm". */
const REGNAL_NAME = /^(.+?)(?:\s+[IVX]+)?(?:,\s+[^,]+?)?\s+of\s+\S.*$/;

/**
 * The form a text uses alone once it has introduced the person, by the naming custom of the
 * country the person mostly served.
 */
export function defaultFamilyName(name: string, country: string | undefined): string {
  // A monarch is known by the regnal name, not by the realm: "Harald" of "Harald V of Norway",
  // "Henri" of "Henri, Grand Duke of Luxembourg" (the realm had made "Jordan" King Hussein's surname).
  const regnal = REGNAL_NAME.exec(name);
  if (regnal?.[1]) return regnal[1];
  const tokens = name.split(/\s+/).filter((t) => t.length > 0);
  while (tokens.length > 1 && SUFFIXES.test(tokens[tokens.length - 1] ?? '')) tokens.pop();
  if (tokens.length <= 1) return tokens[0] ?? name;
  const first = tokens[0] ?? name;
  const last = tokens[tokens.length - 1] ?? name;
  if (country !== undefined && FAMILY_FIRST.has(country)) {
    // "Carrie Lam", "John Lee": a western given name first means western order.
    const eastAsian = last.includes('-') || tokens.length === 3 || ['CHN', 'PRK', 'KOR'].includes(country);
    if (eastAsian) return first;
  }
  if (country !== undefined && GIVEN_NAME_USED.has(country)) return first;
  if (
    country !== undefined &&
    RULING_HOUSE_STATES.has(country) &&
    RULING_HOUSE.test(name) &&
    !COMMON_GIVEN_NAMES.has(first)
  )
    return first;
  if (country !== undefined && NO_FAMILY_NAME.has(country)) return tokens.join(' ');
  const start = withParticles(tokens, tokens.length - 1);
  if (country !== undefined && TWO_SURNAMES.has(country)) {
    // The father's surname: the word before the mother's (and her particles), with its own particles.
    const father = start - 1;
    const word = tokens[father] ?? '';
    if (father >= 1 && !PARTICLES.has(word.toLowerCase()) && !SECOND_GIVEN_NAMES.has(word)) {
      return tokens.slice(withParticles(tokens, father), father + 1).join(' ');
    }
  }
  return tokens.slice(start).join(' ');
}

/** The index of the surname at `index` with the particles before it ("de la Rúa"), never the first word. */
function withParticles(tokens: readonly string[], index: number): number {
  let from = index;
  while (from > 1 && PARTICLES.has((tokens[from - 1] ?? '').toLowerCase())) from -= 1;
  return from;
}
