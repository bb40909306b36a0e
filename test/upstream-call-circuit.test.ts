/** The circuit wrappers alone, over a real CircuitBreaker on a hand-driven clock and a scripted `next`. */
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../src/upstream/breaker.js';
import { circuitBreaker, circuitGate } from '../src/upstream/call/circuit.js';
import { deadline } from '../src/upstream/call/deadline.js';
import { CircuitOpenError } from '../src/upstream/errors.js';
import { GET, answer, context, hangUntilAborted, networkError, scripted } from './support/call.js';

const THRESHOLD = 2;
const OPEN_MS = 8_000;

function manual() {
  let now = 1_000_000;
  const breaker = new CircuitBreaker({ upstream: 'clickhouse', failureThreshold: THRESHOLD, openMs: OPEN_MS, now: () => now });
  return { breaker, advance: (ms: number) => void (now += ms) };
}

const refusal = (promise: Promise<unknown>) => expect(promise).rejects.toBeInstanceOf(CircuitOpenError);

describe('circuitGate', () => {
  it('passes while closed, and refuses while open without calling next', async () => {
    const { breaker } = manual();
    const next = scripted(answer(200));
    await circuitGate(breaker)(next)(GET, context());
    for (let i = 0; i < THRESHOLD; i++) breaker.admit().failure();
    await refusal(circuitGate(breaker)(next)(GET, context()));
    expect(next.calls).toHaveLength(1);
    expect(breaker.stats().rejected).toBe(1);
  });

  it('does not take the probe: in half-open, the attempt it lets through can still be admitted', async () => {
    const { breaker, advance } = manual();
    for (let i = 0; i < THRESHOLD; i++) breaker.admit().failure();
    advance(OPEN_MS);
    const next = scripted(answer(200));
    await circuitGate(breaker)(circuitBreaker(breaker)(next))(GET, context());
    expect(next.calls).toHaveLength(1);
    expect(breaker.state).toBe('closed');
  });
});

describe('circuitBreaker', () => {
  it('opens after THRESHOLD failed attempts (5xx, connection errors); a 4xx says the origin is up', async () => {
    const { breaker } = manual();
    const wrap = circuitBreaker(breaker);
    await wrap(scripted(answer(503)))(GET, context());
    await wrap(scripted(answer(404)))(GET, context());
    await wrap(scripted(answer(502)))(GET, context());
    expect(breaker.stats()).toMatchObject({ state: 'closed', consecutiveFailures: 1 });
    await expect(wrap(scripted(networkError('ECONNREFUSED')))(GET, context())).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(breaker.stats()).toMatchObject({ state: 'open', opened: 1 });
    const next = scripted(answer(200));
    await refusal(wrap(next)(GET, context()));
    expect(next.calls).toHaveLength(0);
  });

  it('counts a 429 and an oversized body as saying nothing about the origin', async () => {
    const { breaker } = manual();
    const wrap = circuitBreaker(breaker);
    await wrap(scripted(answer(503)))(GET, context());
    await wrap(scripted(answer(429)))(GET, context());
    await wrap(scripted(networkError('UND_ERR_RES_EXCEEDED_MAX_SIZE')))(GET, context()).catch(() => undefined);
    expect(breaker.stats()).toMatchObject({ state: 'closed', consecutiveFailures: 1 });
  });

  it('counts an attempt cut by the deadline as a failure, and one cut by its caller as nothing', async () => {
    const { breaker } = manual();
    const cutByDeadline = deadline({ upstream: 'clickhouse', timeoutMs: 20 })(circuitBreaker(breaker)(hangUntilAborted));
    await expect(cutByDeadline(GET, context())).rejects.toMatchObject({ code: 'GATEWAY_TIMEOUT' });
    expect(breaker.stats().consecutiveFailures).toBe(1);

    const caller = new AbortController();
    setTimeout(() => caller.abort(), 10);
    const cutByCaller = deadline({ upstream: 'clickhouse', timeoutMs: 5_000 })(circuitBreaker(breaker)(hangUntilAborted));
    await expect(cutByCaller(GET, context({ signal: caller.signal }))).rejects.toMatchObject({ name: 'AbortError' });
    expect(breaker.stats()).toMatchObject({ state: 'closed', consecutiveFailures: 1 });
  });

  it('in half-open, admits one attempt as the probe and refuses the others while it is out', async () => {
    const { breaker, advance } = manual();
    for (let i = 0; i < THRESHOLD; i++) breaker.admit().failure();
    advance(OPEN_MS);
    let answerProbe: (value: ReturnType<typeof answer>) => void = () => {};
    const probe = circuitBreaker(breaker)(scripted(() => new Promise((resolve) => (answerProbe = resolve))))(GET, context());
    await refusal(circuitBreaker(breaker)(scripted(answer(200)))(GET, context()));
    answerProbe(answer(503));
    await probe;
    expect(breaker.stats()).toMatchObject({ state: 'open', opened: 2 });
  });
});
