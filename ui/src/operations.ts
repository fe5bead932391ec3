import { graphql } from './gql/index.js';

// Every operation the explorer sends. The types in ./gql are generated from these and the
// SDL in schema/ (`npm run codegen:ui`), so a schema change that breaks the page breaks the build.

export const SearchDocument = graphql(`
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
`);

export const NeighborhoodDocument = graphql(`
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
`);

export const PathsDocument = graphql(`
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
`);

export const TimelineDocument = graphql(`
  query ExplorerTimeline($id: ID!, $interval: Interval, $from: Date, $to: Date) {
    timeline(id: $id, interval: $interval, from: $from, to: $to) {
      start
      articles
      events
    }
  }
`);

/** What filtering and styling need of events and articles, which `neighborhood` does not return. */
export const NodeFactsDocument = graphql(`
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
`);

/** Article text and mention offsets, to find the sentences behind an edge. */
export const EvidenceDocument = graphql(`
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
`);

export const EventReportsDocument = graphql(`
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
`);

export const NodeDetailsDocument = graphql(`
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
  }
`);
