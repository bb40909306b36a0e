/** Tells an observer (metrics, tests) about every attempt that went out. */
import { errorCodeOf } from '../retry.js';
import type { AttemptInfo, Wrapper } from './types.js';

export function observeAttempts(onAttempt: ((info: AttemptInfo) => void) | undefined): Wrapper {
  return (next) => async (req, ctx) => {
    if (!onAttempt) return next(req, ctx);
    const startedAt = performance.now();
    const report = (outcome: { status: number } | { error: string }) => {
      const info: AttemptInfo = { method: req.method, path: req.path, durationMs: Math.round(performance.now() - startedAt), attempt: ctx.attempt, ...outcome };
      try {
        onAttempt(info);
      } catch {
        // Observability must never change the outcome of a call.
      }
    };
    try {
      const answer = await next(req, ctx);
      report({ status: answer.status });
      return answer;
    } catch (error) {
      // A code, or the error's class name: never its message, which may hold a URL.
      report({ error: errorCodeOf(error) ?? (error instanceof Error ? error.name : 'unknown') });
      throw error;
    }
  };
}
