/**
 * The organization's usage cost (usageCostGet) from `from_date` to `to_date`: one UsageCostRecord
 * per service per day it existed, each metric of the spec's UsageCostMetrics a deterministic
 * amount (a hash of the service, the day and the metric, scaled by the metric and the service's
 * size), kept in hundredths so the sums are exact: `totalCHC` is the sum of the record's metrics,
 * `grandTotalCHC` the sum of the records' totals. Days before today are locked.
 */
import { createHash } from 'node:crypto';
import { specOperation } from '../../resources/clickhouse/spec.js';
import { badRequest } from '../core/error.js';
import type { Behaviour } from './context.js';
import { itemSchema, memberNames, memberOf } from './spec-values.js';
import { servicesOf } from './state.js';
import type { ServiceRecord } from './types.js';

const DAY_MS = 86_400_000;
/** The longest range one request may ask for. */
const MAX_DAYS = 366;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The metrics of a UsageCostRecord, as the spec names them. */
const METRICS = memberNames(memberOf(itemSchema(memberOf(specOperation('usageCostGet').result!, 'costs')), 'metrics'));
/** Most hundredths of a CHC a metric costs a day, per 24 GiB of the service's largest total memory. */
const SCALE: Readonly<Record<string, number>> = { computeCHC: 900, storageCHC: 140, backupCHC: 35, dataTransferCHC: 20, publicDataTransferCHC: 12, interRegionTier1DataTransferCHC: 4 };

function day(value: unknown, name: string): number {
  const text = String(value);
  if (!DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) throw badRequest(`${name} must be a date (YYYY-MM-DD), got '${text}'`);
  return Date.parse(`${text}T00:00:00Z`);
}

/** Hundredths of a CHC one metric of one service costs on one day. */
function hundredths(service: ServiceRecord, date: string, metric: string): number {
  const share = createHash('sha256').update(`${service.id}|${date}|${metric}`).digest().readUInt32BE(0) / 2 ** 32;
  return Math.floor(share * (SCALE[metric] ?? 0) * Math.max(1, service.maxTotalMemoryGb / 24));
}

const usageCost: Behaviour = (ctx) => {
  const from = day(ctx.args.from_date, 'from_date');
  const to = day(ctx.args.to_date, 'to_date');
  if (from > to) throw badRequest('from_date must not be after to_date');
  if ((to - from) / DAY_MS >= MAX_DAYS) throw badRequest(`The range must be at most ${MAX_DAYS} days`);
  const today = Math.floor(ctx.now / DAY_MS) * DAY_MS;
  const costs: unknown[] = [];
  let grand = 0;
  for (let at = from; at <= to; at += DAY_MS) {
    const date = new Date(at).toISOString().slice(0, 10);
    for (const service of servicesOf(ctx.store, ctx.organization.id).filter((candidate) => candidate.createdAt < at + DAY_MS)) {
      const amounts = METRICS.map((metric) => [metric, hundredths(service, date, metric)] as const);
      const total = amounts.reduce((sum, [, amount]) => sum + amount, 0);
      grand += total;
      costs.push({
        dataWarehouseId: service.dataWarehouseId, serviceId: service.id, date, entityId: service.id, entityName: service.name, entityType: 'service',
        locked: at < today, metrics: Object.fromEntries(amounts.map(([metric, amount]) => [metric, amount / 100])), totalCHC: total / 100,
      });
    }
  }
  return { costs, grandTotalCHC: grand / 100 };
};

export const USAGE_BEHAVIOURS: Readonly<Record<string, Behaviour>> = { usageCostGet: usageCost };
