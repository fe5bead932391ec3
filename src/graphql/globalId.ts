import countries from 'i18n-iso-countries';
import { ErrorCode, NewsgraphError } from '../errors.js';
import {
  NODE_KINDS,
  type NodeKind,
  type NodeModel,
  type NodeRef,
  refId,
  refOf,
} from '../store/entitiesModels.js';

/**
 * Global ids are `<Type>:<key>` (`Country:RUS`, `Leader:vladimir-putin`,
 * `Article:https://…`): readable in logs and URLs, and stable because the key is the node's
 * unique key. The type is everything before the first `:`; the key may itself hold colons.
 */
export function toGlobalId(node: NodeModel): string {
  return refId(refOf(node));
}

const KINDS: ReadonlySet<string> = new Set(NODE_KINDS);

/** Parses a global id; undefined when it is not one. */
export function tryParseGlobalId(id: string): NodeRef | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  const kind = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (!KINDS.has(kind) || key.length === 0) return undefined;
  return { kind: kind as NodeKind, key };
}

/** Parses a global id or fails with BAD_USER_INPUT naming the argument. */
export function parseGlobalId(id: string, argument: string): NodeRef {
  const ref = tryParseGlobalId(id);
  if (!ref) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      `${argument} "${id}" is not a global id; global ids look like Country:RUS or Leader:vladimir-putin`,
    );
  }
  return ref;
}

/** ISO-3 for an ISO-2 or ISO-3 code in any case; undefined when it is neither. */
export function toIso3(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) return upper;
  if (/^[A-Z]{2}$/.test(upper)) return countries.alpha2ToAlpha3(upper);
  return undefined;
}

/**
 * Reads an id argument that may be a global id, or for convenience the bare key of the
 * expected kind (a slug, an article id), or an ISO code where a country is allowed. Where
 * leaders and organizations are both allowed, a bare slug takes the first of them; the
 * filters that accept several kinds match a non-country by `id` alone, whatever its label.
 */
export function refFromArgument(value: string, argument: string, expected: readonly NodeKind[]): NodeRef {
  const parsed = tryParseGlobalId(value);
  if (parsed && !(expected.includes('Article') && /^https?:$/.test(`${parsed.kind}:`))) {
    if (!expected.includes(parsed.kind)) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `${argument} must be the id of a ${expected.join(' or ')}, got a ${parsed.kind}`,
      );
    }
    return parsed;
  }
  if (expected.includes('Country')) {
    const iso3 = toIso3(value);
    if (iso3 && (expected.length === 1 || /^[A-Z]{2,3}$/.test(value.trim())))
      return { kind: 'Country', key: iso3 };
    if (expected.length === 1) {
      throw new NewsgraphError(
        ErrorCode.BAD_USER_INPUT,
        `${argument} "${value}" is not an ISO 3166-1 country code`,
      );
    }
  }
  const [fallback] = expected.filter((kind) => kind !== 'Country');
  if (!fallback || value.trim().length === 0) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      `${argument} "${value}" names no ${expected.join(' or ')}`,
    );
  }
  return { kind: fallback, key: value.trim() };
}

/** A country's name in a language i18n-iso-countries knows; undefined when it does not. */
export function countryName(iso3: string, lang: string): string | undefined {
  return countries.getName(iso3, lang.toLowerCase().split('-')[0] ?? lang);
}
