import './styles.css';
import { request } from './api.js';
import { clear, el, markedText } from './dom.js';
import { markSentence, NO_SENTENCE, type Range, sentencesNaming } from './evidence.js';
import {
  ALL_TYPES,
  buildDisplay,
  CO_MENTIONED,
  type Display,
  GraphStore,
  type RawEdge,
  type RawNode,
} from './graphModel.js';
import { GraphView } from './graphView.js';
import {
  EventReportsDocument,
  EvidenceDocument,
  NeighborhoodDocument,
  NodeDetailsDocument,
  NodeFactsDocument,
  PathsDocument,
  SearchDocument,
  TimelineDocument,
} from './operations.js';
import { type EvidenceItem, type PanelActions, renderEdgeEvidence, renderNodeDetails } from './panel.js';
import { CAMEO_ROOTS, EDGE_LABELS, nodeColor, QUAD_CLASSES, TYPE_STYLES } from './theme.js';
import { parseViewState, serializeViewState, type ViewState } from './urlState.js';

/** Node types asked of `neighborhood`: everything but outlets, which only add noise around articles. */
const FETCH_TYPES = ALL_TYPES.filter((type) => type !== 'Outlet');
const NEIGHBORHOOD_DEPTH = 2;
const NEIGHBORHOOD_LIMIT = 250;
const SEARCH_DELAY_MS = 200;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

const store = new GraphStore();
let state: ViewState = parseViewState(location.search);
let display: Display = { nodes: [], edges: [] };
let pinned = new Set<string>();
let pending = 0;
let idleWaiters: (() => void)[] = [];

const status = byId<HTMLParagraphElement>('status');
const panel = byId<HTMLElement>('panel');
const view = new GraphView(byId('graph'), {
  onNode: (id) => select(id),
  onEdge: (id) => select(id),
  onBackground: () => select(null),
});

