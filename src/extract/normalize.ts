/** Lower-cases for lookup; typographic apostrophes become ASCII so both spellings share one key. */
export function normalizeKey(text: string): string {
  // Most words are ASCII; only the others need composing and the apostrophe swap.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFC').toLowerCase().replace(/’/g, "'");
}

const ASCII = /^[ -~]*$/;

/** True for printable ASCII text, which needs no Unicode normalisation or folding. */
export function isPrintableAscii(text: string): boolean {
  return ASCII.test(text);
}

/** Removes combining marks ("Erdoğan" → "Erdogan") for the ASCII spellings foreign names get. */
export function foldDiacritics(text: string): string {
  // ASCII has nothing to fold, and most names the lexicons spell out are ASCII.
  if (ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/ð/g, 'd')
    .replace(/Ð/g, 'D')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFC');
}

/** Slug used for ids of people and things not in the reference data. */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/þ/g, 'th')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
