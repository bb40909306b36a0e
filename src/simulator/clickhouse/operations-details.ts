/**
 * Details of compiled operations the generic behaviours cannot know: an invitation expires after a
 * week; a dashboard the body describes validates; ClickHouse settings are PATCHed as text
 * (`name=value` pairs) and listed as objects; an organization's private endpoint configuration
 * names the provider's endpoint service for the region asked for.
 */
import { badRequest } from '../core/error.js';
import type { Behaviour } from './context.js';
import { answer, createObject } from './generic.js';
import { storeView, viewValue } from './generic-views.js';
import { isJson } from './spec-values.js';

const INVITATION_DAYS = 7;
const DAY_MS = 86_400_000;
/** Pairs are separated by commas, semicolons or new lines. */
const PAIR_SEPARATOR = /[,;\n]/;

/** `max_threads = 8, log_queries=1` as setting objects; a pair without a name or a value is a 400. */
function parseSettings(text: string): Array<{ name: string; value: string }> {
  return text
    .split(PAIR_SEPARATOR)
    .filter((pair) => pair.trim() !== '')
    .map((pair) => {
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=').trim();
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name?.trim() ?? '') || value === '') throw badRequest(`settings: '${pair.trim()}' is not a name=value pair`);
      return { name: name!.trim(), value };
    });
}

const updateSettings: Behaviour = (ctx) => {
  const changes = parseSettings(String(ctx.input.settings));
  const current = viewValue(ctx);
  const held = isJson(current) && Array.isArray(current.settings) ? (current.settings as Array<{ name: string }>) : [];
  const kept = held.filter((setting) => !changes.some((change) => change.name === setting.name));
  storeView(ctx, { settings: [...kept, ...changes] });
  return answer(ctx, { settings: changes.map((change) => `${change.name}=${change.value}`).join(', '), warnings: [] });
};

const ENDPOINT_SERVICES: Readonly<Record<string, (region: string) => string>> = {
  aws: (region) => `com.amazonaws.vpce.${region}.vpce-svc-0c1b2d3e4f5a6b7c8`,
  gcp: (region) => `projects/clickhouse-cloud-prod/regions/${region}/serviceAttachments/production-${region}-clickhouse-cloud`,
  azure: (region) => `production-${region}-0-0.privatelinkservice`,
};

export const DETAIL_BEHAVIOURS: Readonly<Record<string, Behaviour>> = {
  invitationCreate: (ctx) => answer(ctx, createObject(ctx, { expireAt: new Date(ctx.now + INVITATION_DAYS * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z') }).value),
  clickStackValidateDashboard: (ctx) => answer(ctx, { valid: true, errors: [], normalized: ctx.input }),
  serviceClickhouseSettingsUpdate: updateSettings,
  organizationPrivateEndpointConfigGetList: (ctx) => {
    const service = ENDPOINT_SERVICES[String(ctx.args.cloud_provider)];
    return answer(ctx, { endpointServiceId: service === undefined ? '' : service(String(ctx.args.region_id)) });
  },
};
