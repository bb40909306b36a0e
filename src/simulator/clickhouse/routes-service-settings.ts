/**
 * Per-service sub-resources: state commands, scaling, replica scaling, password,
 * private endpoint config and Prometheus metrics.
 */
import { privateEndpointConfigDto, serviceDto } from './dto.js';
import { badRequest } from '../core/error.js';
import { PROMETHEUS_CONTENT_TYPE, serviceMetrics } from './prometheus.js';
import { TextResult, requireService, type Route, type RouteContext } from './router.js';
import { generatePassword } from './routes-services.js';
import { hashPassword, transition } from './state.js';
import type { ServiceRecord, ServiceState } from './types.js';
import { optionalString, parseScaling, validateStateCommand, type ScalingUpdate } from './validation.js';

const SERVICE = '/v1/organizations/:organizationId/services/:serviceId';

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
const STATE_PLANS: Record<'start' | 'stop', StatePlan> = {
  start: { already: ['running', 'starting'], from: ['stopped', 'idle'], via: 'starting', to: 'running' },
  stop: { already: ['stopped', 'stopping'], from: ['running', 'idle'], via: 'stopping', to: 'stopped' },
};

function changeState(ctx: RouteContext) {
  const service = requireService(ctx);
  const command = validateStateCommand(ctx.body.command);
  const plan = STATE_PLANS[command];
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
 * Total and per-replica memory are kept as independent settings, each changed by its
 * own endpoint: deriving one from the other could leave the spec's bounds (the total
 * must stay a multiple of 12 and at most 1068).
 */
function scalingHandler(memory: { total: boolean; replica: boolean }) {
  return (ctx: RouteContext) => {
    const service = requireService(ctx);
    const update = parseScaling(
      ctx.body,
      {
        tier: service.tier,
        paid: ctx.organization.paid,
        totalMemory: { min: service.minTotalMemoryGb, max: service.maxTotalMemoryGb },
        replicaMemory: { min: service.minReplicaMemoryGb, max: service.maxReplicaMemoryGb },
      },
      memory,
    );
    applyScaling(service, update);
    return serviceDto(service, ctx.organization);
  };
}

/** Without `newPasswordHash` a password is generated and returned; with it, `{}` comes back. */
function changePassword(ctx: RouteContext) {
  const service = requireService(ctx);
  const newPasswordHash = optionalString(ctx.body, 'newPasswordHash');
  // Type-checked for the 400, otherwise unused: the simulator speaks no MySQL protocol.
  optionalString(ctx.body, 'newDoubleSha1Hash');
  if (newPasswordHash !== undefined) {
    if (newPasswordHash.trim() === '') throw badRequest('newPasswordHash must not be empty');
    service.passwordHash = newPasswordHash;
    return {};
  }
  const password = generatePassword();
  service.passwordHash = hashPassword(password);
  return { password };
}

export const serviceSettingRoutes: Route[] = [
  { pattern: `${SERVICE}/state`, methods: { PATCH: changeState } },
  { pattern: `${SERVICE}/scaling`, methods: { PATCH: scalingHandler({ total: true, replica: false }) } },
  { pattern: `${SERVICE}/replicaScaling`, methods: { PATCH: scalingHandler({ total: false, replica: true }) } },
  { pattern: `${SERVICE}/password`, methods: { PATCH: changePassword } },
  {
    pattern: `${SERVICE}/privateEndpointConfig`,
    methods: { GET: (ctx) => privateEndpointConfigDto(requireService(ctx)) },
  },
  {
    pattern: `${SERVICE}/prometheus`,
    methods: {
      GET: (ctx) =>
        new TextResult(PROMETHEUS_CONTENT_TYPE, serviceMetrics(ctx.organization, requireService(ctx), ctx.now)),
    },
  },
];
