export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes UTF-8 strictly (a BOM is dropped). Invalid bytes are a failure that names the byte
 * offset, because replacing them silently would corrupt names and quotes in the graph.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: utf8Fatal.decode(bytes) };
  } catch {
    return { ok: false, reason: `invalid UTF-8 at byte ${firstInvalidUtf8Offset(bytes)}` };
  }
}

/** Offset of the first byte that breaks UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      utf8Fatal.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}

/**
 * Decodes with a named charset ('windows-1252', 'iso-8859-1', 'shift_jis', …) using the
 * WHATWG encoding labels that TextDecoder knows. UTF-8 stays strict; legacy single-byte
 * encodings cannot be invalid.
 */
export function decodeWithCharset(bytes: Uint8Array, charset: string): DecodeResult {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.trim().toLowerCase(), { fatal: true });
  } catch {
    return { ok: false, reason: `unsupported charset '${charset}'` };
  }
  if (decoder.encoding === 'utf-8') return decodeUtf8(bytes);
  if (decoder.encoding === 'windows-1252') return { ok: true, text: decodeWindows1252(bytes) };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: `invalid ${decoder.encoding} text` };
  }
}

/** True when the bytes contain NUL, which no text format we read has: the file is binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/** The BOM's encoding when the bytes start with one. */
export function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

// windows-1252 bytes 0x80–0x9F (WHATWG index-windows-1252); the five holes map to the C1 control.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * windows-1252 (also what the labels iso-8859-1, latin1 and ascii mean on the web). Done by
 * hand because Node 20's TextDecoder decodes it as ISO-8859-1, turning curly quotes, dashes
 * and the euro sign into invisible C1 control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    codes[i] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b;
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}
