/**
 * OpenTelemetry traces, configured only by the standard OTEL_* environment variables and off
 * unless one of them asks for traces. When off, the SDK is never loaded, the API stays the no-op
 * one, and every traced path checks `tracing.on` (one boolean) before building anything: no span,
 * no attribute object, no context switch.
 *
 * When on, the official NodeSDK reads the environment (exporter, endpoint, protocol, sampler,
 * resource, propagators: W3C trace context by default) and traces only: its metrics and logs
 * exporters default to `none` here (OTEL_METRICS_EXPORTER / OTEL_LOGS_EXPORTER, when unset), and
 * no auto-instrumentation is loaded; the gateway's spans are made by hand (the HTTP request below,
 * plugins/use-tracing.ts, upstream/call/trace.ts, upstream/cache-trace.ts, live/poller.ts).
 *
 * No attribute ever holds a credential: no header, no full URL, no query string; upstream calls
 * are named by their path template (upstream/path-template.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type SpanContext, type Tracer } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE, ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE, ATTR_URL_PATH, ATTR_URL_SCHEME } from '@opentelemetry/semantic-conventions';

/** Whether spans are made; set once, by startTracing, before the gateway is built. */
export const tracing = { on: false };

/** The instrumentation scope of every span the gateway makes. */
export const TRACER_NAME = 'opsgraph';

let cachedTracer: Tracer | undefined;

export function tracer(): Tracer {
  return (cachedTracer ??= trace.getTracer(TRACER_NAME));
}

/** OTEL_* variables that say nothing about traces: alone, they do not turn tracing on. */
const NOT_ABOUT_TRACES = /^OTEL_(METRICS?_|LOGS?_|LOGRECORD_|BLRP_|EXPORTER_OTLP_(METRICS|LOGS)_|SDK_DISABLED$|LOG_LEVEL$|NODE_EXPERIMENTAL_SDK_METRICS$)/;

const isTrue = (value: string | undefined) => value !== undefined && value.trim().toLowerCase() === 'true';

/**
 * Whether the environment asks for traces: some OTEL_* variable about traces (an endpoint, a
 * service name, a sampler, an exporter, resource attributes, ...) is set, OTEL_SDK_DISABLED is not
 * true and OTEL_TRACES_EXPORTER is not `none`.
 */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (isTrue(env.OTEL_SDK_DISABLED)) return false;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (exporters.length > 0 && exporters.every((name) => name === 'none')) return false;
  return Object.keys(env).some((name) => name.startsWith('OTEL_') && env[name] !== undefined && env[name] !== '' && !NOT_ABOUT_TRACES.test(name));
}

/**
 * The longest a graceful shutdown waits for the last spans to be exported.
 * @default 5_000
 */
export const SHUTDOWN_FLUSH_MS = 5_000;

export interface TracingHandle {
  /** Flushes the spans not yet exported and stops the SDK (graceful shutdown). */
  shutdown(): Promise<void>;
}

/**
 * Starts the NodeSDK when the environment asks for traces; undefined (and nothing loaded) when
 * it does not. Call once, at process start, before the gateway is built.
 */
export async function startTracing(env: NodeJS.ProcessEnv = process.env): Promise<TracingHandle | undefined> {
  if (tracing.on || !tracingRequested(env)) return undefined;
  // Traces only: the SDK would otherwise start OTLP metrics and logs exporters too.
  env.OTEL_METRICS_EXPORTER ??= 'none';
  env.OTEL_LOGS_EXPORTER ??= 'none';
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const named = env.OTEL_SERVICE_NAME !== undefined || /(^|,)\s*service\.name\s*=/.test(env.OTEL_RESOURCE_ATTRIBUTES ?? '');
  const sdk = new NodeSDK(named ? {} : { serviceName: 'opsgraph' });
  sdk.start();
  tracing.on = true;
  cachedTracer = undefined;
  let stopped: Promise<void> | undefined;
  const stop = async () => {
    let timer: NodeJS.Timeout | undefined;
    // A collector that is down or silent must neither fail the shutdown nor hold it up for long.
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_FLUSH_MS)));
    try {
      await Promise.race([sdk.shutdown().catch(() => {}), late]);
    } finally {
      clearTimeout(timer);
      tracing.on = false;
    }
  };
  return { shutdown: () => (stopped ??= stop()) };
}

/** Marks `span` failed, with a low-cardinality error.type (never the error's message). */
export function recordFailure(span: Span, error: unknown): void {
  span.setAttribute(ATTR_ERROR_TYPE, errorType(error));
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/** A low-cardinality name of what failed: an error code (ECONNRESET), else the class name. Never a message. */
export function errorType(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{2,64}$/.test(code)) return code;
  return error instanceof Error ? error.name : '_OTHER';
}

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']);

/**
 * Runs `handle` inside the SERVER span of one HTTP request. The span continues the client's
 * trace when the request carries a W3C `traceparent`, is named by the route (`POST /graphql`) and
 * ends when the answer is written or the client leaves. `route` is the matched route, if any.
 */
export function traceHttpRequest(req: IncomingMessage, res: ServerResponse, path: string, route: string | undefined, handle: () => void): void {
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const method = KNOWN_METHODS.has(req.method ?? '') ? req.method! : '_OTHER';
  const span = tracer().startSpan(
    route === undefined ? method : `${method} ${route}`,
    {
      kind: SpanKind.SERVER,
      attributes: {
        [ATTR_HTTP_REQUEST_METHOD]: method,
        [ATTR_URL_PATH]: path,
        [ATTR_URL_SCHEME]: 'http',
        ...(route === undefined ? {} : { [ATTR_HTTP_ROUTE]: route }),
      },
    },
    parent,
  );
  let ended = false;
  const end = (aborted: boolean) => {
    if (ended) return;
    ended = true;
    if (res.headersSent) span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
    if (res.headersSent && res.statusCode >= 500) {
      span.setAttribute(ATTR_ERROR_TYPE, String(res.statusCode));
      span.setStatus({ code: SpanStatusCode.ERROR });
    } else if (aborted) {
      // The client left before its answer was complete.
      span.setAttribute(ATTR_ERROR_TYPE, 'aborted');
    }
    span.end();
  };
  res.once('finish', () => end(false));
  res.once('close', () => end(!res.writableFinished));
  context.with(trace.setSpan(parent, span), handle);
}

/** Attributes of a poll span (observability/tracing.ts keeps their names in one place). */
export const ATTR_POLL_LISTENERS = 'opsgraph.poll.listeners';
export const ATTR_POLL_OUTCOME = 'opsgraph.poll.outcome';

/**
 * Runs one poller read as a root span of its own trace (`opsgraph.poll`): a poller serves many
 * subscriptions, and outlives the request that started it, which the span links to.
 */
export async function tracePoll<T>(startedBy: SpanContext | undefined, listeners: number, read: () => Promise<T>): Promise<T> {
  const span = tracer().startSpan('opsgraph.poll', {
    root: true,
    attributes: { [ATTR_POLL_LISTENERS]: listeners },
    links: startedBy ? [{ context: startedBy }] : [],
  });
  try {
    const value = await context.with(trace.setSpan(ROOT_CONTEXT, span), read);
    span.setAttribute(ATTR_POLL_OUTCOME, 'snapshot');
    return value;
  } catch (error) {
    span.setAttribute(ATTR_POLL_OUTCOME, 'failed');
    recordFailure(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/** The active span's context, to link to later (undefined when there is none or it is not sampled). */
export function activeSpanContext(): SpanContext | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext : undefined;
}
