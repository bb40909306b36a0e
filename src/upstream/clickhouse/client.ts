/**
 * ClickHouse Cloud v1 client for one credential: one method per endpoint. Reads go through the
 * shared cache (TTL per resource, in-flight coalescing); writes bypass it and invalidate exactly
 * the entries they make stale. Every call goes through the transport's budget and retry policy.
 */
import { UpstreamProtocolError } from '../errors.js';
import type { CacheTtl, GetOrLoadOptions, ReadLog } from '../cache.js';
import type { ClickHouseCredential } from '../credentials.js';
import type { HttpRequest } from '../http.js';
import type { ClickHouseTransport } from './transport.js';
import {
  parseBackup,
  parseBackupConfiguration,
  parseBackups,
  parseCreatedService,
  parseOrganization,
  parseOrganizations,
  parsePasswordResult,
  parsePrivateEndpointConfig,
  parseService,
  parseServices,
} from './parse.js';
import type {
  BackupConfigurationBody,
  BackupConfigurationDto,
  BackupDto,
  CreatedServiceDto,
  OrganizationDto,
  OrganizationPatchBody,
  PasswordResetBody,
  PrivateEndpointConfigDto,
  ServiceCreateBody,
  ServiceDto,
  ServicePatchBody,
  ServiceReplicaScalingBody,
  ServiceScalingBody,
  ServiceStateCommand,
} from './types.js';
import { TRANSITIONAL_SERVICE_STATES } from './types.js';

/**
 * How long a GET result is served from the shared cache. Short enough that a dashboard sees
 * state changes within seconds, long enough that reloading it inside the upstream's 10 s rate
 * window costs nothing; writes invalidate what they change, so these bound staleness only for
 * changes made outside this gateway.
 */
export const CLICKHOUSE_CACHE_TTL_MS = {
  organizations: 60_000,
  services: 10_000,
  backups: 30_000,
  backupConfiguration: 60_000,
  privateEndpointConfig: 300_000,
  prometheus: 10_000,
} as const;

const API_PREFIX = '/v1/organizations';

/** Cache keys end with a terminator so a prefix invalidation of one path never hits its children. */
function exactKey(path: string): string {
  return `${path}#`;
}

function organizationPath(organizationId: string): string {
  return `${API_PREFIX}/${encodeURIComponent(organizationId)}`;
}

function servicesPath(organizationId: string): string {
  return `${organizationPath(organizationId)}/services`;
}

function servicePath(organizationId: string, serviceId: string): string {
  return `${servicesPath(organizationId)}/${encodeURIComponent(serviceId)}`;
}

const serviceInMotion = (service: ServiceDto) => TRANSITIONAL_SERVICE_STATES.has(service.state);
const backupInMotion = (backup: BackupDto) => backup.status === 'in_progress';

export class ClickHouseClient {
  constructor(
    private readonly transport: ClickHouseTransport,
    private readonly credential: ClickHouseCredential,
    private readonly requestId?: string,
    /** The request's signal: its client went away, so its waits and calls end. */
    private readonly signal?: AbortSignal,
    /** The request's record of its cache reads (a reusable result is built from hits only). */
    private readonly reads?: ReadLog,
  ) {}

  /** Built per upstream call, not per client: most clients (warm reads, subscriptions) make none. */
  private get authorization(): string {
    return `Basic ${Buffer.from(`${this.credential.keyId}:${this.credential.keySecret}`).toString('base64')}`;
  }

  /** The fingerprint that keys this client's budget, cache and pollers. */
  get fingerprint(): string {
    return this.credential.fingerprint;
  }

  // --- organizations -------------------------------------------------------------------------

  listOrganizations(): Promise<OrganizationDto[]> {
    return this.cachedGet(API_PREFIX, CLICKHOUSE_CACHE_TTL_MS.organizations, parseOrganizations);
  }

  getOrganization(organizationId: string): Promise<OrganizationDto> {
    return this.cachedGet(organizationPath(organizationId), CLICKHOUSE_CACHE_TTL_MS.organizations, parseOrganization);
  }

  async updateOrganization(organizationId: string, body: OrganizationPatchBody): Promise<OrganizationDto> {
    const path = organizationPath(organizationId);
    const organization = parseOrganization(await this.write('PATCH', path, body, [API_PREFIX, path]));
    return organization;
  }

