/**
 * Per-request context: who is calling (credentials from headers or server-held), the upstream
 * clients bound to those credentials, and the per-request loaders. Nothing here outlives the
 * request; what is shared across requests lives in the transports (keyed by fingerprint).
 */
import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { Config } from './config.js';
import {
  clickHouseCredential,
  parseClickHouseKeyHeader,
  type ClickHouseCredential,
} from './upstream/credentials.js';
import { ClickHouseClient } from './upstream/clickhouse/client.js';
import type { ClickHouseTransport } from './upstream/clickhouse/transport.js';
import type { BackupDto, ServiceDto } from './upstream/clickhouse/types.js';

/** Long-lived collaborators shared by every request. */
export interface GatewayDeps {
  config: Config;
  clickhouse: ClickHouseTransport;
}

/** A service together with the organization that owns it (the API only addresses it that way). */
export interface ServiceRecord extends ServiceDto {
  organizationId: string;
}

export interface BackupRecord extends BackupDto {
  organizationId: string;
}

export interface RequestLoaders {
  /** organizationId -> its services, one upstream list per organization per request. */
  servicesByOrganization: DataLoader<string, ServiceRecord[]>;
  /** "organizationId:serviceId" -> that service's backups, most recent first. */
  backupsByService: DataLoader<string, BackupRecord[]>;
}

export interface Context {
  requestId: string;
  /** The ClickHouse client for this request's credential; throws a coded error when there is none. */
  clickhouse(): ClickHouseClient;
  loaders: RequestLoaders;
}

/** Header names of API.md. */
export const CLICKHOUSE_KEY_HEADER = 'x-clickhouse-key';
export const REQUEST_ID_HEADER = 'x-request-id';
/** A client-sent request id is kept only when it is short and plain, so it is safe to log and forward. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

export interface HeaderSource {
  get(name: string): string | null | undefined;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', upstream: 'clickhouse' } });
}

function resolveClickHouseCredential(
  config: Config,
  headers: HeaderSource,
): { credential: ClickHouseCredential } | { error: GraphQLError } {
  const header = headers.get(CLICKHOUSE_KEY_HEADER);
  if (header !== null && header !== undefined) {
    const parsed = parseClickHouseKeyHeader(header);
    return parsed.ok ? { credential: parsed.credential } : { error: unauthenticated(parsed.reason) };
  }
  if (config.clickhouse.key) {
    return { credential: clickHouseCredential(config.clickhouse.key.keyId, config.clickhouse.key.keySecret) };
  }
  return {
    error: unauthenticated(
      'No ClickHouse Cloud credentials: send the x-clickhouse-key header ("<keyId>:<keySecret>") or configure CLICKHOUSE_API_KEY_ID and CLICKHOUSE_API_KEY_SECRET',
    ),
  };
}

export function createLoaders(clickhouse: () => ClickHouseClient): RequestLoaders {
  return {
    servicesByOrganization: new DataLoader(async (organizationIds) =>
      Promise.all(
        organizationIds.map(async (organizationId) => {
          try {
            const services = await clickhouse().listServices(organizationId);
            return services.map((service) => ({ ...service, organizationId }));
          } catch (error) {
            return error as Error;
          }
        }),
      ),
    ),
    backupsByService: new DataLoader(async (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const [organizationId = '', serviceId = ''] = key.split(':');
          try {
            const backups = await clickhouse().listBackups(organizationId, serviceId);
            return backups.map((backup) => ({ ...backup, organizationId }));
          } catch (error) {
            return error as Error;
          }
        }),
      ),
    ),
  };
}

export function createContext(deps: GatewayDeps, headers: HeaderSource): Context {
  const clientRequestId = headers.get(REQUEST_ID_HEADER);
  const requestId = clientRequestId && CLIENT_REQUEST_ID.test(clientRequestId) ? clientRequestId : randomUUID();
  const resolved = resolveClickHouseCredential(deps.config, headers);
  let client: ClickHouseClient | undefined;
  const clickhouse = (): ClickHouseClient => {
    if ('error' in resolved) throw resolved.error;
    client ??= new ClickHouseClient(deps.clickhouse, resolved.credential, requestId);
    return client;
  };
  return { requestId, clickhouse, loaders: createLoaders(clickhouse) };
}
