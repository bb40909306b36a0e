/**
 * The Lua scripts of the shared call budget. Each reads Redis' own clock, so replicas with skewed
 * clocks still agree on when a slot frees. Slots of a credential are a sorted set (member: one call,
 * score: when its slot frees); a pause (Retry-After) is a key holding the time it ends.
 */
import type { Redis } from 'ioredis';
import { defineScripts } from './scripts.js';

const NOW_MS = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS: slots, pause. ARGV: limit, hold ms, call id. Returns {1, 0} granted or {0, wait ms}. */
const ACQUIRE = `${NOW_MS}
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > now then return {0, paused - now} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
  if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2])) end
  return {1, 0}
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, math.max(1, tonumber(first[2]) - now)}`;

/** KEYS: slots. ARGV: window ms, call id. The slot stays held a full window from now. */
const RELEASE = `${NOW_MS}
if redis.call('ZSCORE', KEYS[1], ARGV[2]) then redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[2]) end
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1])) end
return 1`;

/** KEYS: pause. ARGV: pause ms. Only ever lengthens a pause. */
const PAUSE = `${NOW_MS}
local untilMs = now + tonumber(ARGV[1])
if untilMs > tonumber(redis.call('GET', KEYS[1]) or '0') then redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[1])) end
return 1`;

/**
 * KEYS: slots. ARGV: call id, ms until its slot frees, call id, ms, ... Writes a replica's grants
 * back (Redis returned, perhaps empty): each call holds its slot until then, under its own id, so a
 * call Redis still knows is not counted twice.
 */
const RESTORE = `${NOW_MS}
local longest = 0
for i = 1, #ARGV, 2 do
  local ms = tonumber(ARGV[i + 1])
  redis.call('ZADD', KEYS[1], now + ms, ARGV[i])
  if ms > longest then longest = ms end
end
if redis.call('PTTL', KEYS[1]) < longest then redis.call('PEXPIRE', KEYS[1], longest) end
return 1`;

export interface BudgetScripts {
  opsgraphBudgetAcquire(slots: string, pause: string, limit: number, holdMs: number, id: string): Promise<[number, number]>;
  opsgraphBudgetRelease(slots: string, windowMs: number, id: string): Promise<number>;
  opsgraphBudgetPause(pause: string, ms: number): Promise<number>;
  opsgraphBudgetRestore(slots: string, ...idsAndMs: (string | number)[]): Promise<number>;
}

const BUDGET_SCRIPTS = {
  opsgraphBudgetAcquire: { keys: 2, lua: ACQUIRE },
  opsgraphBudgetRelease: { keys: 1, lua: RELEASE },
  opsgraphBudgetPause: { keys: 1, lua: PAUSE },
  opsgraphBudgetRestore: { keys: 1, lua: RESTORE },
};

export const budgetScripts = (client: Redis): BudgetScripts => defineScripts<BudgetScripts>(client, BUDGET_SCRIPTS);
