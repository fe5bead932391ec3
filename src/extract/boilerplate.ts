/** Patterns, as regular-expression sources, that mark boilerplate in some language. */
export interface BoilerplateData {
  /** A whole line matching one of these is boilerplate ("Bloggað um fréttina", "Read more"). */
  lines: string[];
  /** A line matching one of these in the last part of the text starts a trailer: it and all after it go. */
  trailers: string[];
  /** A line starting with one of these followed by a short run of names is a byline ("By", "Von"). */
  bylines: string[];
  /** Words that introduce a photo credit ("Photo", "Foto", "Ljósmynd"). */
  creditMarkers: string[];
}

/** Where the boilerplate is: ranges to ignore, and within credits, the ranges naming an agency. */
export interface Boilerplate {
  skip: Array<[number, number]>;
  credits: Array<[number, number]>;
}

export interface BoilerplateMatcher {
  find(text: string): Boilerplate;
}

const NAME = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*";

/** Compiles the boilerplate patterns of every loaded language into one matcher. */
export function compileBoilerplate(data: readonly BoilerplateData[]): BoilerplateMatcher {
  const join = (pick: (d: BoilerplateData) => string[]) =>
    [...new Set(data.flatMap(pick))].map((source) => `(?:${source})`).join('|') || '(?!)';
  const lineRe = new RegExp(`^\\s*(?:${join((d) => d.lines)})\\s*$`, 'iu');
  const trailerRe = new RegExp(`^\\s*(?:${join((d) => d.trailers)})\\s*$`, 'iu');
  const bylineRe = new RegExp(
    `^\\s*(?:${join((d) => d.bylines)})\\s+${NAME}(?:(?:\\s*,\\s*|\\s+(?:and|og|und|&)\\s+|\\s+)${NAME}){0,7}\\s*$`,
    'u',
  );
  // "AFP/Sergei Ilyin", "mbl.is/Eggert Jóhannesson", "AP Photo/Evan Vucci" closing a caption line.
  const slashCredit = new RegExp(
    `(?:^|[.!?…"”)]\\s+)([\\p{L}\\p{N}][\\p{L}\\p{N}.&-]*(?:\\s(?:Photo|Images|Foto|Bild))?)\\s?/\\s?(${NAME}(?:\\s+${NAME}){0,3})\\s*$`,
    'u',
  );
  const markerCredit = new RegExp(
    `(?:^|[\\s(\\[])(?:${join((d) => d.creditMarkers)})\\s*[:/©]\\s*([^)\\]\\n]*)`,
    'gu',
  );
  const copyright = /©\s*([^)\]\n]*)/gu;
  const sourceLine = /^\s*\(?\s*[\p{L}][\p{L}.&-]{1,15}(?:\s*[/,]\s*[\p{L}][\p{L}.&-]{1,15}){0,3}\s*\)?\s*$/u;

  return {
    find(text: string): Boilerplate {
      const skip: Array<[number, number]> = [];
      const credits: Array<[number, number]> = [];
      let lineStart = 0;
      while (lineStart < text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1) lineEnd = text.length;
        const line = text.slice(lineStart, lineEnd);
        if (line.trim() !== '') {
          const trailer = trailerRe.test(line);
          if (trailer && lineStart > text.length * 0.5) {
            skip.push([lineStart, text.length]);
            break;
          }
          if (trailer || lineRe.test(line) || bylineRe.test(line)) {
            skip.push([lineStart, lineEnd]);
          } else if (lineStart > 0 && sourceLine.test(line)) {
            // A bare source line ("AFP", "(dpa)", "dpa/AFP") credits agencies and says nothing else.
            skip.push([lineStart, lineEnd]);
            credits.push([lineStart, lineEnd]);
          } else {
            findCredits(line, lineStart, slashCredit, markerCredit, copyright, skip, credits);
          }
        }
        lineStart = lineEnd + 1;
      }
      skip.sort((a, b) => a[0] - b[0]);
      return { skip: mergeRanges(skip), credits };
    },
  };
}

function findCredits(
  line: string,
  offset: number,
  slashCredit: RegExp,
  markerCredit: RegExp,
  copyright: RegExp,
  skip: Array<[number, number]>,
  credits: Array<[number, number]>,
): void {
  // Each credit pattern needs a character most lines lack; testing for it first skips the
  // expensive unanchored searches on ordinary paragraphs.
  const hasSlash = line.includes('/');
  const hasColon = line.includes(':');
  const hasCopyright = line.includes('©');
  if (!hasSlash && !hasColon && !hasCopyright) return;
  const slash = hasSlash ? slashCredit.exec(line) : null;
  if (slash?.[1] !== undefined) {
    const agencyStart = offset + slash.index + slash[0].indexOf(slash[1]);
    skip.push([agencyStart, offset + line.length]);
    credits.push([agencyStart, agencyStart + slash[1].length]);
  }
  for (const re of hasCopyright ? [markerCredit, copyright] : [markerCredit]) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      skip.push([start, end]);
      const body = m[1] ?? '';
      credits.push([end - body.length, end]);
    }
  }
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}
