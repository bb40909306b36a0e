/**
 * The coded GraphQL errors every layer raises for a client's mistake or a missing object. A leaf:
 * loaders, schema and live code share them without importing each other.
 */
import { GraphQLError } from 'graphql';

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function notFoundError(kind: string, id: string): GraphQLError {
  return new GraphQLError(`${kind} ${id} was not found`, { extensions: { code: 'NOT_FOUND' } });
}

/** A copy of `error` with `extensions.code` (and another message, when given); where it points stays. */
export function recoded(error: GraphQLError, code: string, message = error.message): GraphQLError {
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions: { ...error.extensions, code } });
}
