/**
 * The behaviour of what an environment is made of: its service instances (NEW, then provisioned
 * to READY on a timer), its domains (one primary, redirects, transfers, extra per-domain actions)
 * and its environment variables (ordered, sensitive values never shown), plus the catalog filters
 * that are about who asks rather than what is stored. Messages DRF itself does not define (the
 * uniqueness and state rules) are guesses: no public client shows them.
 */
import { invalidFields, nonFieldError } from '../core/error.js';
import { accepted, ok, type RouteContext } from './context.js';
import { SERVICE_STATUS, VERIFY_DNS_ACTION, serviceVariable, setupInstructions } from './facts.js';
import type { WireRecord } from './records.js';
import { now, referenced, runSteps, stillStored, type ActionHandler, type GroupHooks } from './resources-hooks.js';
import type { Input } from './resources-input.js';
import type { FieldErrors } from './validation.js';
import { divioDomain } from './wire.js';
const READ_ONLY = 'This environment variable is read-only.';
const DOMAIN_PATTERN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const SERVICE_INSTANCES = 'service-instances';
const DOMAINS = 'domains';
const VARIABLES = 'environment-variables';

/** Records of `group` in one environment, in their stored order, but `except` one. */
const siblings = (ctx: RouteContext, group: string, environment: unknown, except?: WireRecord): WireRecord[] =>
  ctx.store.all(group).filter((record) => record.environment === environment && record !== except);

function checkServiceInstance(ctx: RouteContext, input: Input, errors: FieldErrors, record?: WireRecord): void {
  const environment = record?.environment ?? input.environment;
  const type = record?.type ?? ctx.store.get('services', String(input.service))?.type;
  if (typeof input.prefix !== 'string' || type === undefined) return;
  if (siblings(ctx, SERVICE_INSTANCES, environment, record).some((other) => other.type === type && other.prefix === input.prefix)) {
    errors.add('non_field_errors', 'A service instance of this type with this prefix already exists in this environment.');
  }
}

const provision: ActionHandler = (ctx, instance) => {
  if (instance === null) throw new Error('provision addresses one service instance');
  if (instance.service_status !== SERVICE_STATUS.new) {
    throw nonFieldError(`The service instance is ${String(instance.service_status)}, not ${SERVICE_STATUS.new}.`);
  }
  Object.assign(instance, { service_status: SERVICE_STATUS.provisioning, last_status_update: now(ctx) });
  runSteps(ctx, stillStored(ctx, SERVICE_INSTANCES, instance), [
    (at) => Object.assign(instance, {
      service_status: SERVICE_STATUS.ready, last_status_update: at, last_config_update: at,
      environment_variables: [serviceVariable(String(instance.prefix), String(instance.type))],
    }),
  ]);
  return accepted({});
};

/** The hostname a custom domain's CNAME must point at: the environment's Divio domain. */
function cnameTarget(ctx: RouteContext, domain: WireRecord): string | null {
  const env = referenced(ctx, 'environments', domain, 'environment');
  const app = referenced(ctx, 'applications', env, 'application');
  return env === undefined || app === undefined ? null : divioDomain(app, env);
}

const makePrimary: ActionHandler = (ctx, domain) => {
  for (const other of siblings(ctx, DOMAINS, domain?.environment)) other.is_primary = other === domain;
  return ok({});
};

const toggleRedirect: ActionHandler = (ctx, domain) => {
  if (domain === null) throw new Error('toggle-redirect addresses one domain');
  domain.is_redirect_to_primary = domain.is_redirect_to_primary !== true;
  return ok({ redirect_to_primary: domain.is_redirect_to_primary, uuid: domain.uuid });
};

/** The domain moves; it cannot stay primary of an environment it no longer serves (message guessed). */
const transfer: ActionHandler = (_ctx, domain, input) => {
  if (domain === null) throw new Error('transfer addresses one domain');
  if (domain.environment === input.target_environment) throw nonFieldError('The domain already belongs to this environment.');
  Object.assign(domain, { environment: input.target_environment, is_primary: false });
  return ok({ target_environment: input.target_environment });
};

/** `actions/{name}/`: only the names the domain lists in additional_actions (wording guessed). */
const additionalAction: ActionHandler = (ctx, domain, input) => {
  if (domain === null) throw new Error('an additional action addresses one domain');
  const name = ctx.argument;
  const offered = Array.isArray(domain.additional_actions) ? (domain.additional_actions as unknown[]) : [];
  if (!offered.includes(name)) throw nonFieldError(`"${name}" is not an action this domain offers.`);
  if (name !== VERIFY_DNS_ACTION) return ok({ data: { action: name, parameters: input['*'] ?? {} } });
  // The simulator resolves nothing, so the check never finds the record.
  const details = { record: 'CNAME', expected: cnameTarget(ctx, domain), found: null };
  Object.assign(domain, { last_check_status: false, last_check_timestamp: now(ctx), last_check_details: details });
  return ok({ data: { verified: false, checked_at: domain.last_check_timestamp, details } });
};

function checkVariable(ctx: RouteContext, input: Input, errors: FieldErrors, record?: WireRecord): void {
  if (record?.is_read_only === true) errors.add('non_field_errors', READ_ONLY);
  if (typeof input.name !== 'string') return;
  const environment = record?.environment ?? input.environment;
  if (siblings(ctx, VARIABLES, environment, record).some((other) => other.name === input.name)) {
    errors.add('non_field_errors', 'The fields environment, name must make a unique set.');
  }
}

