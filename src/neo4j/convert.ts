import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isRelationship,
  isTime,
} from 'neo4j-driver';

/** A Neo4j value as plain JSON-friendly data. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Converts what the driver returns into plain data, explicitly: integers become numbers
 * (and strings where they would lose precision, which no Newsgraph counter reaches),
 * temporal values their ISO 8601 text, nodes and relationships their properties. Nothing
 * of the driver's types leaks past the store.
 *
 * Lists and plain maps are converted where they are, not copied: the driver builds them
 * afresh for every record it hands over, so the caller owns them, and a neighbourhood's
 * hundreds of edge maps would otherwise be allocated twice.
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  // Lists and maps come first: they are most of what queries return, and a plain object
  // (a Cypher map) cannot be one of the driver's classes checked below.
  if (Array.isArray(value)) {
    const list: unknown[] = value;
    for (let i = 0; i < list.length; i++) list[i] = toPlain(list[i]);
    return list as Plain[];
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map as { [key: string]: Plain };
  }
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) {
    return toPlain(value.properties);
  }
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
    return out;
  }
  return String(value);
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
