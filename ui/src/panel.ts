import { articleLink, el, markedText } from './dom.js';
import { type MarkedSentence, NO_SENTENCE } from './evidence.js';
import type { ExplorerNodeDetailsQuery } from './gql/graphql.js';
import { CAMEO_ROOTS, QUAD_CLASSES } from './theme.js';

type DetailsNode = NonNullable<ExplorerNodeDetailsQuery['node']>;
type ArticleSummary = {
  id: string;
  url?: string | null;
  title: string;
  lang: string;
  publishedAt?: string | null;
};
type ActorName = { __typename?: string; id?: string; name?: string };
type SanctionSummary = {
  id: string;
  regime?: string | null;
  program?: string | null;
  since?: string | null;
  status: string;
  authority?: ActorName | null;
  target?: ActorName | null;
};
type OfficeRow = {
  role: string;
  title?: string | null;
  since?: string | null;
  until?: string | null;
  leader?: { id: string; name: string };
  country?: { id: string; name: string };
};

/** What the panel's buttons do; the app decides. */
export interface PanelActions {
  open(id: string): void;
  expand(id: string): void;
  pathFrom(id: string): void;
  findPath(to: string): void;
}

/** One sentence that supports an edge, with the article it comes from. */
export interface EvidenceItem {
  sentence: MarkedSentence;
  article: ArticleSummary;
}

function day(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '';
}

function term(since: string | null | undefined, until: string | null | undefined): string {
  if (!since && !until) return '';
  return ` (${day(since) || '?'} – ${until ? day(until) : 'now'})`;
}

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return el('section', { class: 'panel-section' }, el('h3', {}, title), ...children);
}

function list(items: Node[], empty: string): HTMLElement {
  if (items.length === 0) return el('p', { class: 'muted' }, empty);
  return el('ul', {}, ...items.map((item) => el('li', {}, item)));
}

function entityButton(actions: PanelActions, actor: ActorName | null | undefined): Node {
  if (!actor?.id) return document.createTextNode('unknown');
  const id = actor.id;
  const button = el('button', { type: 'button', class: 'link' }, actor.name ?? id);
  button.addEventListener('click', () => actions.open(id));
  return button;
}

function articleItem(article: ArticleSummary): Node {
  return el(
    'span',
    {},
    articleLink(article.url, article.title),
    el('span', { class: 'muted' }, ` ${day(article.publishedAt)} · ${article.lang}`),
  );
}

function sanctionItem(actions: PanelActions, sanction: SanctionSummary, side: 'authority' | 'target'): Node {
  const name = sanction.program ?? sanction.regime ?? 'sanction';
  const other = side === 'authority' ? sanction.authority : sanction.target;
  return el(
    'span',
    {},
    `${name} — ${side === 'authority' ? 'by' : 'on'} `,
    entityButton(actions, other),
    el(
      'span',
      { class: 'muted' },
      ` ${sanction.since ? `since ${day(sanction.since)}, ` : ''}${sanction.status.toLowerCase()}`,
    ),
  );
}

function offices(actions: PanelActions, rows: readonly OfficeRow[], empty: string): HTMLElement {
  return list(
    rows.map((row) =>
      el(
        'span',
        {},
        row.leader ? entityButton(actions, { id: row.leader.id, name: row.leader.name }) : '',
        row.country ? entityButton(actions, { id: row.country.id, name: row.country.name }) : '',
        `, ${row.title ?? row.role}${term(row.since, row.until)}`,
      ),
    ),
    empty,
  );
}

function actionsBar(
  actions: PanelActions,
  id: string,
  pathStart: string | null,
  pathStartLabel: string,
): HTMLElement {
  const expand = el('button', { type: 'button', id: 'expand-node' }, 'Expand');
  expand.addEventListener('click', () => actions.expand(id));
  const from = el('button', { type: 'button', id: 'path-from' }, 'Path from here');
  from.addEventListener('click', () => actions.pathFrom(id));
  const bar = el('div', { class: 'panel-actions' }, expand, from);
  if (pathStart && pathStart !== id) {
    const find = el('button', { type: 'button', id: 'find-path' }, `Find path from ${pathStartLabel}`);
    find.addEventListener('click', () => actions.findPath(id));
    bar.append(find);
  }
  return bar;
}

