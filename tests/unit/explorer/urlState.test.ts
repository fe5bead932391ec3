import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../../../ui/src/graphModel.js';
import { parseViewState, serializeViewState } from '../../../ui/src/urlState.js';

describe('the view state in the URL', () => {
  it('round-trips focus, expansions, selection, path and every filter', () => {
    const search =
      '?focus=Country%3APRK&expand=Country%3ARUS%2CLeader%3Avladimir-putin&sel=Country%3APRK%7CCO_MENTIONED%7CCountry%3ARUS&path=Country%3APRK%2CLeader%3Axi-jinping&types=Country%2CLeader%2CEvent%2CArticle&quad=1%2C4&root=04&from=2024-03-01&to=2024-12-31&lang=is';
    const state = parseViewState(search);
    expect(state).toEqual({
      focus: 'Country:PRK',
      expanded: ['Country:RUS', 'Leader:vladimir-putin'],
      selected: 'Country:PRK|CO_MENTIONED|Country:RUS',
      path: ['Country:PRK', 'Leader:xi-jinping'],
      filters: {
        types: new Set(['Country', 'Leader', 'Event', 'Article']),
        quadClasses: new Set([1, 4]),
        cameoRoot: '04',
        from: '2024-03-01',
        to: '2024-12-31',
        lang: 'is',
      },
    });
    expect(serializeViewState(state)).toBe(search);
  });

  it('ignores malformed values and writes nothing for the defaults', () => {
    const state = parseViewState('?types=Country,Nope&quad=9&root=x&from=yesterday&lang=<b>&path=one');
    expect(state).toEqual({
      focus: null,
      expanded: [],
      selected: null,
      path: null,
      filters: { ...defaultFilters(), types: new Set(['Country']), quadClasses: new Set() },
    });
    expect(
      serializeViewState({
        focus: null,
        expanded: [],
        selected: null,
        path: null,
        filters: defaultFilters(),
      }),
    ).toBe('');
  });
});