function busy<T>(work: Promise<T>): Promise<T> {
  pending += 1;
  document.body.dataset.busy = 'true';
  return work.finally(() => {
    pending -= 1;
    if (pending === 0) {
      document.body.dataset.busy = 'false';
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  });
}

function say(message: string): void {
  status.textContent = message;
}

function fail(error: unknown): void {
  say(`Error: ${error instanceof Error ? error.message : String(error)}`);
}

function writeUrl(push: boolean): void {
  const url = `${location.pathname}${serializeViewState(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function labelOf(id: string): string {
  return store.nodes.get(id)?.label ?? id;
}

// ---- loading ----------------------------------------------------------------------------

async function loadFacts(): Promise<void> {
  const missing = store.missingFacts();
  const chunks: string[][] = [];
  for (let i = 0; i < missing.length; i += 100) chunks.push(missing.slice(i, i + 100));
  await Promise.all(
    chunks.map(async (ids) => {
      const data = await request(NodeFactsDocument, { ids });
      for (const fact of data.nodes) {
        if (!fact) continue;
        if (fact.__typename === 'Event') {
          const node = store.nodes.get(fact.id);
          if (node)
            Object.assign(node, {
              date: fact.date ?? null,
              quadClass: fact.quadClass,
              rootCode: fact.rootCode,
              cameo: fact.cameo,
            });
        } else if (fact.__typename === 'Article') {
          const node = store.nodes.get(fact.id);
          if (node)
            Object.assign(node, {
              date: fact.publishedAt ? fact.publishedAt.slice(0, 10) : null,
              lang: fact.lang,
            });
        }
      }
      for (const id of ids) {
        const node = store.nodes.get(id);
        if (node && node.date === undefined) node.date = null;
      }
    }),
  );
}

async function loadNeighborhood(id: string): Promise<void> {
  const data = await request(NeighborhoodDocument, {
    id,
    depth: NEIGHBORHOOD_DEPTH,
    types: FETCH_TYPES,
    limit: NEIGHBORHOOD_LIMIT,
  });
  store.add(data.neighborhood);
  await loadFacts();
}

async function loadPath(from: string, to: string): Promise<string[]> {
  const data = await request(PathsDocument, { from, to, maxHops: 4, first: 3 });
  const ids: string[] = [];
  for (const path of data.paths) {
    store.add(path);
    ids.push(...path.nodes.map((node) => node.id), ...path.edges.map((edge) => edge.id));
  }
  await loadFacts();
  return ids;
}

// ---- drawing ----------------------------------------------------------------------------

let pathElements: string[] = [];

function redraw(near: string | null): void {
  display = buildDisplay(store, state.filters, pinned);
  view.render(display, near);
  view.markPath(pathElements);
  view.markFocus(state.focus);
  if (state.selected) view.select(state.selected);
  renderNodeList();
  renderLangOptions();
  const events = display.nodes.filter((node) => node.type === 'Event').length;
  say(
    `${display.nodes.length} nodes (${events} events), ${display.edges.length} edges shown; ${store.nodes.size} loaded.`,
  );
}

function renderNodeList(): void {
  const select = byId<HTMLSelectElement>('node-list');
  const nodes = [...display.nodes].sort((a, b) => a.label.localeCompare(b.label));
  clear(select);
  select.append(el('option', { value: '' }, `${nodes.length} nodes…`));
  for (const node of nodes) select.append(el('option', { value: node.id }, `${node.label} (${node.type})`));
  select.value = state.selected && display.nodes.some((n) => n.id === state.selected) ? state.selected : '';
}

function renderLangOptions(): void {
  const select = byId<HTMLSelectElement>('lang-filter');
  const langs = new Set<string>();
  for (const node of store.nodes.values()) if (node.type === 'Article' && node.lang) langs.add(node.lang);
  if (state.filters.lang) langs.add(state.filters.lang);
  clear(select);
  select.append(el('option', { value: '' }, 'All languages'));
  for (const lang of [...langs].sort()) select.append(el('option', { value: lang }, lang));
  select.value = state.filters.lang ?? '';
}

// ---- selection and the panel ------------------------------------------------------------

const actions: PanelActions = {
  open: (id) => {
    if (store.nodes.has(id) && display.nodes.some((node) => node.id === id)) select(id);
    else void focus(id);
  },
  expand: (id) => void expand(id),
  pathFrom: (id) => {
    pathStart = id;
    say(`Path start: ${labelOf(id)}. Select another node and choose "Find path".`);
    if (state.selected) void showPanel(state.selected);
  },
  findPath: (to) => {
    if (pathStart) void findPath(pathStart, to);
  },
};

let pathStart: string | null = null;
let panelToken = 0;

function select(id: string | null): void {
  state.selected = id;
  view.select(id);
  writeUrl(false);
  void showPanel(id);
}

async function showPanel(id: string | null): Promise<void> {
  const token = ++panelToken;
  if (id === null) {
    clear(panel);
    panel.append(
      el('p', { class: 'muted' }, 'Click a node for its details, an edge for the sentences behind it.'),
    );
    return;
  }
  const edge = display.edges.find((candidate) => candidate.id === id) ?? store.edges.get(id);
  try {
    const content = edge ? await edgeContent(edge) : await nodeContent(id);
    if (token !== panelToken) return;
    clear(panel);
    panel.append(content);
  } catch (error) {
    if (token !== panelToken) return;
    clear(panel);
    panel.append(
      el(
        'p',
        { class: 'error' },
        `Could not load ${id}: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
}

async function nodeContent(id: string): Promise<HTMLElement> {
  const then =
    state.filters.to ?? state.filters.from ?? latestArticleDay() ?? new Date().toISOString().slice(0, 10);
  const data = await busy(request(NodeDetailsDocument, { id, then }));
  if (!data.node) return el('p', { class: 'error' }, `Nothing is known as ${id}.`);
  const content = renderNodeDetails(data.node, actions, pathStart, pathStart ? labelOf(pathStart) : '', then);
  content.append(connections(id));
  return content;
}

/** The drawn edges of a node as buttons: the keyboard's way to what a click on an edge opens. */
function connections(id: string): HTMLElement {
  const edges = display.edges
    .filter((edge) => edge.source === id || edge.target === id)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 40);
  const items = edges.map((edge) => {
    const other = edge.source === id ? edge.target : edge.source;
    const button = el(
      'button',
      { type: 'button', class: 'link', 'data-edge': edge.id },
      `${labelOf(other)}: ${EDGE_LABELS[edge.type] ?? edge.type}${edge.weight > 1 ? ` (${edge.weight})` : ''}`,
    );
    button.addEventListener('click', () => select(edge.id));
    return el('li', {}, button);
  });
  return el(
    'section',
    { class: 'panel-section' },
    el('h3', {}, `Connections shown (${edges.length})`),
    items.length > 0 ? el('ul', { id: 'connections' }, ...items) : el('p', { class: 'muted' }, 'None drawn.'),
  );
}

