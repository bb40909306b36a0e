/** The error mapping alone: a final answer or failure from below becomes an HttpResponse or an UpstreamError. */
import { describe, expect, it } from 'vitest';
import { mapErrors, type DescribeError } from '../src/upstream/call/errors.js';
import { CircuitOpenError, UpstreamError, type BadUserInputError, type RateLimitedError } from '../src/upstream/errors.js';
import { GET, answer, context, networkError, scripted } from './support/call.js';

const JSON_TYPE = { 'content-type': 'application/json' };
const describeBody: DescribeError = (_status, json) => {
  const body = json as { error?: string; fields?: Record<string, string[]> } | undefined;
  return { message: body?.error, fieldErrors: Object.entries(body?.fields ?? {}).map(([field, messages]) => ({ field, messages })) };
};
const mapped = mapErrors({ upstream: 'divio', describeError: describeBody });

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe('mapErrors', () => {
  it('answers a 2xx with its JSON parsed, and json undefined for other or empty bodies', async () => {
    expect(await mapped(scripted(answer(200, JSON_TYPE, '{"a":1}')))(GET, context({ attempt: 2 }))).toEqual({
      status: 200,
      headers: JSON_TYPE,
      text: '{"a":1}',
      json: { a: 1 },
      attempts: 2,
    });
    expect(await mapped(scripted(answer(200, { 'content-type': 'text/plain' }, 'hi')))(GET, context())).toMatchObject({ json: undefined, text: 'hi' });
    expect(await mapped(scripted(answer(204, JSON_TYPE)))(GET, context())).toMatchObject({ status: 204, json: undefined });
  });

  it('refuses a 2xx that claims JSON but is not (UPSTREAM_ERROR); a broken error body still maps by status', async () => {
    expect((await failure(mapped(scripted(answer(200, JSON_TYPE, '{"cut":')))(GET, context()))).code).toBe('UPSTREAM_ERROR');
    expect((await failure(mapped(scripted(answer(404, JSON_TYPE, '{"cut":')))(GET, context()))).code).toBe('NOT_FOUND');
  });

  it.each([
    [400, 'BAD_USER_INPUT'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [422, 'BAD_USER_INPUT'],
    [429, 'RATE_LIMITED'],
    [500, 'UPSTREAM_UNAVAILABLE'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ])('maps a final %i to %s with upstreamStatus', async (status, code) => {
    const error = await failure(mapped(scripted(answer(status, JSON_TYPE, '{"error":"Name taken","fields":{"name":["taken"]}}')))(GET, context()));
    expect(error.extensions).toMatchObject({ code, upstream: 'divio', upstreamStatus: status });
    if (status === 400) {
      expect(error.message).toBe('Name taken');
      expect((error as BadUserInputError).fieldErrors).toEqual([{ field: 'name', messages: ['taken'] }]);
    }
  });

  it("puts a 429's Retry-After on RATE_LIMITED, and survives a describeError that throws", async () => {
    const limited = await failure(mapped(scripted(answer(429, { 'retry-after': '7' })))(GET, context()));
    expect((limited as RateLimitedError).retryAfterMs).toBe(7_000);
    const throwing = mapErrors({ upstream: 'divio', describeError: () => { throw new Error('bad describer'); } });
    const error = await failure(throwing(scripted(answer(404, JSON_TYPE, '{}')))(GET, context()));
    expect(error.message).toBe('Divio could not find the requested resource');
  });

  it('maps a failed connection to UPSTREAM_UNAVAILABLE without its text, and an oversized body to UPSTREAM_ERROR', async () => {
    const refused = await failure(mapped(scripted(networkError('ECONNREFUSED')))(GET, context()));
    expect(refused.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'divio' });
    expect(refused.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    const oversized = await failure(mapped(scripted(networkError('UND_ERR_RES_EXCEEDED_MAX_SIZE')))(GET, context()));
    expect(oversized.message).toBe('Divio returned an oversized response');
  });

  it("passes as they are: errors that already answer, a caller's abort, and our own bugs (yoga masks those)", async () => {
    const open = new CircuitOpenError('divio', 1_000);
    await expect(mapped(scripted(open))(GET, context())).rejects.toBe(open);
    const reset = networkError('ECONNRESET');
    await expect(mapped(scripted(reset))(GET, context({ signal: AbortSignal.abort() }))).rejects.toBe(reset);
    const bug = new TypeError('undefined is not a function');
    await expect(mapped(scripted(bug))(GET, context())).rejects.toBe(bug);
  });
});
