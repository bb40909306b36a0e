/**
 * The upstream call as a CLIENT span (OpenTelemetry's HTTP client conventions): one span per call,
 * retries included, named by the path template (`GET /v1/organizations/{organizationId}`), never
 * by the URL; its W3C `traceparent` goes out with every attempt. Retries are span events, and the
 * time spent queueing for the call budget is `opsgraph.budget.wait_ms`. compose.ts adds these
 * wrappers only while tracing is on (observability/tracing.ts): off, a call costs nothing more.
 */
import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE, ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_SERVER_ADDRESS, ATTR_SERVER_PORT } from '@opentelemetry/semantic-conventions';
import { errorType, recordFailure, tracer } from '../../observability/tracing.js';
import type { UpstreamName } from '../errors.js';
import { pathTemplate } from '../path-template.js';
import type { CallMeter, Wrapper } from './types.js';

/** OpenTelemetry's `url.template` (incubating, so not imported from the stable conventions). */
export const ATTR_URL_TEMPLATE = 'url.template';
export const ATTR_HTTP_REQUEST_RESEND_COUNT = 'http.request.resend_count';
export const ATTR_UPSTREAM = 'opsgraph.upstream';
/** Milliseconds the call queued for its budget slots, all attempts together. */
export const ATTR_BUDGET_WAIT_MS = 'opsgraph.budget.wait_ms';
export const ATTR_ATTEMPT = 'opsgraph.attempt';
/** The event an attempt leaves on its call's span when the call is retried. */
export const ATTEMPT_EVENT = 'upstream.attempt';

export interface TraceCallOptions {
  upstream: UpstreamName;
  baseUrl: string;
  /** Whether calls queue for a budget (then the wait is recorded, 0 included). */
  budgeted: boolean;
}

/**
 * The call's meter (call/budget-slot.ts times each wait for a budget slot): each wait is added to
 * the span's `opsgraph.budget.wait_ms`, and everything is passed on to the request's own meter
 * (the cost of a request that asked for it, cost-log.ts).
 */
function spanMeter(span: Span, passOn: CallMeter | undefined): CallMeter {
  let waitedMs = 0;
  return {
    budgetWait: (ms) => {
      waitedMs += ms;
      span.setAttribute(ATTR_BUDGET_WAIT_MS, Math.round(waitedMs * 1000) / 1000);
      passOn?.budgetWait(ms);
    },
    answered: (status) => passOn?.answered(status),
  };
}

/** The CLIENT span around one call: outermost, so a refusal (circuit open, budget) is a span too. */
export function traceCall(options: TraceCallOptions): Wrapper {
  const { upstream, budgeted } = options;
  const base = new URL(options.baseUrl);
  const port = base.port === '' ? (base.protocol === 'https:' ? 443 : 80) : Number(base.port);
  return (next) => async (req, ctx) => {
    const template = pathTemplate(upstream, req.path);
    const span = tracer().startSpan(`${req.method} ${template}`, {
      kind: SpanKind.CLIENT,
      attributes: {
        [ATTR_HTTP_REQUEST_METHOD]: req.method,
        [ATTR_SERVER_ADDRESS]: base.hostname,
        [ATTR_SERVER_PORT]: port,
        [ATTR_URL_TEMPLATE]: template,
        [ATTR_UPSTREAM]: upstream,
        ...(budgeted ? { [ATTR_BUDGET_WAIT_MS]: 0 } : {}),
      },
    });
    const active = trace.setSpan(context.active(), span);
    // The caller's headers are left as they are; the copy carries the span's traceparent.
    const headers: Record<string, string> = { ...req.headers };
    propagation.inject(active, headers);
    try {
      const answer = await context.with(active, () => next({ ...req, headers, meter: spanMeter(span, req.meter) }, ctx));
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, answer.status);
      if (answer.attempts > 1) span.setAttribute(ATTR_HTTP_REQUEST_RESEND_COUNT, answer.attempts - 1);
      if (answer.status >= 400) {
        span.setAttribute(ATTR_ERROR_TYPE, String(answer.status));
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      return answer;
    } catch (error) {
      recordFailure(span, error);
      throw error;
    } finally {
      span.end();
    }
  };
}

/**
 * Per attempt (below the retry wrapper): an attempt of a retried call, or one that failed, leaves
 * an event with its number and its status or error code. A call answered at once leaves none.
 */
export function traceAttempts(): Wrapper {
  return (next) => async (req, ctx) => {
    const span = trace.getActiveSpan();
    try {
      const answer = await next(req, ctx);
      if (ctx.attempt > 1 || answer.status >= 400) {
        span?.addEvent(ATTEMPT_EVENT, { [ATTR_ATTEMPT]: ctx.attempt, [ATTR_HTTP_RESPONSE_STATUS_CODE]: answer.status });
      }
      return answer;
    } catch (error) {
      span?.addEvent(ATTEMPT_EVENT, { [ATTR_ATTEMPT]: ctx.attempt, [ATTR_ERROR_TYPE]: errorType(error) });
      throw error;
    }
  };
}
