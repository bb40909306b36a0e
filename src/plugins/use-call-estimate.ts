/**
 * One request never spends more than one budget window of its key on what it addresses up front.
 * As a query starts, the ClickHouse calls its addressed lookups need are estimated from the
 * document and its variables (schema/clickhouse/call-estimate.ts); above the configured budget's
 * limit per window (CLICKHOUSE_RATE_LIMIT) it is refused with QUERY_TOO_COMPLEX and its numbers,
 * before any upstream call. Fan-out that only the data decides (every service of a list, with its
 * backups) is not refused: the budget queues it over as many windows as it needs.
 */
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { operationOf, queryTooComplex } from '../limits/operation.js';
import { estimateClickHouseCalls } from '../schema/clickhouse/call-estimate.js';

export function useCallEstimate(config: Pick<Config, 'clickhouse'>): Plugin {
  const budget = config.clickhouse.rateLimit;
  // No budget (CLICKHOUSE_RATE_LIMIT=0): no window to stay within.
  if (!budget) return {};
  const { limit, windowMs } = budget;
  return {
    onExecute({ args, setResultAndStopExecution }: { args: ExecutionArgs; setResultAndStopExecution: (result: ExecutionResult) => void }) {
      const operation = operationOf(args);
      if (!operation) return;
      const estimatedCalls = estimateClickHouseCalls(args.schema, operation);
      if (estimatedCalls <= limit) return;
      const message =
        `This query addresses objects that need about ${estimatedCalls} ClickHouse calls, more than the ${limit} per ${windowMs} ms ` +
        'its key may make: ask for fewer objects by id per request';
      setResultAndStopExecution({ errors: [queryTooComplex(message, { upstream: 'clickhouse', estimatedCalls, limit, windowMs })] });
    },
  };
}
