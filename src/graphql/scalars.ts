import { GraphQLScalarType } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';

/**
 * graphql-scalars validates dates and date-times but hands resolvers JavaScript `Date`
 * objects, which lose a calendar date's meaning (time zones) and do not reach Cypher as
 * dates. These keep its validation and messages and give resolvers ISO 8601 text instead:
 * `YYYY-MM-DD` for Date, a UTC instant for DateTime.
 */
export const DateScalar = new GraphQLScalarType({
  ...DateResolver.toConfig(),
  parseValue: (value) => toIsoDate(DateResolver.parseValue(value)),
  parseLiteral: (ast, variables) => toIsoDate(DateResolver.parseLiteral(ast, variables)),
});

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue: (value) => toIsoDateTime(DateTimeResolver.parseValue(value)),
  parseLiteral: (ast, variables) => toIsoDateTime(DateTimeResolver.parseLiteral(ast, variables)),
});

function toIsoDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

function toIsoDateTime(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}
