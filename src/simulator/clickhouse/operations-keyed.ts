/**
 * Operations on one of several things under an object, named by a path argument rather than
 * being a group of their own: a service's ClickHouse setting by name, a Postgres service's slow
 * query pattern by id, an organization's BYOC infrastructure by id; and the organization-wide
 * Postgres Prometheus text.
 */
import { randomUUID } from 'node:crypto';
import type { ViewSpec } from '../../resources/types.js';
import { notFound } from '../core/error.js';
import { TextResult, type Behaviour, type OperationContext } from './context.js';
import { answer } from './generic.js';
import { storeView, viewValue } from './generic-views.js';
import type { StoredObject } from './objects.js';
import { isJson } from './spec-values.js';

const BYOC = 'organizations/{organizationId}/byocInfrastructure';
const POSTGRES = 'organizations/{organizationId}/postgres';

const argument = (ctx: OperationContext): string => ctx.params[ctx.endpoint.argument ?? ''] ?? '';

/** The view of the same resource at `path` (the settings list a setting belongs to). */
function viewAt(ctx: OperationContext, path: string): ViewSpec {
  const view = ctx.endpoint.resource.views?.find((candidate) => candidate.path === path && !candidate.pathArgument);
  if (!view) throw new Error(`${ctx.endpoint.resource.type} has no view ${path}`);
  return view;
}

type Setting = { name: string; value: string };

function settingsOf(ctx: OperationContext): Setting[] {
  const held = viewValue(ctx, viewAt(ctx, 'clickhouseSettings'));
  return isJson(held) && Array.isArray(held.settings) ? (held.settings as Setting[]) : [];
}

function byocOf(ctx: OperationContext): StoredObject {
  const held = ctx.objects.get(BYOC, [ctx.organization.id, argument(ctx)]);
  if (!held) throw notFound(`BYOC infrastructure ${argument(ctx)} not found in organization ${ctx.organization.id}`);
  return held;
}

export const KEYED_BEHAVIOURS: Readonly<Record<string, Behaviour>> = {
  serviceClickhouseSettingGet: (ctx) => {
    const setting = settingsOf(ctx).find((candidate) => candidate.name === argument(ctx));
    if (!setting) throw notFound(`Setting ${argument(ctx)} is not set on service ${ctx.params.serviceId}`);
    return answer(ctx, setting);
  },
  serviceClickhouseSettingDelete: (ctx) => {
    const settings = settingsOf(ctx);
    if (!settings.some((setting) => setting.name === argument(ctx))) throw notFound(`Setting ${argument(ctx)} is not set on service ${ctx.params.serviceId}`);
    storeView(ctx, { settings: settings.filter((setting) => setting.name !== argument(ctx)) }, viewAt(ctx, 'clickhouseSettings'));
    return undefined;
  },
  slowQueryPatternGet: (ctx) => answer(ctx, { queryId: argument(ctx), queryText: 'SELECT 1', dbName: ctx.args.db_name, dbUser: ctx.args.db_user, dbOperation: ctx.args.db_operation }),
  organizationByocInfrastructureCreate: (ctx) => {
    const value = { ...ctx.input, id: randomUUID(), state: 'provisioning' };
    ctx.objects.put({ path: BYOC, ids: [ctx.organization.id, value.id], value });
    return answer(ctx, value);
  },
  organizationByocInfrastructureUpdate: (ctx) => {
    const held = byocOf(ctx);
    return answer(ctx, ctx.objects.put({ ...held, value: { ...held.value, ...ctx.input } }).value);
  },
  organizationByocInfrastructureDelete: (ctx) => {
    byocOf(ctx);
    ctx.objects.remove(BYOC, [ctx.organization.id, argument(ctx)]);
    return undefined;
  },
  postgresOrgPrometheusGet: (ctx) => {
    const services = ctx.objects.list(POSTGRES, [ctx.organization.id]);
    const lines = services.map((service) => `postgres_up{postgres_id="${service.ids.at(-1)}",state="${String(service.value.state ?? '')}"} ${service.value.state === 'running' ? 1 : 0}`);
    return new TextResult('text/plain; charset=UTF-8', `# TYPE postgres_up gauge\n${lines.join('\n')}\n`);
  },
};