/** Moves the subject next to `target` within their environment, then numbers the variables 1..n again. */
function move(after: boolean): ActionHandler {
  return (ctx, variable, input) => {
    if (variable === null) throw new Error('moving addresses one variable');
    const target = ctx.store.get(VARIABLES, String(input.target));
    if (target === undefined || target.environment !== variable.environment) {
      throw invalidFields({ target: ['The target must be a variable of the same environment.'] });
    }
    if (target === variable) return ok({ target: target.uuid });
    const ordered = siblings(ctx, VARIABLES, variable.environment, variable).sort((a, b) => Number(a.order) - Number(b.order));
    ordered.splice(ordered.indexOf(target) + (after ? 1 : 0), 0, variable);
    ordered.forEach((record, index) => (record.order = index + 1));
    return ok({ target: target.uuid });
  };
}

const VARIABLE_REPLY = ['uuid', 'name', 'environment', 'value', 'is_sensitive', 'is_read_only', 'is_pattern_replacement_active', 'order'];
/** Refuses to delete a record whose `flag` is set (messages guessed). */
const refuseWhen = (flag: string, message: string) => (_ctx: RouteContext, record: WireRecord): void => {
  if (record[flag] === true) throw nonFieldError(message);
};

export const ENVIRONMENT_PART_HOOKS: Readonly<Record<string, GroupHooks>> = {
  regions: {
    // Every region is public: open to each organisation the token belongs to.
    filters: {
      organisation: (ctx, region, wanted) => region.is_public === true && [...wanted].some((org) => ctx.user.organisations.includes(String(org))),
    },
  },
  services: {
    // Offered to an application when offered in its region (services keep a hidden `region` list).
    filters: {
      website: (ctx, service, wanted) =>
        [...wanted].some((id) => {
          const app = ctx.owners.visible(ctx.user, 'applications', String(id));
          return app !== undefined && Array.isArray(service.region) && service.region.includes(app.region);
        }),
    },
  },
  [SERVICE_INSTANCES]: {
    putRequires: ['prefix'],
    validate: checkServiceInstance,
    created: (ctx, instance) => {
      const app = referenced(ctx, 'applications', referenced(ctx, 'environments', instance, 'environment'), 'application');
      const service = ctx.store.get('services', String(instance.service));
      Object.assign(instance, {
        region: app?.region ?? null, service_status: SERVICE_STATUS.new,
        last_status_update: now(ctx), type: service?.type ?? null, last_config_update: now(ctx), environment_variables: [],
      });
    },
    updated: (ctx, instance) => (instance.last_config_update = now(ctx)),
    actions: { attach: () => ok({}), detach: () => ok({}), provision },
  },
  [DOMAINS]: {
    updateReply: ['uuid', 'name', 'is_redirect_to_primary', 'domain_config'],
    validate: (ctx, input, errors) => {
      if (typeof input.name !== 'string') return;
      if (!DOMAIN_PATTERN.test(input.name)) errors.add('name', 'Enter a valid domain name.');
      else if (ctx.store.all(DOMAINS).some((domain) => domain.name === input.name)) errors.add('name', 'domain with this name already exists.');
    },
    created: (ctx, domain) =>
      Object.assign(domain, {
        last_check_status: null, last_check_timestamp: null, last_check_details: null, is_tls_enabled: false,
        is_redirect_to_primary: false, is_primary: false, is_editable: true, is_managed_by_divio: false,
        is_wildcard: String(domain.name).startsWith('*.'), is_monitored: false,
        setup_instructions_html: setupInstructions(String(domain.name), cnameTarget(ctx, domain)),
        additional_actions: [VERIFY_DNS_ACTION], domain_config: {}, state: 'PENDING', state_message: 'Waiting for the DNS record.',
      }),
    destroying: refuseWhen('is_managed_by_divio', 'A domain managed by Divio cannot be deleted.'),
    actions: { actions: additionalAction, 'make-primary': makePrimary, 'toggle-redirect': toggleRedirect, transfer },
  },
  [VARIABLES]: {
    order: { key: 'order', descending: false },
    // A fact of the variable's environment, not of the variable.
    filters: { environment_slug: (ctx, variable, wanted) => wanted.has(String(referenced(ctx, 'environments', variable, 'environment')?.slug)) },
    createReply: VARIABLE_REPLY,
    updateReply: VARIABLE_REPLY,
    putRequires: ['name'],
    validate: checkVariable,
    created: (ctx, variable) => {
      const last = Math.max(0, ...siblings(ctx, VARIABLES, variable.environment, variable).map((other) => Number(other.order)));
      Object.assign(variable, {
        value: variable.value ?? '', order: last + 1, is_sensitive: variable.is_sensitive ?? false, is_read_only: false,
        is_pattern_replacement_active: variable.is_pattern_replacement_active ?? false, date_created: now(ctx), date_modified: now(ctx),
      });
    },
    updated: (ctx, variable) => (variable.date_modified = now(ctx)),
    destroying: refuseWhen('is_read_only', READ_ONLY),
    // A sensitive value is write-only: no answer ever carries it.
    present: (view) => (view.is_sensitive === true ? { ...view, value: null } : view),
    actions: { 'move-after': move(true), 'move-before': move(false) },
  },
};
