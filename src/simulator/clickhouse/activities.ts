/**
 * The audit log: the simulator's own writes leave an Activity (the type the spec's Activity.type
 * enum names for the write), acted by the API key that made it, with the service or key it
 * concerns; the activity list honours `from_date` and `to_date`.
 */
import { randomUUID } from 'node:crypto';
import { clickhouseResource } from '../../resources/clickhouse/index.js';
import { resolved, specOperation } from '../../resources/clickhouse/spec.js';
import { badRequest } from '../core/error.js';
import type { Behaviour, Body, OperationContext } from './context.js';
import { isoSeconds } from './dto.js';
import { listObjects } from './generic.js';
import { isJson, itemSchema, memberOf, type Json } from './spec-values.js';

const ACTIVITIES = clickhouseResource('Activity')!;
/** The spec's Activity.type values. */
const TYPES = (resolved(memberOf(itemSchema(specOperation(ACTIVITIES.operations.list!).result!), 'type')).enum ?? []) as readonly unknown[];

type Kind = string | ((input: Body) => string | undefined);

const keyUpdate = (input: Body): string =>
  input.state !== undefined ? 'state-changed' : input.name !== undefined ? 'name-changed' : input.ipAccessList !== undefined ? 'ip-access-list-changed' : input.expireAt !== undefined ? 'date-changed' : 'role-changed';

/** The activity each write leaves, by operationId (none: the write leaves no activity). */
const KINDS: Readonly<Record<string, Kind>> = {
  instanceCreate: 'service_create',
  instanceDelete: 'service_delete',
  // The spec's activity of an awake is `service_awaken`; of a start and a stop, `service_start`, `service_stop`.
  instanceStateUpdate: (input) => (input.command === 'awake' ? 'service_awaken' : `service_${String(input.command)}`),
  instanceUpdate: (input) => (input.name !== undefined ? 'service_update_name' : input.ipAccessList !== undefined ? 'service_update_ip_access_list' : 'service_update_private_endpoints'),
  instanceScalingUpdate: 'service_update_autoscaling_memory',
  instanceReplicaScalingUpdate: 'service_update_autoscaling_replicas',
  instancePasswordUpdate: 'service_update_password',
  backupConfigurationUpdate: 'service_update_backup_configuration',
  organizationUpdate: (input) => (input.name !== undefined ? 'organization_update_name' : input.enableCoreDumps !== undefined ? 'service_update_core_dump' : undefined),
  openapiKeyCreate: 'key_create',
  openapiKeyUpdate: 'openapi_key_update',
  openapiKeyDelete: 'key_delete',
  invitationCreate: 'organization_invite_create',
  invitationDelete: 'organization_invite_delete',
  memberUpdate: 'organization_member_update_roles',
  memberDelete: 'organization_member_delete',
};

const KEY_UPDATES: Readonly<Record<string, (input: Body) => string>> = { openapiKeyCreate: () => 'created', openapiKeyDelete: () => 'deleted', openapiKeyUpdate: keyUpdate };

/** Files one activity of the key's organization. */
export function addActivity(ctx: Pick<OperationContext, 'objects' | 'organization'>, at: number, fields: Json & { type: string }): void {
  if (!TYPES.includes(fields.type)) throw new Error(`${fields.type} is no Activity type of the spec`);
  const id = randomUUID();
  const value = { id, createdAt: isoSeconds(at), organizationId: ctx.organization.id, actorType: 'api', actorIpAddress: '127.0.0.1', ...fields };
  ctx.objects.put({ path: ACTIVITIES.path!, ids: [ctx.organization.id, id], value });
}

/** The activity a successful write leaves, if it leaves one. */
export function recordActivity(ctx: OperationContext, result: unknown): void {
  const kind = KINDS[ctx.endpoint.operation];
  const type = typeof kind === 'function' ? kind(ctx.input) : kind;
  if (type === undefined) return;
  const answer = isJson(result) ? result : {};
  const serviceId = ctx.params.serviceId ?? (isJson(answer.service) ? answer.service.id : undefined);
  const keyId = ctx.params.keyId ?? (isJson(answer.key) ? answer.key.id : undefined);
  const keyUpdateType = KEY_UPDATES[ctx.endpoint.operation]?.(ctx.input);
  addActivity(ctx, ctx.now, {
    type,
    actorId: ctx.keyId,
    actorDetails: `API key ${ctx.keyId}`,
    ...(typeof serviceId === 'string' ? { serviceId } : {}),
    ...(typeof keyId === 'string' ? { targetKeyId: keyId } : {}),
    ...(keyUpdateType === undefined ? {} : { keyUpdateType }),
  });
}

function instant(ctx: OperationContext, name: string): number | undefined {
  const given = ctx.query.get(name);
  if (given === null || given === '') return undefined;
  const at = Date.parse(given);
  if (Number.isNaN(at)) throw badRequest(`${name} must be an ISO 8601 date-time, got '${given}'`);
  return at;
}

/** The organization's activities created from `from_date` to `to_date` (both optional, inclusive). */
const listActivities: Behaviour = (ctx) => {
  const from = instant(ctx, 'from_date') ?? -Infinity;
  const to = instant(ctx, 'to_date') ?? Infinity;
  if (from > to) throw badRequest('from_date must not be after to_date');
  return listObjects(ctx, (value) => {
    const at = Date.parse(String(value.createdAt));
    return at >= from && at <= to;
  });
};

export const ACTIVITY_BEHAVIOURS: Readonly<Record<string, Behaviour>> = { activityGetList: listActivities };