function latestArticleDay(): string | null {
  let latest: string | null = null;
  for (const node of store.nodes.values()) {
    if (node.type === 'Article' && node.date && (latest === null || node.date > latest)) latest = node.date;
  }
  return latest;
}

interface EvidenceArticle {
  id: string;
  url?: string | null;
  title: string;
  lang: string;
  publishedAt?: string | null;
  text: string;
  spans: Map<string, Range[]>;
}

async function evidenceArticles(ids: readonly string[]): Promise<EvidenceArticle[]> {
  const data = await request(EvidenceDocument, { ids: ids.slice(0, 50) });
  const articles: EvidenceArticle[] = [];
  for (const node of data.nodes) {
    if (node?.__typename !== 'Article') continue;
    const spans = new Map<string, Range[]>();
    for (const mention of node.mentions) {
      const entityId = 'id' in mention.entity ? mention.entity.id : undefined;
      if (entityId) spans.set(entityId, [...(spans.get(entityId) ?? []), ...mention.spans]);
    }
    // Mention offsets count in the article text as stored: the title, a blank line, the body.
    articles.push({ ...node, text: `${node.title}\n\n${node.text}`, spans });
  }
  return articles;
}

async function edgeContent(edge: RawEdge | (RawEdge & { articles: string[] })): Promise<HTMLElement> {
  const ends: [{ id: string; label: string }, { id: string; label: string }] = [
    { id: edge.source, label: labelOf(edge.source) },
    { id: edge.target, label: labelOf(edge.target) },
  ];
  const title = `${ends[0].label} — ${ends[1].label}`;
  const relation = EDGE_LABELS[edge.type] ?? edge.type;
  const items: EvidenceItem[] = [];
  let note: string | null = null;
  const summary = (article: EvidenceArticle) => ({
    id: article.id,
    url: article.url ?? null,
    title: article.title,
    lang: article.lang,
    publishedAt: article.publishedAt ?? null,
  });
  if (edge.type === CO_MENTIONED && 'articles' in edge) {
    const articles = await busy(evidenceArticles(edge.articles));
    for (const article of articles) {
      const spans = [article.spans.get(edge.source) ?? [], article.spans.get(edge.target) ?? []];
      for (const sentence of sentencesNaming(article.text, article.lang, spans)) {
        items.push({ sentence, article: summary(article) });
      }
    }
    note = `Named together in ${edge.articles.length} article${edge.articles.length === 1 ? '' : 's'}.`;
  } else if (edge.type === 'MENTIONS') {
    const [article] = await busy(evidenceArticles([edge.source]));
    if (article) {
      for (const sentence of sentencesNaming(article.text, article.lang, [
        article.spans.get(edge.target) ?? [],
      ])) {
        items.push({ sentence, article: summary(article) });
      }
    }
  } else if (edge.type === 'ACTOR' || edge.type === 'REPORTS') {
    const eventId = edge.type === 'ACTOR' ? edge.source : edge.target;
    const event = (await busy(request(EventReportsDocument, { id: eventId }))).event;
    const reports = (event?.reportedBy ?? []).filter(
      (report) => edge.type === 'ACTOR' || report.article.id === edge.source,
    );
    const articles = await busy(evidenceArticles([...new Set(reports.map((report) => report.article.id))]));
    const actors = [...store.edges.values()]
      .filter((candidate) => candidate.type === 'ACTOR' && candidate.source === eventId)
      .map((candidate) => candidate.target);
    for (const report of reports) {
      const article = articles.find((candidate) => candidate.id === report.article.id);
      if (!article) continue;
      const spans = actors.flatMap((actor) => article.spans.get(actor) ?? []);
      // A report imported from GDELT names no sentence: the article alone is the evidence.
      const sentence =
        report.sentence === null
          ? { text: NO_SENTENCE, marks: [] }
          : markSentence(article.text, report.sentence, spans);
      items.push({ sentence, article: summary(article) });
    }
    note = event
      ? `${event.cameo ?? 'uncoded'} ${event.label ?? ''}${event.date ? `, ${event.date}` : ''}`.trim()
      : null;
  } else {
    note = 'From the reference data loaded at start-up; no article sentence stands behind it.';
  }
  return renderEdgeEvidence(title, relation, items, note, actions, ends);
}

