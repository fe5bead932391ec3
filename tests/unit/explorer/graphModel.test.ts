import { describe, expect, it } from 'vitest';
import { buildDisplay, defaultFilters, GraphStore } from '../../../ui/src/graphModel.js';

/** North Korea, Russia, Kim, one article naming all three, one event each side of March 2024. */
function smallGraph(): GraphStore {
  const store = new GraphStore();
  store.add({
    nodes: [
      { id: 'Country:PRK', type: 'Country', label: 'North Korea' },
      { id: 'Country:RUS', type: 'Country', label: 'Russia' },
      { id: 'Leader:kim-jong-un', type: 'Leader', label: 'Kim Jong-un' },
      { id: 'Article:a1', type: 'Article', label: 'Article one' },
      { id: 'Event:old', type: 'Event', label: 'Impose sanctions' },
      { id: 'Event:new', type: 'Event', label: 'Make a visit' },
    ],
    edges: [
      { id: 'k', type: 'HOLDS_OFFICE', source: 'Leader:kim-jong-un', target: 'Country:PRK', weight: 1 },
      { id: 'm1', type: 'MENTIONS', source: 'Article:a1', target: 'Country:PRK', weight: 3 },
      { id: 'm2', type: 'MENTIONS', source: 'Article:a1', target: 'Country:RUS', weight: 2 },
      { id: 'm3', type: 'MENTIONS', source: 'Article:a1', target: 'Leader:kim-jong-un', weight: 1 },
      { id: 'o', type: 'ACTOR', source: 'Event:old', target: 'Country:PRK', weight: 1 },
      { id: 'n', type: 'ACTOR', source: 'Event:new', target: 'Country:RUS', weight: 1 },
    ],
  });
  Object.assign(store.nodes.get('Article:a1') ?? {}, { date: '2024-01-14', lang: 'de' });
  Object.assign(store.nodes.get('Event:old') ?? {}, { date: '2024-01-14', quadClass: 4, rootCode: '16' });
  Object.assign(store.nodes.get('Event:new') ?? {}, { date: '2024-06-18', quadClass: 1, rootCode: '04' });
  return store;
}

const co = (a: string, b: string) => `${a}|CO_MENTIONED|${b}`;

describe('buildDisplay', () => {
  it('folds articles into co-mention edges between the entities they name, by default', () => {
    expect(buildDisplay(smallGraph(), defaultFilters(), new Set())).toEqual({
      nodes: [
        { id: 'Country:PRK', type: 'Country', label: 'North Korea', quadClass: null, date: null, degree: 4 },
        { id: 'Country:RUS', type: 'Country', label: 'Russia', quadClass: null, date: null, degree: 3 },
        {
          id: 'Leader:kim-jong-un',
          type: 'Leader',
          label: 'Kim Jong-un',
          quadClass: null,
          date: null,
          degree: 3,
        },
        {
          id: 'Event:old',
          type: 'Event',
          label: 'Impose sanctions',
          quadClass: 4,
          date: '2024-01-14',
          degree: 1,
        },
        {
          id: 'Event:new',
          type: 'Event',
          label: 'Make a visit',
          quadClass: 1,
          date: '2024-06-18',
          degree: 1,
        },
      ],
      edges: [
        {
          id: 'k',
          type: 'HOLDS_OFFICE',
          source: 'Leader:kim-jong-un',
          target: 'Country:PRK',
          weight: 1,
          articles: [],
        },
        { id: 'o', type: 'ACTOR', source: 'Event:old', target: 'Country:PRK', weight: 1, articles: [] },
        { id: 'n', type: 'ACTOR', source: 'Event:new', target: 'Country:RUS', weight: 1, articles: [] },
        {
          id: co('Country:PRK', 'Country:RUS'),
          type: 'CO_MENTIONED',
          source: 'Country:PRK',
          target: 'Country:RUS',
          weight: 1,
          articles: ['Article:a1'],
        },
        {
          id: co('Country:PRK', 'Leader:kim-jong-un'),
          type: 'CO_MENTIONED',
          source: 'Country:PRK',
          target: 'Leader:kim-jong-un',
          weight: 1,
          articles: ['Article:a1'],
        },
        {
          id: co('Country:RUS', 'Leader:kim-jong-un'),
          type: 'CO_MENTIONED',
          source: 'Country:RUS',
          target: 'Leader:kim-jong-un',
          weight: 1,
          articles: ['Article:a1'],
        },
      ],
    });
  });

  it('hides events and articles before the date range, and the co-mentions only they supported', () => {
    const filters = { ...defaultFilters(), from: '2024-03-01' };
    const display = buildDisplay(smallGraph(), filters, new Set());
    expect({ nodes: display.nodes.map((n) => n.id), edges: display.edges.map((e) => e.id) }).toEqual({
      nodes: ['Country:PRK', 'Country:RUS', 'Leader:kim-jong-un', 'Event:new'],
      edges: ['k', 'n'],
    });
  });

  it('draws articles as nodes when asked, keeps pinned nodes whatever the filters, and filters by quad class', () => {
    const filters = {
      ...defaultFilters(),
      types: new Set(['Country', 'Article', 'Event']),
      quadClasses: new Set([1]),
    };
    const display = buildDisplay(smallGraph(), filters, new Set(['Leader:kim-jong-un']));
    expect({ nodes: display.nodes.map((n) => n.id), edges: display.edges.map((e) => e.id) }).toEqual({
      nodes: ['Country:PRK', 'Country:RUS', 'Leader:kim-jong-un', 'Article:a1', 'Event:new'],
      edges: ['k', 'm1', 'm2', 'm3', 'n'],
    });
  });
});
