/**
 * Limits that count lists, checked as an operation starts (HTTP, SSE and WebSocket alike), when
 * its variables are known and before any resolver runs: `nodes(ids:)` takes at most MAX_NODE_IDS
 * ids, and the cost limit counts variables and list lengths (limits/cost.ts). graphql-armor's
 * cost rule still refuses costly documents during validation; this refuses the ones whose cost
 * only their variables or lists reveal.
 */
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { operationCost, type CostWeights } from '../limits/cost.js';
import { nodesOverLimit } from '../limits/node-ids.js';
import { operationOf, queryTooComplex } from '../limits/operation.js';

export interface ListLimits extends CostWeights {
  /** The cost limit (DOCUMENT_LIMITS.maxCost), the same number armor's rule refuses above. */
  maxCost: number;
}

function refusal(args: ExecutionArgs, limits: ListLimits) {
  const operation = operationOf(args);
  if (!operation) return undefined;
  const tooMany = nodesOverLimit(operation);
  if (tooMany) return tooMany;
  const cost = operationCost(operation, limits);
  if (cost <= limits.maxCost) return undefined;
  // Worded as armor words its own refusal, so clients match one message for both.
  return queryTooComplex(`Query Cost limit of ${limits.maxCost} exceeded, found ${cost} (variables and list lengths included).`, {
    cost,
    limit: limits.maxCost,
  });
}

export function useListLimits(limits: ListLimits): Plugin {
  const check = ({ args, setResultAndStopExecution }: { args: ExecutionArgs; setResultAndStopExecution: (result: ExecutionResult) => void }) => {
    const error = refusal(args, limits);
    if (error) setResultAndStopExecution({ errors: [error] });
  };
  return { onExecute: check, onSubscribe: check };
}