// ---- actions ------------------------------------------------------------------------------

async function focus(id: string): Promise<void> {
  store.clear();
  pinned = new Set();
  pathElements = [];
  pathStart = null;
  state = { ...state, focus: id, expanded: [], selected: id, path: null };
  writeUrl(true);
  try {
    await busy(loadNeighborhood(id));
    redraw(null);
    void showPanel(id);
    void loadTimeline(id);
  } catch (error) {
    fail(error);
  }
}

async function expand(id: string): Promise<void> {
  if (!state.expanded.includes(id) && id !== state.focus) state.expanded.push(id);
  writeUrl(true);
  try {
    const before = store.nodes.size;
    await busy(loadNeighborhood(id));
    redraw(id);
    say(
      `Expanded ${labelOf(id)}: ${store.nodes.size - before} new nodes loaded. ${status.textContent ?? ''}`,
    );
  } catch (error) {
    fail(error);
  }
}

async function findPath(from: string, to: string): Promise<void> {
  state.path = [from, to];
  writeUrl(true);
  try {
    pathElements = await busy(loadPath(from, to));
    pinned = new Set(pathElements.filter((id) => store.nodes.has(id)));
    redraw(from);
    say(
      pathElements.length === 0
        ? `No path of at most 4 hops between ${labelOf(from)} and ${labelOf(to)}.`
        : `Path between ${labelOf(from)} and ${labelOf(to)} marked in orange.`,
    );
  } catch (error) {
    fail(error);
  }
}

/** Restores a whole view from the URL: the focus, each expansion, the path, the selection. */
async function restore(): Promise<void> {
  store.clear();
  pinned = new Set();
  pathElements = [];
  renderFilters();
  if (!state.focus) {
    redraw(null);
    return;
  }
  try {
    await busy(
      (async () => {
        await loadNeighborhood(state.focus as string);
        for (const id of state.expanded) await loadNeighborhood(id);
        if (state.path) {
          pathElements = await loadPath(state.path[0], state.path[1]);
          pinned = new Set(pathElements.filter((id) => store.nodes.has(id)));
        }
      })(),
    );
    redraw(null);
    void loadTimeline(state.focus);
    await showPanel(state.selected);
  } catch (error) {
    fail(error);
  }
}

// ---- search ------------------------------------------------------------------------------

const searchInput = byId<HTMLInputElement>('search');
const suggestions = byId<HTMLDivElement>('search-suggestions');
let searchTimer: ReturnType<typeof setTimeout> | undefined;
let searchController: AbortController | undefined;
let activeSuggestion = -1;
let suggestionIds: string[] = [];

