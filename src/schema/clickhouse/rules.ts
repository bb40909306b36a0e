/**
 * ClickHouse behaviour the descriptions cannot state, by mutation: the cross-field and format
 * rules the spec's schemas do not express (memory steps, Azure without DEVELOPMENT, IP ranges,
 * password digests), and which commands an object's current state allows. The interpreter
 * (mutations.ts) checks every described constraint itself, then asks these, before any call.
 */
import type { ClickHouseRecord } from '../../upstream/clickhouse/client.js';
import type { FieldErrors } from '../errors.js';
import { checkIpAccessList, checkPasswordHashes, checkPrivateEndpointIds, checkRegion, checkScaling, hasMemorySettings } from './validation.js';
import { BACKUP_RETENTION_HOURS } from '../../resources/clickhouse/input-rules.js';

type Input = Record<string, unknown>;
type Entries = readonly { source: string; description?: string | null }[];

export interface MutationRules {
  /** Problems of the input as a whole; `body` is what will be sent, and may be adjusted (trimmed). */
  validate?(input: Input, body: Record<string, unknown>, errors: FieldErrors): void;
  /** Why the object's current state forbids the write, or null: a ConflictError, without a call. */
  conflict?(current: ClickHouseRecord): string | null;
}

/**
 * States from which a command cannot proceed: the service is busy becoming something else.
 * (start on a running service and stop on a stopped one are harmless no-ops upstream.)
 */
const BLOCKED_BY_STATE = {
  start: new Set(['stopping', 'terminating', 'softdeleting', 'terminated', 'softdeleted']),
  stop: new Set(['starting', 'provisioning', 'awaking', 'terminating', 'softdeleting', 'terminated', 'softdeleted']),
  // Only an idle service wakes: a stopped one is started, a running one is awake.
  awake: new Set(['stopped', 'stopping', 'starting', 'provisioning', 'terminating', 'softdeleting', 'terminated', 'softdeleted']),
};

const command = (name: keyof typeof BLOCKED_BY_STATE): MutationRules => ({
  conflict: (service) => (BLOCKED_BY_STATE[name].has(String(service.state)) ? `Service ${service.id} is ${String(service.state)}; it cannot ${name} now` : null),
});

const scaling: MutationRules = { validate: (input, _body, errors) => checkScaling(errors, input) };

function patchLists(value: unknown): { add?: unknown[] | null; remove?: unknown[] | null } {
  return (value ?? {}) as { add?: unknown[] | null; remove?: unknown[] | null };
}

export const RULES: Readonly<Record<string, MutationRules>> = {
  createService: {
    validate: (input, _body, errors) => {
      checkRegion(errors, String(input.region));
      if (input.provider === 'azure' && input.tier === 'development') errors.add('tier', 'Azure services do not support the DEVELOPMENT tier');
      if (input.tier != null && input.tier !== 'production' && hasMemorySettings(input)) errors.add('tier', 'memory settings are available only for PRODUCTION services');
      checkScaling(errors, input);
      checkIpAccessList(errors, 'ipAccessList', input.ipAccessList as Entries | undefined);
      checkPrivateEndpointIds(errors, 'privateEndpointIds', input.privateEndpointIds as string[] | undefined);
    },
  },
  updateService: {
    validate: (input, _body, errors) => {
      const ipAccessList = patchLists(input.ipAccessList);
      checkIpAccessList(errors, 'ipAccessList.add', ipAccessList.add as Entries | undefined);
      checkIpAccessList(errors, 'ipAccessList.remove', ipAccessList.remove as Entries | undefined);
      const endpoints = patchLists(input.privateEndpointIds);
      checkPrivateEndpointIds(errors, 'privateEndpointIds.add', endpoints.add as string[] | undefined);
      checkPrivateEndpointIds(errors, 'privateEndpointIds.remove', endpoints.remove as string[] | undefined);
    },
  },
  deleteService: {
    conflict: (service) => (service.state === 'stopped' ? null : `Service ${service.id} is ${String(service.state)}; stop it before deleting it`),
  },
  startService: command('start'),
  stopService: command('stop'),
  awakeService: command('awake'),
  updateServiceScaling: scaling,
  updateServiceReplicaScaling: scaling,
  resetServicePassword: { validate: (input, _body, errors) => checkPasswordHashes(errors, input) },
  updateBackupConfiguration: {
    validate: (input, _body, errors) => {
      const retention = input.backupRetentionPeriodInHours;
      if (typeof retention === 'number' && retention % BACKUP_RETENTION_HOURS.step !== 0) {
        errors.add('backupRetentionPeriodInHours', 'must be a whole number of days: a multiple of 24 from 24 to 1080');
      }
    },
  },
  updateOrganization: {
    validate: (_input, body, errors) => {
      // Surrounding spaces are not part of a name (the console trims them too).
      if (typeof body.name === 'string') {
        body.name = body.name.trim();
        if (body.name === '') errors.add('name', 'must not be blank');
      }
    },
  },
};
