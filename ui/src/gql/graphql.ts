/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Interval =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

/** `active`, `lifted` or `unknown`. */
export type SanctionStatus =
  | 'ACTIVE'
  | 'LIFTED'
  | 'UNKNOWN';

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, highlights: Array<{ field: string, text: string, matches: Array<{ start: number, end: number }> }>, node:
      | { __typename: 'Article', id: string, title: string, lang: string, publishedAt: string | null }
      | { __typename: 'Country', id: string, name: string, iso3: string }
      | { __typename: 'Leader', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Place', id: string, name: string }
     }> };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { nodes: Array<{ id: string, type: string, label: string }>, edges: Array<{ id: string, type: string, source: string, target: string, weight: number }> } };

export type ExplorerPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type ExplorerPathsQuery = { paths: Array<{ nodes: Array<{ id: string, type: string, label: string }>, edges: Array<{ id: string, type: string, source: string, target: string, weight: number }> }> };

export type ExplorerTimelineQueryVariables = Exact<{
  id: string | number;
  interval?: Interval | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ExplorerTimelineQuery = { timeline: Array<{ start: string, articles: number, events: number }> };

export type ExplorerNodeFactsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerNodeFactsQuery = { nodes: Array<
    | { __typename: 'Article', id: string, lang: string, publishedAt: string | null }
    | { __typename: 'Country' }
    | { __typename: 'Event', id: string, cameo: string | null, rootCode: string | null, quadClass: number | null, date: string | null }
    | { __typename: 'Leader' }
    | { __typename: 'Organization' }
    | { __typename: 'Outlet' }
    | { __typename: 'Place' }
    | { __typename: 'Sanction' }
   | null> };

export type ExplorerEvidenceQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerEvidenceQuery = { nodes: Array<
    | { __typename: 'Article', id: string, url: string | null, title: string, lang: string, publishedAt: string | null, text: string, mentions: Array<{ entity:
          | { __typename: 'Country', id: string }
          | { __typename: 'Leader', id: string }
          | { __typename: 'Organization', id: string }
          | { __typename: 'Place', id: string }
          | { __typename: 'Sanction', id: string }
        , spans: Array<{ start: number, end: number }> }> }
    | { __typename: 'Country' }
    | { __typename: 'Event' }
    | { __typename: 'Leader' }
    | { __typename: 'Organization' }
    | { __typename: 'Outlet' }
    | { __typename: 'Place' }
    | { __typename: 'Sanction' }
   | null> };

export type ExplorerEventReportsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerEventReportsQuery = { event: { id: string, label: string | null, cameo: string | null, date: string | null, reportedBy: Array<{ sentence: string | null, article: { id: string } }> } | null };

export type ExplorerNodeDetailsQueryVariables = Exact<{
  id: string | number;
  then?: string | null | undefined;
}>;


export type ExplorerNodeDetailsQuery = { node:
    | { __typename: 'Article', id: string, url: string | null, title: string, lang: string, publishedAt: string | null, outlet: { domain: string } | null, mentions: Array<{ count: number, entity:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Sanction', id: string, program: string | null, regime: string | null }
         }>, events: Array<{ sentence: string | null, event: { id: string, label: string | null } }> }
    | { __typename: 'Country', name: string, iso2: string | null, iso3: string, aliases: Array<string>, id: string, leadersNow: Array<{ role: string, title: string | null, since: string | null, until: string | null, leader: { id: string, name: string } }>, leadersThen: Array<{ role: string, title: string | null, since: string | null, until: string | null, leader: { id: string, name: string } }>, sanctionsAgainst: Array<{ id: string, regime: string | null, program: string | null, since: string | null, status: SanctionStatus, authority:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
         | null, target:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
         | null }>, sanctionsImposed: Array<{ id: string, regime: string | null, program: string | null, since: string | null, status: SanctionStatus, authority:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
         | null, target:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
         | null }>, articles: { edges: Array<{ node: { id: string, url: string | null, title: string, lang: string, publishedAt: string | null } }> } }
    | { __typename: 'Event', cameo: string | null, label: string | null, rootCode: string | null, quadClass: number | null, goldstein: number | null, date: string | null, datePrecision: string | null, id: string, sources: Array<
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
      >, targets: Array<
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
      >, location: { id: string, name: string } | null, reportedBy: Array<{ sentence: string | null, article: { id: string, url: string | null, title: string, lang: string, publishedAt: string | null } }> }
    | { __typename: 'Leader', name: string, aliases: Array<string>, id: string, offices: Array<{ role: string, title: string | null, since: string | null, until: string | null, country: { id: string, name: string } }>, sanctionsAgainst: Array<{ id: string, regime: string | null, program: string | null, since: string | null, status: SanctionStatus, authority:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
         | null, target:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
         | null }>, articles: { edges: Array<{ node: { id: string, url: string | null, title: string, lang: string, publishedAt: string | null } }> } }
    | { __typename: 'Organization', name: string, kind: string | null, aliases: Array<string>, id: string, sanctionsAgainst: Array<{ id: string, regime: string | null, program: string | null, since: string | null, status: SanctionStatus, authority:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
         | null, target:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
         | null }>, sanctionsImposed: Array<{ id: string, regime: string | null, program: string | null, since: string | null, status: SanctionStatus, authority:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
         | null, target:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Leader', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
         | null }>, articles: { edges: Array<{ node: { id: string, url: string | null, title: string, lang: string, publishedAt: string | null } }> } }
    | { __typename: 'Outlet', id: string }
    | { __typename: 'Place', name: string, id: string, country: { id: string, name: string } | null }
    | { __typename: 'Sanction', reason: string | null, id: string, regime: string | null, program: string | null, since: string | null, status: SanctionStatus, articles: { edges: Array<{ node: { id: string, url: string | null, title: string, lang: string, publishedAt: string | null } }> }, authority:
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
       | null, target:
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Leader', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
       | null }
   | null };

export type ArticleSummaryFragment = { id: string, url: string | null, title: string, lang: string, publishedAt: string | null };

type ActorName_Country_Fragment = { __typename: 'Country', id: string, name: string };

type ActorName_Leader_Fragment = { __typename: 'Leader', id: string, name: string };

type ActorName_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

export type ActorNameFragment =
  | ActorName_Country_Fragment
  | ActorName_Leader_Fragment
  | ActorName_Organization_Fragment
;

export type SanctionSummaryFragment = { id: string, regime: string | null, program: string | null, since: string | null, status: SanctionStatus, authority:
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Leader', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
   | null, target:
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Leader', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ArticleSummaryFragmentDoc = new TypedDocumentString(`
    fragment ArticleSummary on Article {
  id
  url
  title
  lang
  publishedAt
}
    `, {"fragmentName":"ArticleSummary"}) as unknown as TypedDocumentString<ArticleSummaryFragment, unknown>;
export const ActorNameFragmentDoc = new TypedDocumentString(`
    fragment ActorName on Actor {
  __typename
  ... on Country {
    id
    name
  }
  ... on Leader {
    id
    name
  }
  ... on Organization {
    id
    name
  }
}
    `, {"fragmentName":"ActorName"}) as unknown as TypedDocumentString<ActorNameFragment, unknown>;
export const SanctionSummaryFragmentDoc = new TypedDocumentString(`
    fragment SanctionSummary on Sanction {
  id
  regime
  program
  since
  status
  authority {
    ...ActorName
  }
  target {
    ...ActorName
  }
}
    fragment ActorName on Actor {
  __typename
  ... on Country {
    id
    name
  }
  ... on Leader {
    id
    name
  }
  ... on Organization {
    id
    name
  }
}`, {"fragmentName":"SanctionSummary"}) as unknown as TypedDocumentString<SanctionSummaryFragment, unknown>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    score
    highlights {
      field
      text
      matches {
        start
        end
      }
    }
    node {
      __typename
      ... on Article {
        id
        title
        lang
        publishedAt
      }
      ... on Country {
        id
        name
        iso3
      }
      ... on Leader {
        id
        name
      }
      ... on Organization {
        id
        name
      }
      ... on Place {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighborhoodDocument = new TypedDocumentString(`
    query ExplorerNeighborhood($id: ID!, $depth: Int, $types: [String!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    nodes {
      id
      type
      label
    }
    edges {
      id
      type
      source
      target
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    nodes {
      id
      type
      label
    }
    edges {
      id
      type
      source
      target
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerTimelineDocument = new TypedDocumentString(`
    query ExplorerTimeline($id: ID!, $interval: Interval, $from: Date, $to: Date) {
  timeline(id: $id, interval: $interval, from: $from, to: $to) {
    start
    articles
    events
  }
}
    `) as unknown as TypedDocumentString<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>;
export const ExplorerNodeFactsDocument = new TypedDocumentString(`
    query ExplorerNodeFacts($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Event {
      id
      cameo
      rootCode
      quadClass
      date
    }
    ... on Article {
      id
      lang
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNodeFactsQuery, ExplorerNodeFactsQueryVariables>;
export const ExplorerEvidenceDocument = new TypedDocumentString(`
    query ExplorerEvidence($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Article {
      id
      url
      title
      lang
      publishedAt
      text
      mentions {
        entity {
          __typename
          ... on Node {
            id
          }
        }
        spans {
          start
          end
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerEvidenceQuery, ExplorerEvidenceQueryVariables>;
export const ExplorerEventReportsDocument = new TypedDocumentString(`
    query ExplorerEventReports($id: ID!) {
  event(id: $id) {
    id
    label
    cameo
    date
    reportedBy(first: 20) {
      sentence
      article {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerEventReportsQuery, ExplorerEventReportsQueryVariables>;
export const ExplorerNodeDetailsDocument = new TypedDocumentString(`
    query ExplorerNodeDetails($id: ID!, $then: Date) {
  node(id: $id) {
    __typename
    id
    ... on Country {
      name
      iso2
      iso3
      aliases
      leadersNow: leaders {
        role
        title
        since
        until
        leader {
          id
          name
        }
      }
      leadersThen: leaders(at: $then) {
        role
        title
        since
        until
        leader {
          id
          name
        }
      }
      sanctionsAgainst {
        ...SanctionSummary
      }
      sanctionsImposed {
        ...SanctionSummary
      }
      articles(first: 5) {
        edges {
          node {
            ...ArticleSummary
          }
        }
      }
    }
    ... on Leader {
      name
      aliases
      offices {
        role
        title
        since
        until
        country {
          id
          name
        }
      }
      sanctionsAgainst {
        ...SanctionSummary
      }
      articles(first: 5) {
        edges {
          node {
            ...ArticleSummary
          }
        }
      }
    }
    ... on Organization {
      name
      kind
      aliases
      sanctionsAgainst {
        ...SanctionSummary
      }
      sanctionsImposed {
        ...SanctionSummary
      }
      articles(first: 5) {
        edges {
          node {
            ...ArticleSummary
          }
        }
      }
    }
    ... on Place {
      name
      country {
        id
        name
      }
    }
    ... on Event {
      cameo
      label
      rootCode
      quadClass
      goldstein
      date
      datePrecision
      sources: source {
        ...ActorName
      }
      targets: target {
        ...ActorName
      }
      location {
        id
        name
      }
      reportedBy(first: 20) {
        sentence
        article {
          ...ArticleSummary
        }
      }
    }
    ... on Sanction {
      ...SanctionSummary
      reason
      articles(first: 5) {
        edges {
          node {
            ...ArticleSummary
          }
        }
      }
    }
    ... on Article {
      ...ArticleSummary
      outlet {
        domain
      }
      mentions {
        count
        entity {
          __typename
          ... on Node {
            id
          }
          ... on Country {
            name
          }
          ... on Leader {
            name
          }
          ... on Organization {
            name
          }
          ... on Place {
            name
          }
          ... on Sanction {
            program
            regime
          }
        }
      }
      events {
        sentence
        event {
          id
          label
        }
      }
    }
  }
}
    fragment ArticleSummary on Article {
  id
  url
  title
  lang
  publishedAt
}
fragment ActorName on Actor {
  __typename
  ... on Country {
    id
    name
  }
  ... on Leader {
    id
    name
  }
  ... on Organization {
    id
    name
  }
}
fragment SanctionSummary on Sanction {
  id
  regime
  program
  since
  status
  authority {
    ...ActorName
  }
  target {
    ...ActorName
  }
}`) as unknown as TypedDocumentString<ExplorerNodeDetailsQuery, ExplorerNodeDetailsQueryVariables>;