function closeSuggestions(): void {
  suggestions.hidden = true;
  searchInput.setAttribute('aria-expanded', 'false');
  searchInput.removeAttribute('aria-activedescendant');
  activeSuggestion = -1;
}

function highlightSuggestion(index: number): void {
  const options = [...suggestions.querySelectorAll<HTMLDivElement>('[role="option"]')];
  activeSuggestion = Math.max(-1, Math.min(index, options.length - 1));
  options.forEach((option, i) => {
    option.setAttribute('aria-selected', String(i === activeSuggestion));
  });
  const active = options[activeSuggestion];
  if (active) searchInput.setAttribute('aria-activedescendant', active.id);
  else searchInput.removeAttribute('aria-activedescendant');
}

function choose(id: string): void {
  closeSuggestions();
  void focus(id);
}

async function suggest(query: string): Promise<void> {
  searchController?.abort();
  if (query.trim().length < 2) {
    closeSuggestions();
    return;
  }
  const controller = new AbortController();
  searchController = controller;
  try {
    const data = await busy(request(SearchDocument, { query, first: 8 }, controller.signal));
    if (controller.signal.aborted) return;
    clear(suggestions);
    suggestionIds = [];
    data.search.forEach((hit, index) => {
      const node = hit.node;
      const name = node.__typename === 'Article' ? node.title : node.name;
      const highlight = hit.highlights.find((h) => h.field === 'alias') ?? hit.highlights[0];
      const option = el(
        'div',
        { role: 'option', id: `suggestion-${index}`, 'aria-selected': 'false', 'data-id': node.id },
        el('span', { class: 'suggestion-name' }, name),
        el('span', { class: 'suggestion-type' }, node.__typename),
      );
      if (highlight && highlight.text !== name) {
        option.append(
          el('span', { class: 'suggestion-match' }, markedText(highlight.text, highlight.matches)),
        );
      }
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(node.id);
      });
      suggestions.append(option);
      suggestionIds.push(node.id);
    });
    if (suggestionIds.length === 0) suggestions.append(el('p', { class: 'muted' }, 'No matches.'));
    suggestions.hidden = false;
    searchInput.setAttribute('aria-expanded', 'true');
    highlightSuggestion(-1);
  } catch (error) {
    if (!controller.signal.aborted) fail(error);
  }
}

searchInput.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void suggest(searchInput.value), SEARCH_DELAY_MS);
});
searchInput.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    highlightSuggestion(activeSuggestion + 1);
  } else if (event.key === 'ArrowUp') {
    event.preventDefault();
    highlightSuggestion(activeSuggestion - 1);
  } else if (event.key === 'Enter') {
    const id = suggestionIds[Math.max(activeSuggestion, 0)];
    if (id && !suggestions.hidden) {
      event.preventDefault();
      choose(id);
    }
  } else if (event.key === 'Escape') closeSuggestions();
});
searchInput.addEventListener('blur', () => setTimeout(closeSuggestions, 150));

// ---- filters, legend, timeline -------------------------------------------------------------

function swatch(color: string, shape: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const points: Record<string, string> = {
    diamond: '8,1 15,8 8,15 1,8',
    hexagon: '4,1 12,1 15,8 12,15 4,15 1,8',
    octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
    triangle: '8,1 15,15 1,15',
    tag: '1,1 11,1 15,8 11,15 1,15',
  };
  let shapeElement: SVGElement;
  if (shape === 'ellipse') {
    shapeElement = document.createElementNS(ns, 'circle');
    shapeElement.setAttribute('cx', '8');
    shapeElement.setAttribute('cy', '8');
    shapeElement.setAttribute('r', '7');
  } else if (points[shape]) {
    shapeElement = document.createElementNS(ns, 'polygon');
    shapeElement.setAttribute('points', points[shape] ?? '');
  } else {
    shapeElement = document.createElementNS(ns, 'rect');
    shapeElement.setAttribute('x', '1');
    shapeElement.setAttribute('y', '2');
    shapeElement.setAttribute('width', '14');
    shapeElement.setAttribute('height', '12');
    shapeElement.setAttribute('rx', shape === 'round-rectangle' ? '3' : '0');
  }
  shapeElement.setAttribute('fill', color);
  svg.append(shapeElement);
  return svg;
}

