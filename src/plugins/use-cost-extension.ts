/**
 * What a query cost, in its answer: a request with `x-opsgraph-cost: 1` gets `extensions.cost`,
 *
 * ```json
 * { "kept": false,
 *   "calls": [{ "method": "GET", "path": "/v1/organizations", "upstream": "clickhouse", "status": 200,
 *               "ms": 3.1, "cache": "miss", "budgetWaitMs": 0.1, "attempts": 1 }, …],
 *   "budgetWaitMs": 0.4,
 *   "estimate": { "clickhouseCalls": 1, "clickhouseCallLimit": 10, "windowMs": 10000, "cost": 12, "maxCost": 1000000 } }
 * ```
 *
 * `calls` is the request's CostLog (upstream/cost-log.ts: what each line's `cache` means);
 * `budgetWaitMs` the sum of its calls' waits for the call budget; `estimate` the static numbers the
 * limits check before any call: the ClickHouse calls the document addresses against the budget's
 * limit per window (use-call-estimate.ts; the limit is null with CLICKHOUSE_RATE_LIMIT=0), and the
 * document's cost against DOCUMENT_LIMITS.maxCost (limits/cost.ts). An answer given from a kept
 * result (result-cache.ts) made no call and waited for nothing: `kept: true`, `calls: []`.
 *
 * Added in onExecutionResult, after the result cache's own hook: a result is kept without its cost
 * (its calls are this request's, not a later one's), and both executors (yoga's, graphql-jit's)
 * and kept results pass through here. Requests that do not ask are not measured (no CostLog), and
 * cost nothing here but one header lookup. Subscriptions (a stream of results) carry no cost.
 */
import { parse, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { isAsyncIterable, type GraphQLParams, type Plugin } from 'graphql-yoga';
import type { Context } from '../gateway-types.js';
import { operationCost, type CostWeights } from '../limits/cost.js';
import { operationOf, type OperationArgs } from '../limits/operation.js';
import type { ResultCache } from '../result-cache.js';
import { estimateClickHouseCalls } from '../schema/clickhouse/call-estimate.js';
import { asksForCost, type CostLine } from '../upstream/cost-log.js';

export interface CostEstimate {
  /** ClickHouse calls the document addresses up front (use-call-estimate.ts). */
  clickhouseCalls: number;
  /** What one key may make per window (CLICKHOUSE_RATE_LIMIT); null when the budget is off. */
  clickhouseCallLimit: number | null;
  windowMs: number | null;
  /** The document's cost, variables and list lengths included (limits/cost.ts). */
  cost: number;
  /** DOCUMENT_LIMITS.maxCost. */
  maxCost: number;
}

export interface CostExtension {
  /** Answered from a kept result: nothing was executed, called or waited for. */
  kept: boolean;
  calls: CostLine[];
  budgetWaitMs: number;
  /** Null when the operation could not be read (there was none to run). */
  estimate: CostEstimate | null;
}

export interface CostExtensionOptions extends CostWeights {
  /** CLICKHOUSE_RATE_LIMIT; null or undefined when off. */
  rateLimit: { limit: number; windowMs: number } | null | undefined;
  /** DOCUMENT_LIMITS.maxCost. */
  maxCost: number;
  /** The kept results, to tell a request answered from one. @default none */
  resultCache?: ResultCache;
}

function estimateOf(schema: GraphQLSchema, args: OperationArgs, options: CostExtensionOptions): CostEstimate | null {
  const operation = operationOf(args);
  if (!operation) return null;
  return {
    clickhouseCalls: estimateClickHouseCalls(schema, operation),
    clickhouseCallLimit: options.rateLimit?.limit ?? null,
    windowMs: options.rateLimit?.windowMs ?? null,
    cost: operationCost(operation, options),
    maxCost: options.maxCost,
  };
}

/** The estimate of a kept result's request, from its parameters (it was not parsed: it was kept). */
function keptEstimate(schema: GraphQLSchema | undefined, params: GraphQLParams, options: CostExtensionOptions): CostEstimate | null {
  if (!schema || typeof params.query !== 'string') return null;
  try {
    return estimateOf(schema, { document: parse(params.query), operationName: params.operationName, variableValues: params.variables }, options);
  } catch {
    // It was executed once from the same text, so it parses; if not, there is nothing to estimate.
    return null;
  }
}

function withCost(result: ExecutionResult, cost: CostExtension): ExecutionResult {
  return { ...result, extensions: { ...result.extensions, cost } };
}

const single = (result: unknown): result is ExecutionResult => !!result && !Array.isArray(result) && !isAsyncIterable(result);

export function useCostExtension(options: CostExtensionOptions): Plugin<Context> {
  /** Executed requests that asked, with their log and estimate. */
  const executed = new WeakMap<Request, { context: Context; estimate: CostEstimate | null }>();
  /** Requests that asked, with their parameters (a kept result's estimate is read from them). */
  const asked = new WeakMap<Request, GraphQLParams>();
  let schema: GraphQLSchema | undefined;
  return {
    onSchemaChange({ schema: current }) {
      schema = current;
    },
    onParams({ params, request }) {
      if (options.resultCache && asksForCost(request.headers)) asked.set(request, params);
    },
    onExecute({ args }) {
      const context = args.contextValue as Context & { request?: Request };
      if (!context.cost || !context.request) return;
      executed.set(context.request, { context, estimate: estimateOf((args as ExecutionArgs).schema, args as ExecutionArgs, options) });
    },
    onExecutionResult({ request, result, setResult }) {
      if (!single(result)) return;
      const ran = executed.get(request);
      if (ran) {
        const calls = ran.context.cost?.calls() ?? [];
        const budgetWaitMs = Math.round(calls.reduce((sum, call) => sum + call.budgetWaitMs, 0) * 10) / 10;
        setResult(withCost(result, { kept: false, calls, budgetWaitMs, estimate: ran.estimate }));
        return;
      }
      const params = asked.get(request);
      if (params && options.resultCache?.answeredFromKept(request)) {
        setResult(withCost(result, { kept: true, calls: [], budgetWaitMs: 0, estimate: keptEstimate(schema, params, options) }));
      }
    },
  };
}
