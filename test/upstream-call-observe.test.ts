/** The attempt observer alone: one AttemptInfo per attempt, and an observer that throws changes nothing. */
import { describe, expect, it } from 'vitest';
import { observeAttempts } from '../src/upstream/call/observe.js';
import type { AttemptInfo } from '../src/upstream/call/types.js';
import { GET, answer, context, networkError, scripted } from './support/call.js';

describe('observeAttempts', () => {
  it('reports each attempt: its number, its status, or the error code (the class name when there is none)', async () => {
    const seen: AttemptInfo[] = [];
    const observed = observeAttempts((info) => seen.push(info));
    await observed(scripted(answer(503)))(GET, context({ attempt: 1 }));
    await observed(scripted(networkError('ECONNRESET')))(GET, context({ attempt: 2 })).catch(() => undefined);
    await observed(scripted(new TypeError('bad')))(GET, context({ attempt: 3 })).catch(() => undefined);
    expect(seen.map(({ durationMs, ...rest }) => rest)).toEqual([
      { method: 'GET', path: '/v1/services', attempt: 1, status: 503 },
      { method: 'GET', path: '/v1/services', attempt: 2, error: 'ECONNRESET' },
      { method: 'GET', path: '/v1/services', attempt: 3, error: 'TypeError' },
    ]);
    expect(seen.every((info) => info.durationMs >= 0)).toBe(true);
  });

  it('never lets a failing observer change the outcome', async () => {
    const observed = observeAttempts(() => {
      throw new Error('metrics broke');
    });
    expect(await observed(scripted(answer(200)))(GET, context())).toMatchObject({ status: 200 });
    const reset = networkError('ECONNRESET');
    await expect(observed(scripted(reset))(GET, context())).rejects.toBe(reset);
  });
});