function checkbox(
  id: string,
  checked: boolean,
  label: Node[],
  onChange: (checked: boolean) => void,
): HTMLElement {
  const input = el('input', { type: 'checkbox', id });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('div', { class: 'check' }, input, el('label', { for: id }, ...label));
}

function filtersChanged(): void {
  writeUrl(false);
  redraw(null);
}

function renderFilters(): void {
  const { filters } = state;
  const types = byId<HTMLFieldSetElement>('type-filter');
  types.querySelectorAll('.check').forEach((node) => {
    node.remove();
  });
  for (const type of ALL_TYPES) {
    const style = TYPE_STYLES[type];
    if (!style) continue;
    types.append(
      checkbox(
        `type-${type}`,
        filters.types.has(type),
        [swatch(style.color, style.shape), document.createTextNode(style.label)],
        (on) => {
          if (on) filters.types.add(type);
          else filters.types.delete(type);
          filtersChanged();
        },
      ),
    );
  }
  const quads = byId<HTMLFieldSetElement>('quad-filter');
  quads.querySelectorAll('.check').forEach((node) => {
    node.remove();
  });
  for (const quad of QUAD_CLASSES) {
    quads.append(
      checkbox(
        `quad-${quad.quad}`,
        filters.quadClasses.has(quad.quad),
        [
          swatch(nodeColor('Event', quad.quad), 'diamond'),
          document.createTextNode(`${quad.quad} ${quad.label}`),
        ],
        (on) => {
          if (on) filters.quadClasses.add(quad.quad);
          else filters.quadClasses.delete(quad.quad);
          filtersChanged();
        },
      ),
    );
  }
  const root = byId<HTMLSelectElement>('cameo-root');
  clear(root);
  root.append(el('option', { value: '' }, 'All roots'));
  for (const [code, label] of CAMEO_ROOTS) root.append(el('option', { value: code }, `${code} ${label}`));
  root.value = filters.cameoRoot ?? '';
  byId<HTMLInputElement>('date-from').value = filters.from ?? '';
  byId<HTMLInputElement>('date-to').value = filters.to ?? '';
  renderLangOptions();
}

byId<HTMLSelectElement>('cameo-root').addEventListener('change', (event) => {
  state.filters.cameoRoot = (event.target as HTMLSelectElement).value || null;
  filtersChanged();
});
byId<HTMLSelectElement>('lang-filter').addEventListener('change', (event) => {
  state.filters.lang = (event.target as HTMLSelectElement).value || null;
  filtersChanged();
});
for (const [id, key] of [
  ['date-from', 'from'],
  ['date-to', 'to'],
] as const) {
  byId<HTMLInputElement>(id).addEventListener('change', (event) => {
    state.filters[key] = (event.target as HTMLInputElement).value || null;
    filtersChanged();
    renderTimelineSelection();
  });
}
byId('date-clear').addEventListener('click', () => setDates(null, null));
byId<HTMLSelectElement>('node-list').addEventListener('change', (event) => {
  const id = (event.target as HTMLSelectElement).value;
  if (id) {
    select(id);
    view.cy.animate({ center: { eles: view.cy.getElementById(id) } }, { duration: 200 });
  }
});
byId('zoom-in').addEventListener('click', () => view.zoomBy(1.25));
byId('zoom-out').addEventListener('click', () => view.zoomBy(0.8));
byId('fit').addEventListener('click', () => view.fit());
byId('relayout').addEventListener('click', () => view.layout(false));

