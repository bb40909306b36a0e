/**
 * Lua scripts as ioredis commands: each store names its scripts once, and they are defined on a
 * connection the first time any store asks (defineCommand caches the script's SHA and falls back
 * to EVAL, so a restarted Redis needs nothing from us).
 */
import type { Redis } from 'ioredis';

/** A script: how many of its arguments are keys, and its source. */
export interface ScriptSpec {
  keys: number;
  lua: string;
}

/** KEYS: a claim or lease. ARGV: its holder. Deletes it only while that holder still has it. */
export const DELETE_IF_HELD_BY = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** The connection with `specs` defined as commands of the same names, typed as `T`. */
export function defineScripts<T>(client: Redis, specs: Readonly<Record<string, ScriptSpec>>): T {
  const commands = client as unknown as Record<string, unknown>;
  for (const [name, spec] of Object.entries(specs)) {
    if (typeof commands[name] !== 'function') client.defineCommand(name, { numberOfKeys: spec.keys, lua: spec.lua });
  }
  return client as unknown as T;
}