/** The side panel's content for a node: its details by type, then what can be done with it. */
export function renderNodeDetails(
  node: DetailsNode,
  actions: PanelActions,
  pathStart: string | null,
  pathStartLabel: string,
  then: string,
): HTMLElement {
  const body = el('div', { class: 'panel-body' });
  const heading = (title: string, kind: string) =>
    el('header', {}, el('p', { class: 'kind' }, kind), el('h2', { id: 'panel-title' }, title));
  const articles = (connection: { edges: { node: ArticleSummary }[] }) =>
    section(
      'Latest articles',
      list(
        connection.edges.map((edge) => articleItem(edge.node)),
        'No articles mention it yet.',
      ),
    );
  switch (node.__typename) {
    case 'Country':
      body.append(
        heading(node.name, `Country · ${node.iso3}${node.iso2 ? ` / ${node.iso2}` : ''}`),
        actionsBar(actions, node.id, pathStart, pathStartLabel),
        section('Leaders now', offices(actions, node.leadersNow, 'No office holders known.')),
        section(`Leaders on ${then}`, offices(actions, node.leadersThen, 'No office holders known then.')),
        section(
          'Sanctions against it',
          list(
            node.sanctionsAgainst.map((s) => sanctionItem(actions, s, 'authority')),
            'None known.',
          ),
        ),
        section(
          'Sanctions it imposes',
          list(
            node.sanctionsImposed.map((s) => sanctionItem(actions, s, 'target')),
            'None known.',
          ),
        ),
        articles(node.articles),
      );
      break;
    case 'Leader':
      body.append(
        heading(node.name, 'Leader'),
        actionsBar(actions, node.id, pathStart, pathStartLabel),
        section('Offices', offices(actions, node.offices, 'No offices known.')),
        section(
          'Sanctions against them',
          list(
            node.sanctionsAgainst.map((s) => sanctionItem(actions, s, 'authority')),
            'None known.',
          ),
        ),
        articles(node.articles),
      );
      break;
    case 'Organization':
      body.append(
        heading(node.name, `Organization${node.kind ? ` · ${node.kind}` : ''}`),
        actionsBar(actions, node.id, pathStart, pathStartLabel),
        section(
          'Sanctions it imposes',
          list(
            node.sanctionsImposed.map((s) => sanctionItem(actions, s, 'target')),
            'None known.',
          ),
        ),
        section(
          'Sanctions against it',
          list(
            node.sanctionsAgainst.map((s) => sanctionItem(actions, s, 'authority')),
            'None known.',
          ),
        ),
        articles(node.articles),
      );
      break;
    case 'Event': {
      const quad = QUAD_CLASSES.find((q) => q.quad === node.quadClass);
      const root = CAMEO_ROOTS.find(([code]) => code === node.rootCode);
      body.append(
        heading(node.label ?? 'Event not coded yet', 'Event'),
        actionsBar(actions, node.id, pathStart, pathStartLabel),
        el(
          'dl',
          {},
          el('dt', {}, 'CAMEO'),
          el(
            'dd',
            {},
            node.cameo
              ? `${node.cameo} ${node.label ?? ''} (root ${node.rootCode ?? '?'}${root ? ` ${root[1]}` : ''})`
              : 'not coded (known only from a GDELT mention)',
          ),
          el('dt', {}, 'Quad class'),
          el('dd', {}, node.quadClass ? `${node.quadClass}${quad ? ` ${quad.label}` : ''}` : 'unknown'),
          el('dt', {}, 'Date'),
          el(
            'dd',
            {},
            node.date ? `${node.date}${node.datePrecision ? ` (${node.datePrecision})` : ''}` : 'unknown',
          ),
          el('dt', {}, 'Goldstein'),
          el(
            'dd',
            {},
            node.goldstein === null || node.goldstein === undefined ? 'unknown' : String(node.goldstein),
          ),
          el('dt', {}, 'Source'),
          el('dd', {}, ...node.sources.map((actor) => entityButton(actions, actor))),
          el('dt', {}, 'Target'),
          el('dd', {}, ...node.targets.map((actor) => entityButton(actions, actor))),
          node.location ? el('dt', {}, 'Where') : null,
          node.location ? el('dd', {}, entityButton(actions, node.location)) : null,
        ),
        section(
          'Reported by',
          list(
            node.reportedBy.map((report) =>
              el('span', {}, quote(report.sentence), el('br'), articleItem(report.article)),
            ),
            'No article reports it.',
          ),
        ),
      );
      break;
    }
    case 'Sanction':
      body.append(
        heading(
          node.program ?? node.regime ?? 'Sanction',
          `Sanction${node.regime ? ` · ${node.regime}` : ''}`,
        ),
        actionsBar(actions, node.id, pathStart, pathStartLabel),
        el(
          'dl',
          {},
          el('dt', {}, 'Imposed by'),
          el('dd', {}, entityButton(actions, node.authority)),
          el('dt', {}, 'On'),
          el('dd', {}, entityButton(actions, node.target)),
          el('dt', {}, 'Since'),
          el('dd', {}, node.since ? day(node.since) : 'unknown'),
          el('dt', {}, 'Status'),
          el('dd', {}, node.status.toLowerCase()),
          el('dt', {}, 'Reason'),
          el('dd', {}, node.reason ?? 'not stated'),
        ),
        articles(node.articles),
      );
      break;
    case 'Article':
      body.append(
        heading(
          node.title,
          `Article · ${node.lang} · ${day(node.publishedAt)}${node.outlet ? ` · ${node.outlet.domain}` : ''}`,
        ),
        actionsBar(actions, node.id, pathStart, pathStartLabel),
        el('p', {}, articleLink(node.url, 'Open the article')),
        section(
          'Mentions',
          list(
            node.mentions.map((mention) => {
              const entity = mention.entity;
              const name =
                'name' in entity && entity.name
                  ? entity.name
                  : 'program' in entity
                    ? (entity.program ?? entity.regime ?? entity.id)
                    : entity.id;
              return el('span', {}, entityButton(actions, { id: entity.id, name }), ` ×${mention.count}`);
            }),
            'It mentions nothing known.',
          ),
        ),
        section(
          'Events it reports',
          list(
            node.events.map((report) =>
              el(
                'span',
                {},
                entityButton(actions, { id: report.event.id, name: report.event.label ?? report.event.id }),
                ': ',
                quote(report.sentence),
              ),
            ),
            'None.',
          ),
        ),
      );
      break;
    default:
      if (node.__typename === 'Place') {
        body.append(
          heading(node.name, 'Place'),
          actionsBar(actions, node.id, pathStart, pathStartLabel),
          node.country ? section('Country', entityButton(actions, node.country)) : '',
        );
      } else {
        body.append(
          heading(node.id, node.__typename),
          actionsBar(actions, node.id, pathStart, pathStartLabel),
        );
      }
  }
  return body;
}