function setDates(from: string | null, to: string | null): void {
  state.filters.from = from;
  state.filters.to = to;
  byId<HTMLInputElement>('date-from').value = from ?? '';
  byId<HTMLInputElement>('date-to').value = to ?? '';
  filtersChanged();
  renderTimelineSelection();
}

function monthEnd(start: string): string {
  const [year, month] = start.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${start.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

async function loadTimeline(id: string): Promise<void> {
  const timeline = byId<HTMLDivElement>('timeline');
  try {
    const data = await busy(request(TimelineDocument, { id, interval: 'MONTH' }));
    clear(timeline);
    const max = Math.max(1, ...data.timeline.map((bucket) => bucket.articles + bucket.events));
    if (data.timeline.length === 0) timeline.append(el('p', { class: 'muted' }, 'No dated coverage.'));
    for (const bucket of data.timeline) {
      const month = bucket.start.slice(0, 7);
      const total = bucket.articles + bucket.events;
      const bar = el(
        'button',
        {
          type: 'button',
          class: 'bar',
          'data-start': bucket.start,
          'aria-label': `${month}: ${bucket.articles} articles, ${bucket.events} events; show only this month`,
          title: `${month}: ${bucket.articles} articles, ${bucket.events} events`,
        },
        el('span', { class: 'bar-fill', style: `height:${Math.round((total / max) * 100)}%` }),
        el('span', { class: 'bar-label' }, month),
      );
      bar.addEventListener('click', () => {
        const end = monthEnd(bucket.start);
        if (state.filters.from === bucket.start && state.filters.to === end) setDates(null, null);
        else setDates(bucket.start, end);
      });
      timeline.append(bar);
    }
    renderTimelineSelection();
  } catch (error) {
    fail(error);
  }
}

function renderTimelineSelection(): void {
  const { from, to } = state.filters;
  for (const bar of byId('timeline').querySelectorAll<HTMLButtonElement>('.bar')) {
    const start = bar.dataset.start ?? '';
    const inside = (from === null || monthEnd(start) >= from) && (to === null || start <= to);
    bar.classList.toggle('outside', !inside);
    bar.setAttribute('aria-pressed', String(inside && (from !== null || to !== null)));
  }
}

// ---- start -------------------------------------------------------------------------------

window.addEventListener('popstate', () => {
  state = parseViewState(location.search);
  void restore();
});

/** For the browser tests and the frame-time benchmark: the graph, and a way to wait for quiet. */
declare global {
  interface Window {
    newsgraphExplorer: {
      cy: GraphView['cy'];
      idle(): Promise<void>;
      loadSynthetic(nodes: number, edgesPerNode: number): void;
    };
  }
}

window.newsgraphExplorer = {
  cy: view.cy,
  idle: () => (pending === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
  loadSynthetic: (count, edgesPerNode) => {
    store.clear();
    const nodes: RawNode[] = [];
    const edges: RawEdge[] = [];
    const types = ['Country', 'Leader', 'Organization', 'Event', 'Sanction'];
    for (let i = 0; i < count; i += 1) {
      const type = types[i % types.length] as string;
      nodes.push({ id: `Synthetic:${i}`, type, label: `${type} ${i}` });
    }
    for (let i = 1; i < count; i += 1) {
      for (let k = 0; k < edgesPerNode; k += 1) {
        const j = Math.floor((((i * 7919 + k * 104729) % 1_000_003) / 1_000_003) * i);
        edges.push({
          id: `e${i}-${k}`,
          type: 'MENTIONS',
          source: `Synthetic:${i}`,
          target: `Synthetic:${j}`,
          weight: 1 + (i % 5),
        });
      }
    }
    store.add({ nodes, edges });
    for (const node of store.nodes.values()) {
      node.date = null;
      node.quadClass = (Number(node.id.split(':')[1]) % 4) + 1;
    }
    state.filters.types = new Set(types);
    state.filters.from = null;
    state.filters.to = null;
    redraw(null);
  },
};

document.body.dataset.busy = 'false';
void restore();