  // --- services ------------------------------------------------------------------------------

  /** `maxAgeMs`: pollers accept a cached list only when it is at most that old. */
  listServices(organizationId: string, options?: GetOrLoadOptions): Promise<ServiceDto[]> {
    const ttl = this.unlessInMotion(CLICKHOUSE_CACHE_TTL_MS.services, (services: ServiceDto[]) => services.some(serviceInMotion));
    return this.cachedGet(servicesPath(organizationId), ttl, parseServices, options);
  }

  getService(organizationId: string, serviceId: string): Promise<ServiceDto> {
    return this.cachedGet(servicePath(organizationId, serviceId), this.unlessInMotion(CLICKHOUSE_CACHE_TTL_MS.services, serviceInMotion), parseService);
  }

  async createService(organizationId: string, body: ServiceCreateBody): Promise<CreatedServiceDto> {
    const created = parseCreatedService(await this.write('POST', servicesPath(organizationId), body, [servicesPath(organizationId)]));
    return created;
  }

  updateService(organizationId: string, serviceId: string, body: ServicePatchBody): Promise<ServiceDto> {
    return this.writeService('PATCH', organizationId, serviceId, '', body);
  }

  changeServiceState(organizationId: string, serviceId: string, command: ServiceStateCommand): Promise<ServiceDto> {
    return this.writeService('PATCH', organizationId, serviceId, '/state', { command });
  }

  updateServiceScaling(organizationId: string, serviceId: string, body: ServiceScalingBody): Promise<ServiceDto> {
    return this.writeService('PATCH', organizationId, serviceId, '/scaling', body);
  }

  updateServiceReplicaScaling(
    organizationId: string,
    serviceId: string,
    body: ServiceReplicaScalingBody,
  ): Promise<ServiceDto> {
    return this.writeService('PATCH', organizationId, serviceId, '/replicaScaling', body);
  }

  async deleteService(organizationId: string, serviceId: string): Promise<void> {
    await this.write('DELETE', servicePath(organizationId, serviceId), undefined, [servicesPath(organizationId), servicePath(organizationId, serviceId)]);
  }

  /** Returns the generated password, or null when the caller supplied a hash. */
  async resetServicePassword(
    organizationId: string,
    serviceId: string,
    body: PasswordResetBody,
  ): Promise<string | null> {
    return parsePasswordResult(await this.write('PATCH', `${servicePath(organizationId, serviceId)}/password`, body));
  }

  getPrivateEndpointConfig(organizationId: string, serviceId: string): Promise<PrivateEndpointConfigDto> {
    return this.cachedGet(
      `${servicePath(organizationId, serviceId)}/privateEndpointConfig`,
      CLICKHOUSE_CACHE_TTL_MS.privateEndpointConfig,
      parsePrivateEndpointConfig,
    );
  }

  /** Prometheus exposition text; the endpoint answers text/plain, not the JSON envelope. */
  getPrometheusMetrics(organizationId: string, serviceId: string): Promise<string> {
    const path = `${servicePath(organizationId, serviceId)}/prometheus`;
    const load = async (signal: AbortSignal) => (await this.transport.http.request(this.request('GET', path), signal)).text;
    return this.transport.cache.getOrLoad(this.fingerprint, exactKey(path), CLICKHOUSE_CACHE_TTL_MS.prometheus, load, { signal: this.signal, reads: this.reads });
  }

  // --- backups -------------------------------------------------------------------------------

  /** Most recent first, as the API documents. */
  listBackups(organizationId: string, serviceId: string, options?: GetOrLoadOptions): Promise<BackupDto[]> {
    return this.cachedGet(
      `${servicePath(organizationId, serviceId)}/backups`,
      this.unlessInMotion(CLICKHOUSE_CACHE_TTL_MS.backups, (backups: BackupDto[]) => backups.some(backupInMotion)),
      (v) => parseBackups(v, serviceId),
      options,
    );
  }

  getBackup(organizationId: string, serviceId: string, backupId: string): Promise<BackupDto> {
    return this.cachedGet(
      `${servicePath(organizationId, serviceId)}/backups/${encodeURIComponent(backupId)}`,
      this.unlessInMotion(CLICKHOUSE_CACHE_TTL_MS.backups, backupInMotion),
      (v) => parseBackup(v, serviceId),
    );
  }

