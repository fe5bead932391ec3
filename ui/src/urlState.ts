import { ALL_TYPES, defaultFilters, type Filters } from './graphModel.js';

/** Everything a shared URL restores: what was opened, expanded and selected, and the filters. */
export interface ViewState {
  /** The entity the view started from. */
  focus: string | null;
  /** Nodes expanded after it, in order. */
  expanded: string[];
  /** The selected node or edge id. */
  selected: string | null;
  /** A path asked for between two nodes. */
  path: [string, string] | null;
  filters: Filters;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | null): string[] {
  return value ? value.split(',').filter((part) => part.length > 0) : [];
}

/** Reads a view from a query string; anything malformed falls back to the default. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filters = defaultFilters();
  const types = list(params.get('types')).filter((type) => ALL_TYPES.includes(type));
  if (params.has('types')) filters.types = new Set(types);
  const quads = list(params.get('quad'))
    .map(Number)
    .filter((quad) => quad >= 1 && quad <= 4);
  if (params.has('quad')) filters.quadClasses = new Set(quads);
  const root = params.get('root');
  if (root && /^\d{2}$/.test(root)) filters.cameoRoot = root;
  const from = params.get('from');
  if (from && DAY.test(from)) filters.from = from;
  const to = params.get('to');
  if (to && DAY.test(to)) filters.to = to;
  const lang = params.get('lang');
  if (lang && /^[a-z]{2,3}$/.test(lang)) filters.lang = lang;
  const path = list(params.get('path'));
  return {
    focus: params.get('focus') || null,
    expanded: list(params.get('expand')),
    selected: params.get('sel') || null,
    path: path.length === 2 ? [path[0] as string, path[1] as string] : null,
    filters,
  };
}

/** Writes a view as a query string, leaving out what is the default. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const defaults = defaultFilters();
  if (state.focus) params.set('focus', state.focus);
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (state.selected) params.set('sel', state.selected);
  if (state.path) params.set('path', state.path.join(','));
  const { filters } = state;
  const sameSet = <T>(a: Set<T>, b: Set<T>) => a.size === b.size && [...a].every((x) => b.has(x));
  if (!sameSet(filters.types, defaults.types)) {
    params.set('types', ALL_TYPES.filter((type) => filters.types.has(type)).join(','));
  }
  if (!sameSet(filters.quadClasses, defaults.quadClasses)) {
    params.set('quad', [...filters.quadClasses].sort().join(','));
  }
  if (filters.cameoRoot) params.set('root', filters.cameoRoot);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.lang) params.set('lang', filters.lang);
  const text = params.toString();
  return text ? `?${text}` : '';
}
