/** The deadline wrapper alone: one clock for everything below it, GATEWAY_TIMEOUT, caller aborts. */
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { abortCause, deadline } from '../src/upstream/call/deadline.js';
import { send } from '../src/upstream/call/send.js';
import { RateLimitedError, UpstreamError } from '../src/upstream/errors.js';
import { sleep as abortableSleep } from '../src/upstream/retry.js';
import { sleep } from './support/ids.js';
import { GET, answer, context, hangUntilAborted, loopback, scripted } from './support/call.js';

const TIMEOUT_MS = 100;
/** Timers are late on a busy machine, never early by more than a millisecond or two. */
const SLACK_MS = 1_000;

const withDeadline = deadline({ upstream: 'divio', timeoutMs: TIMEOUT_MS });

describe('deadline', () => {
  it('answers GATEWAY_TIMEOUT when what is below it outlasts timeoutMs, and says the cause to those below', async () => {
    let cause: string | undefined;
    const next = scripted(async (req, ctx) => {
      await hangUntilAborted(req, ctx).catch(() => undefined);
      cause = abortCause(ctx.signal);
      throw ctx.signal.reason;
    });
    const started = Date.now();
    const error = await withDeadline(next)(GET, context()).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).extensions).toEqual({ code: 'GATEWAY_TIMEOUT', upstream: 'divio' });
    expect((error as UpstreamError).message).toBe(`Divio did not answer within ${TIMEOUT_MS} ms`);
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 2);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + SLACK_MS);
    expect(cause).toBe('deadline');
  });

  it('is one clock for every call below it (retries and backoff), with deadlineAt to plan waits by', async () => {
    const seen: number[] = [];
    const next = scripted(async (_req, ctx) => {
      seen.push(ctx.deadlineAt);
      await abortableSleep(40, ctx.signal);
      return answer(503);
    });
    // Three 40 ms attempts in a row under one 100 ms deadline: the third is cut.
    const threeAttempts = withDeadline(async (req, ctx) => {
      for (let attempt = 1; attempt < 3; attempt++) await next(req, { ...ctx, attempt });
      return next(req, { ...ctx, attempt: 3 });
    });
    const started = Date.now();
    const error = await threeAttempts(GET, context()).catch((e: unknown) => e);
    expect((error as UpstreamError).code).toBe('GATEWAY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + SLACK_MS);
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]).toBeGreaterThanOrEqual(started + TIMEOUT_MS);
    expect(seen[0]).toBeLessThan(started + TIMEOUT_MS + SLACK_MS);
  });

  it('keeps a tighter deadline from above', async () => {
    const next = scripted(answer(200));
    const deadlineAt = Date.now() + 10;
    await withDeadline(next)(GET, context({ deadlineAt }));
    expect(next.calls[0]!.ctx.deadlineAt).toBe(deadlineAt);
  });

  it("rethrows the caller's own abort, not GATEWAY_TIMEOUT, and aborts what is below", async () => {
    const caller = new AbortController();
    const reason = new DOMException('client went away', 'AbortError');
    let cause: string | undefined;
    const next = scripted(async (req, ctx) => {
      const error = await hangUntilAborted(req, ctx).catch((e: unknown) => e);
      cause = abortCause(ctx.signal);
      throw error;
    });
    setTimeout(() => caller.abort(reason), 20);
    const error = await withDeadline(next)(GET, context({ signal: caller.signal })).catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(cause).toBe('caller');
    // A caller that already left is not called for at all.
    await expect(withDeadline(next)(GET, context({ signal: caller.signal }))).rejects.toBe(reason);
    expect(next.calls).toHaveLength(1);
  });

  it('lets an UpstreamError raised below pass, even when the deadline has fired by then', async () => {
    const refusal = new RateLimitedError('divio', { retryAfterMs: 5_000 });
    const next = scripted(async (req, ctx) => {
      await hangUntilAborted(req, ctx).catch(() => undefined);
      throw refusal;
    });
    await expect(withDeadline(next)(GET, context())).rejects.toBe(refusal);
  });

  it('clears its timer: an answer in time leaves the signal below unaborted', async () => {
    const next = scripted(answer(200));
    expect(await withDeadline(next)(GET, context())).toMatchObject({ status: 200 });
    await sleep(TIMEOUT_MS + 20);
    expect(next.calls[0]!.ctx.signal.aborted).toBe(false);
    expect(abortCause(next.calls[0]!.ctx.signal)).toBeUndefined();
  });

  it('cuts a real request to a hung loopback server: the server sees the hang-up', async () => {
    const server = await loopback(() => {});
    const dispatcher = new Agent();
    try {
      const call = withDeadline(send({ dispatcher, baseUrl: server.url }));
      const error = await call(GET, context()).catch((e: unknown) => e);
      expect((error as UpstreamError).code).toBe('GATEWAY_TIMEOUT');
      // The hang-up reaches the server's event loop a moment later; a busy machine may take longer.
      for (let waited = 0; waited < 2_000 && !server.arrivals[0]?.hungUp; waited += 10) await sleep(10);
      expect(server.arrivals).toMatchObject([{ method: 'GET', url: '/v1/services', hungUp: true }]);
    } finally {
      await dispatcher.close();
      server.close();
    }
  });
});
