/** What the explorer knows of one node: what `neighborhood` gives, plus facts fetched for filtering. */
export interface RawNode {
  id: string;
  type: string;
  label: string;
  /** Event date, or an article's publication day (YYYY-MM-DD). */
  date?: string | null;
  quadClass?: number | null;
  rootCode?: string | null;
  cameo?: string | null;
  lang?: string | null;
}

export interface RawEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  weight: number;
}

export interface Filters {
  /** Node types drawn; articles not drawn still link the entities they mention (co-mention edges). */
  types: Set<string>;
  /** CAMEO quad classes (1..4) of events drawn. */
  quadClasses: Set<number>;
  /** Two-digit CAMEO root, or null for all. */
  cameoRoot: string | null;
  /** Inclusive day bounds (YYYY-MM-DD); events and articles outside are hidden. */
  from: string | null;
  to: string | null;
  /** Only articles in this language (ISO 639-1), or null for all. */
  lang: string | null;
}

export interface DisplayNode {
  id: string;
  type: string;
  label: string;
  quadClass: number | null;
  /** The event's date or the article's day, when known. */
  date: string | null;
  degree: number;
}

export interface DisplayEdge {
  id: string;
  /** The relationship type, or `CO_MENTIONED` for entities named in the same articles. */
  type: string;
  source: string;
  target: string;
  weight: number;
  /** The articles behind a `CO_MENTIONED` edge. */
  articles: string[];
}

export interface Display {
  nodes: DisplayNode[];
  edges: DisplayEdge[];
}

export const ALL_TYPES = [
  'Country',
  'Leader',
  'Organization',
  'Event',
  'Sanction',
  'Place',
  'Article',
  'Outlet',
];
export const DEFAULT_TYPES = ['Country', 'Leader', 'Organization', 'Event', 'Sanction'];
export const CO_MENTIONED = 'CO_MENTIONED';

/** The default filters: entities, events and sanctions; articles folded into co-mention edges. */
export function defaultFilters(): Filters {
  return {
    types: new Set(DEFAULT_TYPES),
    quadClasses: new Set([1, 2, 3, 4]),
    cameoRoot: null,
    from: null,
    to: null,
    lang: null,
  };
}

/** Everything loaded so far: the union of the neighbourhoods and paths fetched. */
export class GraphStore {
  readonly nodes = new Map<string, RawNode>();
  readonly edges = new Map<string, RawEdge>();

  /** Adds a graph as the API returns it; known nodes keep the facts already fetched for them. */
  add(graph: { nodes: readonly RawNode[]; edges: readonly RawEdge[] }): string[] {
    const added: string[] = [];
    for (const node of graph.nodes) {
      if (!this.nodes.has(node.id)) {
        this.nodes.set(node.id, { id: node.id, type: node.type, label: node.label });
        added.push(node.id);
      }
    }
    for (const edge of graph.edges) this.edges.set(edge.id, { ...edge });
    return added;
  }

  /** Event and article ids whose date, class and language are not fetched yet. */
  missingFacts(): string[] {
    return [...this.nodes.values()]
      .filter((node) => (node.type === 'Event' || node.type === 'Article') && node.date === undefined)
      .map((node) => node.id);
  }

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
  }
}

function inDateRange(date: string | null | undefined, filters: Filters): boolean {
  if (filters.from === null && filters.to === null) return true;
  if (!date) return false;
  const day = date.slice(0, 10);
  return (filters.from === null || day >= filters.from) && (filters.to === null || day <= filters.to);
}

function eventPasses(node: RawNode, filters: Filters): boolean {
  if (node.quadClass != null && !filters.quadClasses.has(node.quadClass)) return false;
  if (filters.cameoRoot !== null && node.rootCode != null && node.rootCode !== filters.cameoRoot)
    return false;
  return inDateRange(node.date, filters);
}

function articlePasses(node: RawNode, filters: Filters): boolean {
  if (filters.lang !== null && node.lang != null && node.lang !== filters.lang) return false;
  return inDateRange(node.date, filters);
}

function nodeVisible(node: RawNode, filters: Filters, pinned: ReadonlySet<string>): boolean {
  if (pinned.has(node.id)) return true;
  if (!filters.types.has(node.type)) return false;
  if (node.type === 'Event') return eventPasses(node, filters);
  if (node.type === 'Article') return articlePasses(node, filters);
  return true;
}

/**
 * What to draw: the loaded nodes the filters let through (and the pinned ones, e.g. a path),
 * the loaded edges between them, and — when articles are not drawn — one `CO_MENTIONED` edge
 * per pair of drawn entities named in the same articles (those within the filters), weighted
 * by how many. Degrees count the drawn edges.
 */
export function buildDisplay(store: GraphStore, filters: Filters, pinned: ReadonlySet<string>): Display {
  const visible = new Map<string, RawNode>();
  for (const node of store.nodes.values()) if (nodeVisible(node, filters, pinned)) visible.set(node.id, node);

  const edges: DisplayEdge[] = [];
  for (const edge of store.edges.values()) {
    if (visible.has(edge.source) && visible.has(edge.target)) edges.push({ ...edge, articles: [] });
  }

  if (!filters.types.has('Article')) {
    const mentioned = new Map<string, string[]>();
    for (const edge of store.edges.values()) {
      if (edge.type !== 'MENTIONS' || visible.has(edge.source) || !visible.has(edge.target)) continue;
      const article = store.nodes.get(edge.source);
      if (!article || !articlePasses(article, filters)) continue;
      const list = mentioned.get(edge.source) ?? [];
      list.push(edge.target);
      mentioned.set(edge.source, list);
    }
    const pairs = new Map<string, DisplayEdge>();
    for (const [article, entities] of mentioned) {
      const sorted = [...new Set(entities)].sort();
      for (let i = 0; i < sorted.length; i += 1) {
        for (let j = i + 1; j < sorted.length; j += 1) {
          const source = sorted[i] as string;
          const target = sorted[j] as string;
          const id = coMentionId(source, target);
          const pair = pairs.get(id) ?? { id, type: CO_MENTIONED, source, target, weight: 0, articles: [] };
          pair.weight += 1;
          pair.articles.push(article);
          pairs.set(id, pair);
        }
      }
    }
    edges.push(...pairs.values());
  }

  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes = [...visible.values()].map((node) => ({
    id: node.id,
    type: node.type,
    label: node.label,
    quadClass: node.quadClass ?? null,
    date: node.date ?? null,
    degree: degree.get(node.id) ?? 0,
  }));
  return { nodes, edges };
}

/** The id of the co-mention edge between two entities, the same whichever comes first. */
export function coMentionId(a: string, b: string): string {
  const [first, second] = a < b ? [a, b] : [b, a];
  return `${first}|${CO_MENTIONED}|${second}`;
}
