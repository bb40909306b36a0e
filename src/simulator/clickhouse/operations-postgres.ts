/**
 * What the generic behaviours cannot say about managed Postgres: a new service (created, a read
 * replica, a restore) gets its host, user and connection string, a password shown once (only its
 * hash is kept) and its configuration (the `config` view); a replica copies its primary's
 * placement and is no primary, a restore passes through `restoring_backup` to a point in time
 * the source lived through; the password command; the CA certificate (PEM) and the Prometheus text.
 */
import { createHash } from 'node:crypto';
import { clickhouseResource } from '../../resources/clickhouse/index.js';
import { badRequest } from '../core/error.js';
import { TextResult, type Behaviour, type OperationContext } from './context.js';
import { answer, createObject, subjectOf } from './generic.js';
import { settle } from './machines.js';
import { hashSecret, type StoredObject } from './objects.js';
import { generatePassword } from './operations-services.js';
import { DEFAULT_POSTGRES_CONFIG, postgresEndpoint } from './seed-objects.js';
import { isJson, type Json } from './spec-values.js';

const POSTGRES = clickhouseResource('PostgresService')!;
const PEM_LINE = 64;
const PEM_BYTES = 27 * 16;
/** A password the spec's pgPassword takes: lower and upper case letters and a digit, 12 characters or more. */
const postgresPassword = (): string => `${generatePassword()}aZ7`;

/** Files the `config` view of a service: the request's, over the default. */
function fileConfig(ctx: OperationContext, service: StoredObject): void {
  const given = (key: string) => (isJson(ctx.input[key]) ? ctx.input[key] : DEFAULT_POSTGRES_CONFIG[key]);
  const value = { pgConfig: given('pgConfig'), pgBouncerConfig: given('pgBouncerConfig') };
  ctx.objects.put({ path: `${POSTGRES.path}/{${POSTGRES.idParam}}/config`, ids: service.ids, value });
}

/** A new service from the request (and `copied`), with its endpoint, configuration and a password shown once. */
function newService(ctx: OperationContext, copied: Json = {}): { service: StoredObject; password: string } {
  const service = createObject(ctx, { ...copied, ...ctx.input });
  Object.assign(service.value, postgresEndpoint(service.ids.at(-1)!, String(service.value.region)));
  const password = postgresPassword();
  service.credentials = { secretHash: hashSecret(password) };
  fileConfig(ctx, service);
  return { service, password };
}

const placement = (source: StoredObject): Json => {
  const { provider, region, size, postgresVersion, haType, tags } = source.value;
  return { provider, region, size, postgresVersion, haType, tags };
};

const createService: Behaviour = (ctx) => {
  const { service, password } = newService(ctx);
  return answer(ctx, { ...service.value, password });
};

const createReadReplica: Behaviour = (ctx) => {
  const { service, password } = newService(ctx, { ...placement(subjectOf(ctx)), haType: 'none', isPrimary: false });
  return answer(ctx, { ...service.value, password });
};

const restoreService: Behaviour = (ctx) => {
  const source = subjectOf(ctx);
  const target = Date.parse(String(ctx.input.restoreTarget));
  if (!(target >= Date.parse(String(source.value.createdAt)) && target <= ctx.now)) {
    throw badRequest(`restoreTarget must be between the source's creation (${String(source.value.createdAt)}) and now`);
  }
  const { service, password } = newService(ctx, placement(source));
  settle(ctx, service, 'state', 'restoring_backup', 'running');
  return answer(ctx, { ...service.value, password });
};

/** Sets the password given, or makes one and answers it (shown this once). */
const setPassword: Behaviour = (ctx) => {
  const service = subjectOf(ctx);
  const given = typeof ctx.input.password === 'string' ? ctx.input.password : undefined;
  const password = given ?? postgresPassword();
  service.credentials = { secretHash: hashSecret(password) };
  return answer(ctx, given === undefined ? { password } : {});
};

/** A CA bundle of one certificate: PEM armour around bytes derived from the service's id. */
function certificate(id: string): string {
  const bytes = Buffer.concat(Array.from({ length: Math.ceil(PEM_BYTES / 64) }, (_, index) => createHash('sha512').update(`${id}:${index}`).digest())).subarray(0, PEM_BYTES);
  const lines = bytes.toString('base64').match(new RegExp(`.{1,${PEM_LINE}}`, 'g')) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');
}

/** Prometheus exposition text of one service: up while running, its connections and its size. */
function metrics(ctx: OperationContext, service: StoredObject): string {
  const labels = `{postgres_service="${service.ids.at(-1)}",postgres_service_name="${String(service.value.name).replace(/["\\\n]/g, '_')}"}`;
  const up = service.value.state === 'running' ? 1 : 0;
  const ageSeconds = Math.max(0, Math.floor((ctx.now - Date.parse(String(service.value.createdAt))) / 1000));
  return [
    '# HELP pg_up Whether the Postgres server is up.',
    '# TYPE pg_up gauge',
    `pg_up${labels} ${up}`,
    '# HELP pg_stat_database_numbackends Backends connected to the database.',
    '# TYPE pg_stat_database_numbackends gauge',
    `pg_stat_database_numbackends${labels} ${up * (3 + (ageSeconds % 17))}`,
    '# HELP pg_stat_database_xact_commit_total Transactions committed.',
    '# TYPE pg_stat_database_xact_commit_total counter',
    `pg_stat_database_xact_commit_total${labels} ${ageSeconds * 12}`,
    '',
  ].join('\n');
}

export const POSTGRES_BEHAVIOURS: Readonly<Record<string, Behaviour>> = {
  postgresServiceCreate: createService,
  postgresInstanceCreateReadReplica: createReadReplica,
  postgresInstanceRestore: restoreService,
  postgresServiceSetPassword: setPassword,
  postgresServiceCertsGet: (ctx) => new TextResult('application/x-pem-file', certificate(subjectOf(ctx).ids.at(-1)!)),
  postgresInstancePrometheusGet: (ctx) => new TextResult('text/plain; charset=UTF-8', metrics(ctx, subjectOf(ctx))),
};
