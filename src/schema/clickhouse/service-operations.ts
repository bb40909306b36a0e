/**
 * Operations on an existing service: start, stop, the two scaling endpoints and password reset.
 * State changes that the service's current state forbids are ConflictErrors, decided from the
 * organization's (cached) service list before the upstream is asked.
 */
import { services } from '../../resources/clickhouse/index.js';
import type { ActionSpec } from '../../resources/types.js';
import type { ServiceDto } from '../../upstream/clickhouse/types.js';
const actionOf = (mutation: string): ActionSpec => services.actions!.find((action) => action.mutation === mutation)!;
import { builder } from '../../builder.js';
import type { Context } from '../../gateway-types.js';
import type { ServiceStateCommand } from '../../upstream/clickhouse/types.js';
import { FieldErrors, typedResult, StateConflictError, withTypedErrors } from '../errors.js';
import { serviceKey } from '../node-ids.js';
import { stripNulls } from './organization.js';
import { ServiceRef } from './service.js';
import { ServicePayload, writeService } from './service-mutations.js';
import { resolveService, serviceReference, type ServiceAddress } from './service-input.js';
import { checkPasswordHashes, checkScaling, type ScalingFields } from './validation.js';
import { clickhouseCalls } from '../operation-names.js';
import { MIN_IDLE_TIMEOUT_MINUTES, NUM_REPLICAS, REPLICA_MEMORY_GB, TOTAL_MEMORY_GB } from '../../resources/clickhouse/input-rules.js';


/**
 * States from which a command cannot proceed: the service is busy becoming something else.
 * (start on a running service and stop on a stopped one are harmless no-ops upstream.)
 */
const BLOCKED_BY_STATE: Record<ServiceStateCommand, ReadonlySet<string>> = {
  start: new Set(['stopping', 'terminating', 'softdeleting', 'terminated', 'softdeleted']),
  stop: new Set(['starting', 'provisioning', 'awaking', 'terminating', 'softdeleting', 'terminated', 'softdeleted']),
};

async function assertCommandAllowed(context: Context, address: ServiceAddress, command: ServiceStateCommand) {
  const current = await ServiceRef.getDataloader(context).load(serviceKey(address.organizationId, address.serviceId));
  if (BLOCKED_BY_STATE[command].has(current.state)) {
    throw new StateConflictError(
      `Service ${address.serviceId} is ${current.state}; it cannot ${command} now`,
      current.state.toUpperCase(),
    );
  }
}

const ServiceIdInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ id: t.id({ required: true, description: 'Global id of the service.' }) }),
  });

for (const [field, command, description] of [
  ['startService', 'start', 'Starts a stopped or idle service (STARTING, then RUNNING).'],
  ['stopService', 'stop', 'Stops a running or idle service (STOPPING, then STOPPED).'],
] as const) {
  const Input = ServiceIdInput(`${field[0]!.toUpperCase()}${field.slice(1)}Input`, `The service to ${command}.`);
  builder.mutationField(field, (t) =>
    t.field({
      type: ServicePayload,
      description,
      // The service is read first: a command its state does not allow is refused without a call.
      extensions: clickhouseCalls('instanceGetList', 'instanceStateUpdate'),
      errors: typedResult(`${field[0]!.toUpperCase()}${field.slice(1)}Result`),
      args: { input: t.arg({ type: Input, required: true, description: `The service to ${command}.` }) },
      resolve: (_root, { input }, context) =>
        writeService(
          context,
          input.id,
          () => {},
          async (client, address) => {
            await assertCommandAllowed(context, address, command);
            return client.action(services, actionOf(command === 'start' ? 'startService' : 'stopService'), [address.organizationId, address.serviceId], {}) as Promise<ServiceDto>;
          },
        ),
    }),
  );
}

const UpdateServiceScalingInput = builder.inputType('UpdateServiceScalingInput', {
  description: 'Total-memory autoscaling (memory settings only for PRODUCTION services).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id of the service.' }),
    minTotalMemoryGb: t.int({ description: `Multiple of ${TOTAL_MEMORY_GB.step}, at least ${TOTAL_MEMORY_GB.min}.` }),
    maxTotalMemoryGb: t.int({ description: `Multiple of ${TOTAL_MEMORY_GB.step}, at most ${TOTAL_MEMORY_GB.max.unpaid} (unpaid) or ${TOTAL_MEMORY_GB.max.paid} (paid).` }),
    numReplicas: t.int({ description: `${NUM_REPLICAS.min} to ${NUM_REPLICAS.max}.` }),
    idleScaling: t.boolean({ description: 'Let the service scale down to zero (IDLE) when unused.' }),
    idleTimeoutMinutes: t.int({ description: `At least ${MIN_IDLE_TIMEOUT_MINUTES}.` }),
  }),
});

