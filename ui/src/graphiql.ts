import { GraphiQL } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/** Sends the IDE's operations to this service, with the headers typed in the IDE (e.g. the API key). */
async function fetcher(
  params: FetcherParams,
  options?: { headers?: Record<string, unknown> },
): Promise<ExecutionResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [key, value] of Object.entries(options?.headers ?? {})) headers[key] = String(value);
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  return (await response.json()) as ExecutionResult;
}

const DEFAULT_QUERY = `# Newsgraph: countries, leaders, events and sanctions from the news.
# Writes need the header {"Authorization": "Bearer <NEWSGRAPH_API_KEY>"}.
query NorthKorea {
  country(code: "KP") {
    name
    leaders { leader { name } title since }
    sanctionsAgainst { program authority { ... on Organization { name } ... on Country { name } } }
    articles(first: 3) { edges { node { title publishedAt } } }
  }
}
`;

const container = document.getElementById('graphiql');
if (container) {
  container.textContent = '';
  createRoot(container).render(createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY }));
}
