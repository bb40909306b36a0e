/**
 * Arguments of Environment.logs: the seed's query options, validated before the upstream call.
 */
import type { EnvironmentLogsQuery } from '../../upstream/divio/types.js';
import { badUserInput } from '../../graphql-errors.js';

/** Seed: limit 1..1000 (default 1000), search_query 3..32 characters. */
export const LOG_LIMIT = { min: 1, max: 1000 } as const;
export const SEARCH_QUERY = { min: 3, max: 32 } as const;
const MAX_FILTER_TEXT = 255;

export interface EnvironmentLogsArgValues {
  limit?: number | null;
  fromTs?: Date | null;
  toTs?: Date | null;
  searchQuery?: string | null;
  searchAfter?: string | null;
  searchBefore?: string | null;
  service?: string | null;
  container?: string | null;
  action?: string | null;
  version?: string | null;
}

export function environmentLogsQuery(args: EnvironmentLogsArgValues): EnvironmentLogsQuery {
  if (args.limit != null && (args.limit < LOG_LIMIT.min || args.limit > LOG_LIMIT.max)) {
    throw badUserInput(`limit must be between ${LOG_LIMIT.min} and ${LOG_LIMIT.max}`);
  }
  if (args.searchQuery != null && (args.searchQuery.length < SEARCH_QUERY.min || args.searchQuery.length > SEARCH_QUERY.max)) {
    throw badUserInput(`searchQuery must be ${SEARCH_QUERY.min} to ${SEARCH_QUERY.max} characters`);
  }
  if (args.fromTs && args.toTs && args.fromTs > args.toTs) throw badUserInput('fromTs must not be after toTs');
  const texts = { search_after: args.searchAfter, search_before: args.searchBefore, service: args.service, container: args.container, action: args.action, version: args.version };
  for (const [name, value] of Object.entries(texts)) {
    if (value != null && (value.length === 0 || value.length > MAX_FILTER_TEXT)) {
      throw badUserInput(`${name} must be 1 to ${MAX_FILTER_TEXT} characters`);
    }
  }
  const query: EnvironmentLogsQuery = {};
  if (args.limit != null) query.limit = args.limit;
  if (args.fromTs) query.from_ts = args.fromTs.toISOString();
  if (args.toTs) query.to_ts = args.toTs.toISOString();
  if (args.searchQuery != null) query.search_query = args.searchQuery;
  for (const [name, value] of Object.entries(texts)) if (value != null) query[name as 'service'] = value;
  return query;
}