const UpdateServiceReplicaScalingInput = builder.inputType('UpdateServiceReplicaScalingInput', {
  description: 'Per-replica memory autoscaling (memory settings only for PRODUCTION services).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id of the service.' }),
    minReplicaMemoryGb: t.int({ description: `Multiple of ${REPLICA_MEMORY_GB.step}, at least ${REPLICA_MEMORY_GB.min}.` }),
    maxReplicaMemoryGb: t.int({ description: `Multiple of ${REPLICA_MEMORY_GB.step}, at most ${REPLICA_MEMORY_GB.max.unpaid} (unpaid) or ${REPLICA_MEMORY_GB.max.paid} (paid).` }),
    numReplicas: t.int({ description: `${NUM_REPLICAS.min} to ${NUM_REPLICAS.max}.` }),
    idleScaling: t.boolean({ description: 'Let the service scale down to zero (IDLE) when unused.' }),
    idleTimeoutMinutes: t.int({ description: `At least ${MIN_IDLE_TIMEOUT_MINUTES}.` }),
  }),
});

/** The scaling settings given (null/absent dropped); none at all is a validation error. */
function scalingBody<T extends { id: unknown } & ScalingFields>(input: T, errors: FieldErrors): Omit<T, 'id'> {
  checkScaling(errors, input);
  const { id: _id, ...rest } = input;
  const body = stripNulls(rest);
  if (Object.keys(body).length === 0) errors.add('input', 'nothing to update: give at least one scaling setting');
  return body as Omit<T, 'id'>;
}

// The two scaling endpoints differ only in which memory settings they take.
for (const [field, Input, union, endpoint, description] of [
  [
    'updateServiceScaling',
    UpdateServiceScalingInput,
    'UpdateServiceScalingResult',
    'updateServiceScaling',
    "Changes a service's autoscaling by total memory, replica count and idling (the upstream deprecates total memory for replica memory).",
  ],
  [
    'updateServiceReplicaScaling',
    UpdateServiceReplicaScalingInput,
    'UpdateServiceReplicaScalingResult',
    'updateServiceReplicaScaling',
    "Changes a service's autoscaling by memory per replica, replica count and idling.",
  ],
] as const) {
  builder.mutationField(field, (t) =>
    t.field({
      type: ServicePayload,
      description,
      extensions: clickhouseCalls('instanceGetList', field === 'updateServiceScaling' ? 'instanceScalingUpdate' : 'instanceReplicaScalingUpdate'),
      errors: typedResult(union),
      args: { input: t.arg({ type: Input, required: true, description: 'The service and the scaling settings to change (give at least one).' }) },
      resolve: (_root, { input }, context) => {
        let body = {};
        return writeService(
          context,
          input.id,
          (errors) => (body = scalingBody(input, errors)),
          (client, address) => client.action(services, actionOf(endpoint), [address.organizationId, address.serviceId], body) as Promise<ServiceDto>,
        );
      },
    }),
  );
}

const ResetServicePasswordInput = builder.inputType('ResetServicePasswordInput', {
  description: 'Without hashes a new password is generated and returned once; with them, they are set.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id of the service.' }),
    newPasswordHash: t.string({ description: 'base64(SHA-256(password)).' }),
    newDoubleSha1Hash: t.string({ description: 'hex(SHA-1(SHA-1(password))), for the MySQL protocol.' }),
  }),
});

const ResetServicePasswordPayload = builder
  .objectRef<{ serviceKey: string; password: string | null }>('ResetServicePasswordPayload')
  .implement({
    description: 'What resetServicePassword did: the service, and the generated password when no hashes were given.',
    fields: (t) => ({
      service: t.field({ type: ServiceRef, description: 'The service whose password was reset.', resolve: (payload) => payload.serviceKey }),
      password: t.exposeString('password', {
        nullable: true,
        description: 'The generated password (shown only this once); null when hashes were supplied.',
      }),
    }),
  });

builder.mutationField('resetServicePassword', (t) =>
  t.field({
    type: ResetServicePasswordPayload,
    extensions: clickhouseCalls('instanceGetList', 'instancePasswordUpdate'),
    description: "Resets the password of a service's default user: to a generated one, or to the given hashes.",
    errors: typedResult('ResetServicePasswordResult'),
    args: { input: t.arg({ type: ResetServicePasswordInput, required: true, description: 'The service, and optionally the hashes of the new password.' }) },
    resolve: (_root, { input }, context) =>
      withTypedErrors(async () => {
        const reference = serviceReference(String(input.id));
        const errors = new FieldErrors();
        checkPasswordHashes(errors, input);
        errors.throwIfAny();
        const address = await resolveService(context, reference);
        const answer = await context.clickhouse().action(services, actionOf('resetServicePassword'), [address.organizationId, address.serviceId], stripNulls({
          newPasswordHash: input.newPasswordHash,
          newDoubleSha1Hash: input.newDoubleSha1Hash,
        }));
        const password = answer !== null && typeof answer === 'object' && typeof (answer as { password?: unknown }).password === 'string' ? (answer as { password: string }).password : null;
        return { serviceKey: serviceKey(address.organizationId, address.serviceId), password };
      }),
  }),
);
