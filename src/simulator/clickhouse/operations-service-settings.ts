/**
 * What the per-service commands and views do: the state machine behind start and stop, scaling by
 * total and by replica memory, password resets, the private endpoint configuration and the
 * service's Prometheus endpoint. Inputs arrive checked against the description.
 */
import { badRequest } from '../core/error.js';
import { found, inputOf, TextResult, type Behaviour, type OperationContext } from './context.js';
import { privateEndpointConfigDto, serviceDto } from './dto.js';
import { generatePassword } from './operations-services.js';
import { PROMETHEUS_CONTENT_TYPE, serviceMetrics } from './prometheus.js';
import { hashPassword, transition } from './state.js';
import type { ServiceRecord, ServiceState } from './types.js';
import { parseScaling, type ScalingInput, type ScalingUpdate } from './validation.js';

interface StatePlan {
  /** States in which the command is an idempotent no-op. */
  already: readonly ServiceState[];
  from: readonly ServiceState[];
  via: ServiceState;
  to: ServiceState;
}

/**
 * start: stopped/idle -> starting -> running; stop: running/idle -> stopping -> stopped.
 * Asking for the state the service is already in or already heading to is a no-op;
 * any other state (provisioning, terminating, the opposite direction) is a 400.
 */
const STATE_PLANS: Readonly<Record<string, StatePlan>> = {
  start: { already: ['running', 'starting'], from: ['stopped', 'idle'], via: 'starting', to: 'running' },
  stop: { already: ['stopped', 'stopping'], from: ['running', 'idle'], via: 'stopping', to: 'stopped' },
  awake: { already: ['running', 'awaking'], from: ['idle'], via: 'awaking', to: 'running' },
};

/** The command is one the descriptions send (`fixedBody`); a described command without a plan is a bug. */
function changeState(ctx: OperationContext) {
  const service = found(ctx, 'services');
  const command = inputOf<{ command: string }>(ctx).command;
  const plan = STATE_PLANS[command];
  if (plan === undefined) throw new Error(`No state plan for the described command ${command}`);
  if (plan.from.includes(service.state)) {
    transition(ctx, service, plan.via, plan.to);
  } else if (!plan.already.includes(service.state)) {
    throw badRequest(`Cannot ${command} service ${service.id} while it is ${service.state}`);
  }
  return serviceDto(service, ctx.organization);
}

function applyScaling(service: ServiceRecord, update: ScalingUpdate): void {
  if (update.totalMemory !== undefined) {
    service.minTotalMemoryGb = update.totalMemory.min;
    service.maxTotalMemoryGb = update.totalMemory.max;
  }
  if (update.replicaMemory !== undefined) {
    service.minReplicaMemoryGb = update.replicaMemory.min;
    service.maxReplicaMemoryGb = update.replicaMemory.max;
  }
  if (update.numReplicas !== undefined) service.numReplicas = update.numReplicas;
  if (update.idleScaling !== undefined) service.idleScaling = update.idleScaling;
  if (update.idleTimeoutMinutes !== undefined) service.idleTimeoutMinutes = update.idleTimeoutMinutes;
}

/**
 * Total and per-replica memory are kept as independent settings, each changed by its own
 * endpoint (the description of each names only its own memory inputs): deriving one from the
 * other could leave the spec's bounds (the total must stay a multiple of 12 and at most 1068).
 */
function changeScaling(ctx: OperationContext) {
  const service = found(ctx, 'services');
  const update = parseScaling(inputOf<ScalingInput>(ctx), {
    tier: service.tier,
    paid: ctx.organization.paid,
    totalMemory: { min: service.minTotalMemoryGb, max: service.maxTotalMemoryGb },
    replicaMemory: { min: service.minReplicaMemoryGb, max: service.maxReplicaMemoryGb },
  });
  applyScaling(service, update);
  return serviceDto(service, ctx.organization);
}

/** Without `newPasswordHash` a password is generated and returned; with it, `{}` comes back. */
function changePassword(ctx: OperationContext) {
  const service = found(ctx, 'services');
  // newDoubleSha1Hash is type-checked with the other inputs, otherwise unused: the simulator speaks no MySQL protocol.
  const { newPasswordHash } = inputOf<{ newPasswordHash?: string }>(ctx);
  if (newPasswordHash !== undefined) {
    if (newPasswordHash.trim() === '') throw badRequest('newPasswordHash must not be empty');
    service.passwordHash = newPasswordHash;
    return {};
  }
  const password = generatePassword();
  service.passwordHash = hashPassword(password);
  return { password };
}

export const SERVICE_SETTING_BEHAVIOURS: Readonly<Record<string, Behaviour>> = {
  instanceStateUpdate: changeState,
  instanceScalingUpdate: changeScaling,
  instanceReplicaScalingUpdate: changeScaling,
  instancePasswordUpdate: changePassword,
  instancePrivateEndpointConfigGet: (ctx) => privateEndpointConfigDto(found(ctx, 'services')),
  instancePrometheusGet: (ctx) => new TextResult(PROMETHEUS_CONTENT_TYPE, serviceMetrics(ctx.organization, found(ctx, 'services'), ctx.now)),
};
