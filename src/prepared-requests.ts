/**
 * Prepared requests: the engine's path for a query it has already answered. When yoga executed a
 * query over HTTP and answered it without errors, everything it checked before executing (the
 * body's syntax and size, CSRF, persisted operations, parsing, validation, the document limits,
 * the call estimate) was decided by what this key holds: the credentials' fingerprints, the URL,
 * the headers yoga's plugins read, and the body's bytes. The same request again is therefore
 * executed directly, as compiled code (graphql-jit) with a context of its own, and answered the
 * way yoga answers it: its stale marker, its error mask, its status and headers, its log line and
 * count. What it skips is the fetch API bridge and yoga's per-request pipeline, which the bench's
 * profile shows costing a third of a warm read.
 *
 * It serves only where nothing else must see the request: kept results off (with them on, the
 * same request again is a kept answer, http-handler.ts), no `x-opsgraph-cost` asked for, tracing
 * off. A request whose execution brings errors is still answered here (its errors masked as
 * yoga masks them); it is the first success that prepares a request, never a failure.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLError } from 'graphql';
import { isAsyncIterable, processRegularResult, type FetchAPI, type Plugin } from 'graphql-yoga';
import { createContext } from './context.js';
import type { Context, GatewayDeps } from './gateway-types.js';
import { abortedWhenClientLeaves, nodeHeaders, repeatableHeaders } from './kept-answers.js';
import { setNewest } from './lru.js';
import { tracing } from './observability/tracing.js';
import { COST_HEADER } from './upstream/cost-log.js';
import { recordRequest, REQUEST_ID_HEADER, requestIdOfMessage } from './observability/requests.js';
import { compiledQueryOf, locatedResult } from './plugins/use-compiled-queries.js';
import { codesOf } from './plugins/use-request-observability.js';
import { withStaleMarker } from './plugins/use-stale-marker.js';
import { schema } from './schema/index.js';


/** Requests prepared at once; a dashboard sends a few dozen distinct ones. @default 500 */
export const MAX_PREPARED_REQUESTS = 500;

/** What yoga executed for a request, taken as it finished without errors. */
interface Executed {
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

interface Prepared extends Executed {
  /** yoga's answer headers, without its request id and length (CORS, content type). */
  headers: Record<string, string>;
  /** The media type yoga answered with (application/json or application/graphql-response+json). */
  mediaType: string;
  /** The executed operation's name, for the log line. */
  name: string | undefined;
}

/** Error masking as yoga applies it (yoga.ts's mask, and its log line for what it hides). */
export type MaskErrors = (errors: readonly GraphQLError[]) => GraphQLError[];

/** `executing` while its one operation runs; `several` once a second one started (a batch). */
const executedBy = new WeakMap<Request, Executed | 'executing' | 'several'>();

/** Takes what yoga executed for a query over HTTP, once it finished without errors. */
export function usePreparedRequests(): Plugin<Context> {
  return {
    onExecute({ args }: { args: ExecutionArgs }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return undefined;
      // A request that executed more than one operation (a batch) is never prepared as one of them.
      if (executedBy.has(request)) return void executedBy.set(request, 'several');
      executedBy.set(request, 'executing');
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return undefined;
      return {
        onExecuteDone({ result }: { result: unknown }) {
          if (!result || isAsyncIterable(result) || (result as ExecutionResult).errors?.length || executedBy.get(request) !== 'executing') return;
          executedBy.set(request, { document: args.document, operationName: args.operationName ?? undefined, variables: (args.variableValues ?? {}) as Record<string, unknown> });
        },
      };
    },
  };
}

/**
 * Whether this gateway serves prepared requests: not with kept results on (kept answers serve
 * repeats), nor with tracing on (the operation's spans are made by yoga's pipeline).
 */
export function preparesRequests(deps: GatewayDeps): boolean {
  return deps.resultCache === undefined && !tracing.on;
}

export class PreparedRequests {
  private readonly prepared = new Map<string, Prepared>();
  private served = 0;

  constructor(
    private readonly deps: GatewayDeps,
    private readonly maskErrors: MaskErrors,
  ) {
    deps.metrics.watchPrepared(() => ({ served: this.served, size: this.prepared.size }));
  }

  /** Whether this request may be served prepared at all (the key still decides which). */
  applies(req: IncomingMessage): boolean {
    // `extensions.cost` is added by yoga's pipeline (use-cost-extension.ts).
    return req.headers[COST_HEADER] !== '1';
  }

  get(key: string): Prepared | undefined {
    return this.prepared.get(key);
  }

  /** After yoga answered `request`: prepares it when it executed a query to a whole JSON answer. */
  learn(key: string, request: Request, status: number, headers: Record<string, string>): void {
    const executed = executedBy.get(request);
    if (typeof executed !== 'object' || status !== 200) return;
    const kept = repeatableHeaders(headers);
    const mediaType = (kept['content-type'] ?? 'application/json').split(';')[0]!.trim();
    const name = getOperationAST(executed.document, executed.operationName)?.name?.value;
    setNewest(this.prepared, key, { ...executed, headers: kept, mediaType, name }, MAX_PREPARED_REQUESTS);
  }

  /** Executes the prepared request and answers it; false when it cannot run compiled (yoga answers). */
  async serve(fetchAPI: FetchAPI, req: IncomingMessage, res: ServerResponse, prepared: Prepared, startedAt: number): Promise<boolean> {
    const compiled = compiledQueryOf(schema, prepared.document, prepared.operationName);
    if (!compiled) return false;
    this.served++;
    const requestId = requestIdOfMessage(req.headers);
    const context = createContext(this.deps, nodeHeaders(req), { signal: abortedWhenClientLeaves(res), requestId, recordReads: true });
    let result = locatedResult((await compiled.query(undefined, context, prepared.variables)) as ExecutionResult, prepared.document, prepared.operationName);
    result = withStaleMarker(result, context.reads);
    let status = 200;
    let text: string;
    if (result.errors?.length || !('data' in result)) {
      result = { ...result, errors: this.maskErrors(result.errors ?? []) };
      const answer = processRegularResult(result, fetchAPI, prepared.mediaType) as Response;
      status = answer.status;
      text = await answer.text();
    } else text = JSON.stringify(result);
    res.writeHead(status, { ...prepared.headers, [REQUEST_ID_HEADER]: requestId, 'content-length': String(Buffer.byteLength(text)) });
    res.end(text);
    const codes = codesOf(result);
    const path = (req.url ?? '/').split('?')[0]!;
    recordRequest(this.deps.logger, this.deps.metrics, {
      requestId,
      method: 'POST',
      path,
      status,
      startedAt,
      streaming: false,
      codes: codes.length > 0 ? codes : undefined,
      operationName: prepared.name,
      upstreamCalls: context.reads?.upstreamCalls,
    });
    return true;
  }
}
