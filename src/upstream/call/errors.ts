/**
 * Turns what the wrappers below return into what callers see: a 2xx answer with its JSON parsed,
 * or an UpstreamError for a final status or a failed connection. It sits outermost because only
 * the last attempt's outcome is the call's answer; the wrappers below judge statuses themselves.
 */
import { isConnectionFailure } from '../breaker.js';
import {
  UpstreamError,
  UpstreamProtocolError,
  UpstreamUnavailableError,
  errorForStatus,
  type FieldError,
  type UpstreamName,
} from '../errors.js';
import { errorCodeOf, rateLimitWaitMs } from '../retry.js';
import type { Call, HttpResponse, UpstreamAnswer } from './types.js';

export type DescribeError = (status: number, json: unknown, text: string) => { message?: string; fieldErrors?: FieldError[] };

export interface ErrorMappingOptions {
  upstream: UpstreamName;
  /** Extracts the upstream's error message / field errors from an error body. */
  describeError: DescribeError;
}

const NO_CONTENT = 204;

export function mapErrors(options: ErrorMappingOptions): (next: Call) => Call<HttpResponse> {
  const { upstream } = options;
  return (next) => async (req, ctx) => {
    let answer: UpstreamAnswer;
    try {
      answer = await next(req, ctx);
    } catch (error) {
      throw transportError(upstream, error, ctx.signal);
    }
    const { status, headers, text, attempts } = answer;
    const json = parseBody(upstream, answer);
    if (status >= 200 && status < 300) return { status, headers, text, json, attempts };
    const retryAfterMs = rateLimitWaitMs(headers);
    throw errorForStatus(upstream, status, { ...describe(options.describeError, status, json, text), retryAfterMs });
  };
}

function transportError(upstream: UpstreamName, error: unknown, signal: AbortSignal): unknown {
  // Already an answer (circuit open, rate limited, timed out), or a caller that left: as it is.
  if (error instanceof UpstreamError || signal.aborted) return error;
  const code = errorCodeOf(error);
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return new UpstreamProtocolError(upstream, 'an oversized response');
  // Anything else is not the upstream's failure but ours; yoga masks it.
  return isConnectionFailure(code) ? new UpstreamUnavailableError(upstream) : error;
}

function describe(describeError: DescribeError, status: number, json: unknown, text: string): ReturnType<DescribeError> {
  try {
    return describeError(status, json, text);
  } catch {
    // A body the describer chokes on still maps to the status's own error.
    return {};
  }
}

function parseBody(upstream: UpstreamName, { status, headers, text }: UpstreamAnswer): unknown {
  const contentType = headers['content-type'];
  if (status === NO_CONTENT || text.trim() === '') return undefined;
  if (contentType !== undefined && !/[/+]json\b/i.test(contentType)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A success that claims JSON but is not cannot be interpreted; an error body can still be mapped.
    if (contentType !== undefined && status >= 200 && status < 300) {
      throw new UpstreamProtocolError(upstream, 'a malformed JSON response', status);
    }
    return undefined;
  }
}
