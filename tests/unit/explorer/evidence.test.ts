import { describe, expect, it } from 'vitest';
import { markSentence, sentencesNaming } from '../../../ui/src/evidence.js';

const TEXT =
  'Raketen über Japan\n\nNordkorea testet. Die USA werfen Russland vor, Raketen aus Nordkorea zu beziehen. Russland schweigt.';
const span = (word: string, from = 0) => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length };
};

describe('sentencesNaming', () => {
  it('returns the sentences naming both entities, their mentions marked relative to the sentence', () => {
    const nk = [span('Nordkorea'), span('Nordkorea', 30)];
    const ru = [span('Russland'), span('Russland', 90)];
    expect(sentencesNaming(TEXT, 'de', [nk, ru])).toEqual([
      {
        text: 'Die USA werfen Russland vor, Raketen aus Nordkorea zu beziehen.',
        marks: [
          { start: 15, end: 23 },
          { start: 41, end: 50 },
        ],
      },
    ]);
  });

  it('falls back to the sentences naming either when none names both', () => {
    expect(sentencesNaming(TEXT, 'de', [[span('Japan')], [span('Nordkorea')]])).toEqual([
      { text: 'Raketen über Japan', marks: [{ start: 13, end: 18 }] },
      { text: 'Nordkorea testet.', marks: [{ start: 0, end: 9 }] },
    ]);
  });
});

describe('markSentence', () => {
  it('marks the mentions inside a reported sentence, and leaves a sentence it cannot find unmarked', () => {
    expect(markSentence(TEXT, 'Russland schweigt.', [span('Russland', 90), span('Nordkorea')])).toEqual({
      text: 'Russland schweigt.',
      marks: [{ start: 0, end: 8 }],
    });
    expect(markSentence(TEXT, 'Not in the text.', [span('Japan')])).toEqual({
      text: 'Not in the text.',
      marks: [],
    });
  });
});
