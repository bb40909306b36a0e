/**
 * GET /apps/v3/environments/{uuid}/metrics/: time series of the asked metrics over a preset or
 * explicit window. Values are deterministic (a hash of environment, metric and time), so the same
 * window always reads the same. The seed gives `metrics` no shape: each metric maps to
 * `[timestamp, value]` points, one per interval.
 */
import { nonFieldError } from '../core/error.js';
import type { RouteContext } from './context.js';
import { ENVIRONMENT_METRICS } from './facts.js';
import type { WireRecord } from './records.js';
import { FieldErrors, MESSAGES } from './validation.js';
import { isoDateTime, sha1 } from './wire.js';

const HOUR_MS = 3_600_000;
/** Window and point interval of each preset the seed lists. */
const PRESETS: Readonly<Record<string, { windowMs: number; intervalS: number }>> = {
  '1h': { windowMs: HOUR_MS, intervalS: 60 },
  '6h': { windowMs: 6 * HOUR_MS, intervalS: 300 },
  '12h': { windowMs: 12 * HOUR_MS, intervalS: 600 },
  '24h': { windowMs: 24 * HOUR_MS, intervalS: 1_800 },
  '7d': { windowMs: 7 * 24 * HOUR_MS, intervalS: 3 * 3_600 },
};
const DEFAULT_PRESET = '1h';
const MAX_POINTS = 500;

function time(raw: string | undefined, field: string, errors: FieldErrors): number | undefined {
  if (raw === undefined) return undefined;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) errors.add(field, 'Enter a valid date/time.');
  return Number.isNaN(ms) ? undefined : ms;
}

export function environmentMetrics(ctx: RouteContext, env: WireRecord) {
  const errors = new FieldErrors();
  const metrics = ctx.query.getAll('metric');
  if (metrics.length === 0) errors.add('metric', MESSAGES.required);
  for (const metric of metrics) {
    if (ENVIRONMENT_METRICS[metric] === undefined) errors.add('metric', `"${metric}" is not a valid choice.`);
  }
  const presetName = ctx.query.get('time_window_preset') ?? DEFAULT_PRESET;
  const preset = PRESETS[presetName];
  if (preset === undefined) errors.add('time_window_preset', `"${presetName}" is not a valid choice.`);
  const to = time(ctx.query.get('to_ts') ?? undefined, 'to_ts', errors) ?? ctx.now;
  const from = time(ctx.query.get('from_ts') ?? undefined, 'from_ts', errors) ?? to - (preset?.windowMs ?? HOUR_MS);
  errors.throwIfAny();
  if (from >= to) throw nonFieldError('from_ts must be earlier than to_ts.');
  const intervalMs = Math.max(preset!.intervalS * 1000, Math.ceil((to - from) / MAX_POINTS / 1000) * 1000);
  const series = Object.fromEntries(
    metrics.map((metric) => {
      const points: [string, number][] = [];
      for (let at = Math.ceil(from / intervalMs) * intervalMs; at <= to; at += intervalMs) {
        const hash = Number.parseInt(sha1(`${env.uuid}:${metric}:${at}`).slice(0, 6), 16);
        points.push([isoDateTime(at), Math.round((hash / 0xffffff) * ENVIRONMENT_METRICS[metric]!.max * 100) / 100]);
      }
      return [metric, points];
    }),
  );
  return { metrics: series, from_ts: isoDateTime(from), to_ts: isoDateTime(to), interval: intervalMs / 1000 };
}