/** The side panel's content for an edge: the sentences behind it, mentions marked, and their articles. */
export function renderEdgeEvidence(
  title: string,
  relation: string,
  items: readonly EvidenceItem[],
  note: string | null,
  actions: PanelActions,
  ends: [{ id: string; label: string }, { id: string; label: string }],
): HTMLElement {
  const body = el('div', { class: 'panel-body' });
  body.append(
    el('header', {}, el('p', { class: 'kind' }, relation), el('h2', { id: 'panel-title' }, title)),
    el(
      'div',
      { class: 'panel-actions' },
      entityButton(actions, { id: ends[0].id, name: ends[0].label }),
      entityButton(actions, { id: ends[1].id, name: ends[1].label }),
    ),
  );
  if (note) body.append(el('p', { class: 'muted' }, note));
  const sentences = el('ol', { class: 'sentences', id: 'edge-sentences' });
  for (const item of items) {
    sentences.append(
      el(
        'li',
        {},
        el('blockquote', {}, markedText(item.sentence.text, item.sentence.marks)),
        articleItem(item.article),
      ),
    );
  }
  body.append(
    section(
      `Sentences (${items.length})`,
      items.length > 0 ? sentences : el('p', { class: 'muted' }, 'No sentence found.'),
    ),
  );
  return body;
}

/** A report's sentence as a quotation, or a note where the source gives none (GDELT). */
function quote(sentence: string | null): HTMLElement {
  return sentence === null ? el('em', {}, NO_SENTENCE) : el('q', {}, sentence);
}