  getBackupConfiguration(organizationId: string, serviceId: string): Promise<BackupConfigurationDto> {
    return this.cachedGet(
      `${servicePath(organizationId, serviceId)}/backupConfiguration`,
      CLICKHOUSE_CACHE_TTL_MS.backupConfiguration,
      parseBackupConfiguration,
    );
  }

  async updateBackupConfiguration(
    organizationId: string,
    serviceId: string,
    body: BackupConfigurationBody,
  ): Promise<BackupConfigurationDto> {
    const path = `${servicePath(organizationId, serviceId)}/backupConfiguration`;
    const configuration = parseBackupConfiguration(await this.write('PATCH', path, body, [path]));
    await this.transport.cache.set(this.fingerprint, exactKey(path), configuration, CLICKHOUSE_CACHE_TTL_MS.backupConfiguration);
    return configuration;
  }

  // --- plumbing ------------------------------------------------------------------------------

  private async writeService(
    method: 'PATCH',
    organizationId: string,
    serviceId: string,
    suffix: string,
    body: unknown,
  ): Promise<ServiceDto> {
    const service = parseService(
      await this.write(method, `${servicePath(organizationId, serviceId)}${suffix}`, body, [servicesPath(organizationId), servicePath(organizationId, serviceId)]),
    );
    await this.transport.cache.set(
      this.fingerprint,
      exactKey(servicePath(organizationId, serviceId)),
      service,
      CLICKHOUSE_CACHE_TTL_MS.services,
    );
    return service;
  }


  /**
   * The TTL of a value, or no more than the transport's in-motion TTL while it is in motion
   * (starting, stopping, a backup running): a query after a stop sees STOPPED soon after it is.
   */
  private unlessInMotion<T>(ttlMs: number, inMotion: (value: T) => boolean): CacheTtl<T> {
    return (value) => (inMotion(value) ? Math.min(ttlMs, this.transport.inMotionTtlMs) : ttlMs);
  }

  private cachedGet<T>(
    path: string,
    ttlMs: CacheTtl<T>,
    parse: (result: unknown) => T,
    options?: GetOrLoadOptions,
  ): Promise<T> {
    return this.transport.cache.getOrLoad(
      this.fingerprint,
      exactKey(path),
      ttlMs,
      async (signal) => parse(unwrapEnvelope(await this.send('GET', path, undefined, signal), true)),
      { ...options, signal: this.signal, reads: this.reads },
    );
  }

  /**
   * A write, then the invalidation of what it can have changed, whether or not its answer arrived
   * (a timeout may come after the upstream committed); on Redis, done for every replica on return.
   */
  private async write(method: HttpRequest['method'], path: string, body: unknown, invalidates: readonly string[] = []): Promise<unknown> {
    this.reads?.other();
    try {
      return unwrapEnvelope(await this.send(method, path, body), method !== 'DELETE');
    } finally {
      await Promise.all(invalidates.map((stale) => this.transport.cache.invalidate(this.fingerprint, exactKey(stale))));
    }
  }

  private async send(method: HttpRequest['method'], path: string, body?: unknown, signal = this.signal): Promise<unknown> {
    const response = await this.transport.http.request(this.request(method, path, body), signal);
    return response.json;
  }

  private request(method: HttpRequest['method'], path: string, body?: unknown): HttpRequest {
    const headers: Record<string, string> = { authorization: this.authorization, accept: 'application/json' };
    if (this.requestId) headers['x-request-id'] = this.requestId;
    return { method, path, headers, body, fingerprint: this.fingerprint };
  }
}

/** Unwraps `{status, requestId, result}`; a success without `result` is a protocol error. */
function unwrapEnvelope(json: unknown, resultRequired: boolean): unknown {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    if (!resultRequired) return undefined;
    throw new UpstreamProtocolError('clickhouse', 'a response without the expected envelope');
  }
  const envelope = json as { result?: unknown };
  if (resultRequired && !('result' in envelope)) {
    throw new UpstreamProtocolError('clickhouse', 'a response envelope without a result');
  }
  return envelope.result;
}
