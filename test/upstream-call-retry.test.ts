/** The retry wrapper alone, over a scripted `next`: what is retried, how long it waits, when it stops. */
import { describe, expect, it } from 'vitest';
import { retry } from '../src/upstream/call/retry.js';
import type { HttpRequest } from '../src/upstream/call/types.js';
import { CircuitOpenError } from '../src/upstream/errors.js';
import { GET, POST, answer, context, networkError, scripted } from './support/call.js';
import { backoffDelay } from '../src/upstream/retry.js';

/** No waiting unless a test asks for it: jitter drawn as 0. */
const fast = { baseDelayMs: 5, maxDelayMs: 20, random: () => 0 };
/** Room for a busy machine's timers: the bounds below prove "no longer than that", not a latency. */
const SLACK_MS = 1_000;

const gaps = (calls: { at: number }[]) => calls.slice(1).map((call, i) => call.at - calls[i]!.at);

describe('retry', () => {
  it('retries 503, 503 and returns the 200, numbering the attempts', async () => {
    const next = scripted(answer(503), answer(503), answer(200));
    expect(await retry(fast)(next)(GET, context())).toMatchObject({ status: 200, attempts: 3 });
    expect(next.calls.map((call) => call.ctx.attempt)).toEqual([1, 2, 3]);
  });

  it.each(['GET', 'PUT', 'DELETE'] as const)('retries %s, an idempotent method, on 429, 5xx and transient network errors', async (method) => {
    const next = scripted(answer(429), answer(500), networkError('ECONNRESET'), networkError('UND_ERR_SOCKET'), answer(204));
    const request: HttpRequest = { ...GET, method };
    expect(await retry({ ...fast, maxRetries: 4 })(next)(request, context())).toMatchObject({ status: 204, attempts: 5 });
  });

  it.each(['POST', 'PATCH'] as const)('never retries %s: the first outcome is the answer', async (method) => {
    const request: HttpRequest = { ...POST, method };
    const refused = scripted(answer(503), answer(200));
    expect(await retry(fast)(refused)(request, context())).toMatchObject({ status: 503 });
    const reset = networkError('ECONNRESET');
    const broken = scripted(reset, answer(200));
    await expect(retry(fast)(broken)(request, context())).rejects.toBe(reset);
    expect([refused.calls.length, broken.calls.length]).toEqual([1, 1]);
  });

  it('returns a final status or throws a lasting error at once', async () => {
    for (const status of [200, 400, 401, 404, 409]) {
      const next = scripted(answer(status), answer(200));
      expect(await retry(fast)(next)(GET, context())).toMatchObject({ status });
      expect(next.calls).toHaveLength(1);
    }
    for (const error of [networkError('UND_ERR_RES_EXCEEDED_MAX_SIZE'), new TypeError('a bug of ours')]) {
      const next = scripted(error, answer(200));
      await expect(retry(fast)(next)(GET, context())).rejects.toBe(error);
      expect(next.calls).toHaveLength(1);
    }
  });

  it('stops after maxRetries and returns the last answer', async () => {
    const next = scripted(answer(503, {}, 'last'));
    expect(await retry({ ...fast, maxRetries: 2 })(next)(GET, context())).toMatchObject({ status: 503, text: 'last', attempts: 3 });
    expect(next.calls).toHaveLength(3);
  });

  it('waits a full-jitter exponential backoff: random × min(maxDelayMs, baseDelayMs·2^n)', async () => {
    const next = scripted(answer(503), answer(503), answer(503), answer(200));
    // Ceilings 40, 80, 160 capped at 100; drawn at 0.75 of each: 30, 60, 75 ms.
    await retry({ maxRetries: 3, baseDelayMs: 40, maxDelayMs: 100, random: () => 0.75 })(next)(GET, context());
    const [first, second, third] = gaps(next.calls);
    expect(first).toBeGreaterThanOrEqual(29);
    expect(second).toBeGreaterThanOrEqual(59);
    expect(third).toBeGreaterThanOrEqual(74);
    expect(third).toBeLessThan(75 + SLACK_MS);
    // The cap itself, without a clock: the third ceiling is 160, capped at 100.
    expect([0, 1, 2].map((attempt) => backoffDelay(attempt, 40, 100, () => 0.75))).toEqual([30, 60, 75]);
  });

  it('waits at least Retry-After, even past maxDelayMs', async () => {
    const next = scripted(answer(429, { 'retry-after': '0.3' }), answer(200));
    await retry(fast)(next)(GET, context());
    const [gap] = gaps(next.calls);
    expect(gap).toBeGreaterThanOrEqual(299);
    expect(gap).toBeLessThan(300 + SLACK_MS);
  });

  it('does not wait past the deadline: it returns the failure it has instead', async () => {
    const next = scripted(answer(429, { 'retry-after': '60' }), answer(200));
    const started = Date.now();
    const result = await retry(fast)(next)(GET, context({ deadlineAt: Date.now() + 1_000 }));
    expect(result).toMatchObject({ status: 429 });
    expect(Date.now() - started).toBeLessThan(SLACK_MS);
    expect(next.calls).toHaveLength(1);
  });

  it('asks beforeRetry before every backoff; when it throws, the retries end with its error', async () => {
    let asked = 0;
    const open = new CircuitOpenError('clickhouse', 5_000);
    const beforeRetry = () => {
      asked += 1;
      if (asked === 2) throw open;
    };
    const next = scripted(answer(503));
    await expect(retry({ ...fast, beforeRetry })(next)(GET, context())).rejects.toBe(open);
    expect(next.calls).toHaveLength(2);
  });

  it('gives up the backoff when its signal aborts, and never retries an attempt cut by it', async () => {
    const controller = new AbortController();
    const reason = new Error('deadline');
    const waiting = scripted(answer(503), answer(200));
    setTimeout(() => controller.abort(reason), 20);
    const slow = retry({ ...fast, baseDelayMs: 10_000, maxDelayMs: 10_000, random: () => 0.5 });
    await expect(slow(waiting)(GET, context({ signal: controller.signal }))).rejects.toBe(reason);
    expect(waiting.calls).toHaveLength(1);

    const cut = scripted(networkError('UND_ERR_SOCKET'), answer(200));
    await expect(retry(fast)(cut)(GET, context({ signal: AbortSignal.abort() }))).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect(cut.calls).toHaveLength(1);
  });
});
