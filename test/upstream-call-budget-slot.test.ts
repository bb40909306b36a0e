/**
 * The budget-slot wrappers alone: a slot per attempt, the first one queued for before the clock
 * starts, Retry-After passed on, and a slot granted after its caller left given straight back.
 */
import { describe, expect, it } from 'vitest';
import { acquireSlot, budgetSlot, firstSlot, type AcquireSlot } from '../src/upstream/call/budget-slot.js';
import type { ReleaseSlot } from '../src/upstream/call/types.js';
import { CircuitOpenError, RateLimitedError } from '../src/upstream/errors.js';
import { createHttpClient } from '../src/upstream/http.js';
import { sleep } from './support/ids.js';
import { GET, answer, context, loopback, scripted } from './support/call.js';

/** A budget that grants every slot (after `delayMs`, ignoring the signal if told to) and logs what happens. */
function fakeBudget(options: { delayMs?: number; honourSignal?: boolean } = {}) {
  const log: string[] = [];
  const signals: AbortSignal[] = [];
  let granted = 0;
  const acquire: AcquireSlot = async (_req, signal) => {
    signals.push(signal);
    const slot = ++granted;
    log.push(`acquire ${slot}`);
    if (options.delayMs) await sleep(options.delayMs);
    if (options.honourSignal && signal.aborted) throw signal.reason;
    log.push(`grant ${slot}`);
    let released = false;
    const release: ReleaseSlot = () => {
      if (released) throw new Error(`slot ${slot} released twice`);
      released = true;
      log.push(`release ${slot}`);
    };
    return release;
  };
  return { acquire, log, signals };
}

/** Waits until `done` holds (a busy machine delays timers), for at most two seconds. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; waited < 2_000 && !done(); waited += 10) await sleep(10);
}

describe('acquireSlot', () => {
  it('gives back a slot granted after its caller left, and rejects with the abort reason at once', async () => {
    const budget = fakeBudget({ delayMs: 50 });
    const controller = new AbortController();
    const reason = new DOMException('client went away', 'AbortError');
    setTimeout(() => controller.abort(reason), 10);
    await expect(acquireSlot(budget.acquire, GET, controller.signal)).rejects.toBe(reason);
    // Rejected before the grant (not after waiting for it), and the late slot is given back.
    expect(budget.log).toEqual(['acquire 1']);
    await until(() => budget.log.length === 3);
    expect(budget.log).toEqual(['acquire 1', 'grant 1', 'release 1']);
  });

  it("passes the budget's own refusal on", async () => {
    const refusal = new RateLimitedError('clickhouse', { retryAfterMs: 900 });
    await expect(acquireSlot(() => Promise.reject(refusal), GET, new AbortController().signal)).rejects.toBe(refusal);
  });
});

describe('budgetSlot', () => {
  it('holds one slot per attempt, from before it is sent until its answer is back, failed or not', async () => {
    const budget = fakeBudget();
    const lost = new Error('socket hang up');
    const next = scripted(
      async () => {
        budget.log.push('send 1');
        return answer(503);
      },
      async () => {
        budget.log.push('send 2');
        throw lost;
      },
    );
    const call = budgetSlot({ acquire: budget.acquire })(next);
    expect(await call(GET, context())).toMatchObject({ status: 503 });
    await expect(call(GET, context({ attempt: 2 }))).rejects.toBe(lost);
    expect(budget.log).toEqual(['acquire 1', 'grant 1', 'send 1', 'release 1', 'acquire 2', 'grant 2', 'send 2', 'release 2']);
  });

  it("queues with the attempt's own signal (the deadline's, below the deadline wrapper)", async () => {
    const budget = fakeBudget();
    const signal = new AbortController().signal;
    await budgetSlot({ acquire: budget.acquire })(scripted(answer(200)))(GET, context({ signal }));
    expect(budget.signals).toEqual([signal]);
  });

  it('tells onRetryAfter about a 429 with Retry-After only', async () => {
    const pauses: number[] = [];
    const call = budgetSlot({ onRetryAfter: (_req, until) => pauses.push(until) });
    const before = Date.now();
    await call(scripted(answer(429, { 'retry-after': '2' })))(GET, context());
    await call(scripted(answer(429)))(GET, context());
    await call(scripted(answer(503, { 'retry-after': '2' })))(GET, context());
    expect(pauses).toHaveLength(1);
    expect(pauses[0]).toBeGreaterThanOrEqual(before + 2_000);
    expect(pauses[0]).toBeLessThan(Date.now() + 2_000 + 1);
  });

  it('sends at once when there is no budget', async () => {
    const next = scripted(answer(200));
    expect(await budgetSlot({})(next)(GET, context())).toMatchObject({ status: 200 });
  });
});

describe('firstSlot', () => {
  it("queues for the first slot with the caller's signal and hands it to the first attempt only", async () => {
    const budget = fakeBudget();
    const caller = new AbortController().signal;
    const perAttempt = budgetSlot({ acquire: budget.acquire });
    const next = scripted(answer(200));
    // Two attempts below one firstSlot, as the retry wrapper would make them.
    const call = firstSlot(budget.acquire)(async (req, ctx) => {
      await perAttempt(next)(req, { ...ctx, signal: new AbortController().signal });
      return perAttempt(next)(req, { ...ctx, attempt: 2 });
    });
    await call(GET, context({ signal: caller }));
    expect(budget.signals[0]).toBe(caller);
    expect(budget.log).toEqual(['acquire 1', 'grant 1', 'release 1', 'acquire 2', 'grant 2', 'release 2']);
  });

  it('releases the slot the first attempt never took (the circuit refused it)', async () => {
    const budget = fakeBudget();
    const refusal = new CircuitOpenError('clickhouse', 1_000);
    await expect(firstSlot(budget.acquire)(scripted(refusal))(GET, context())).rejects.toBe(refusal);
    expect(budget.log).toEqual(['acquire 1', 'grant 1', 'release 1']);
  });

  it('in the client: a call whose caller leaves while its slot is on the way returns the slot and sends nothing', async () => {
    const server = await loopback((_req, res) => res.writeHead(200).end());
    const budget = fakeBudget({ delayMs: 50 });
    const http = createHttpClient({ upstream: 'clickhouse', baseUrl: server.url, describeError: () => ({}), beforeAttempt: budget.acquire });
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 10);
      const error = await http.request(GET, controller.signal).catch((e: unknown) => e);
      expect((error as Error).name).toBe('AbortError');
      await until(() => budget.log.length === 3);
      expect(budget.log).toEqual(['acquire 1', 'grant 1', 'release 1']);
      expect(server.arrivals).toHaveLength(0);
    } finally {
      await http.close();
      server.close();
    }
  });
});
