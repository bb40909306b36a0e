/**
 * Public option/handle types of the ClickHouse Cloud simulator, plus the internal
 * record types its store keeps. Records hold domain values (epoch millis, flags);
 * dto.ts maps them to the wire shape of the OpenAPI spec.
 */
import type { FaultControl } from '../core/faults.js';

export interface ClickHouseSimulatorOptions {
  /**
   * TCP port to listen on; 0 picks a free ephemeral port.
   * @default 0
   */
  port?: number;
  /**
   * Interface to bind; the simulator is meant for loopback only.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * Requests allowed per API key in any sliding window of `windowMs`; `null` turns
   * enforcement off. The default is the published ClickHouse Cloud limit. Beyond it: 429 with
   * `error: "TOO_MANY_REQUESTS"`, Retry-After and X-RateLimit-Reset (seconds to wait).
   * @default { limit: 10, windowMs: 10_000 }
   */
  rateLimit?: { limit: number; windowMs: number } | null;
  /**
   * Delay of each timed state transition (starting->running, stopping->stopped,
   * provisioning->running, terminating->gone).
   * @default 4000
   */
  transitionMs?: number;
  /**
   * Time after which an in-progress backup becomes done.
   * @default 60_000
   */
  backupCompletionMs?: number;
  /**
   * Extra running services (three backups each) in the first seeded organization, for
   * benchmarks that need many services; they count against nothing and exist from the start.
   * @default 0
   */
  extraServices?: number;
}

/** One request as the simulator saw it; tests use these to count upstream calls. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** The authenticated key, or null when authentication failed. */
  keyId: string | null;
  status: number;
  /** Arrival time, `Date.now()`. */
  at: number;
  /** The W3C `traceparent` the request carried (a gateway with tracing on sends one). */
  traceparent?: string;
}

export interface ClickHouseSimulator {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:43123`; clients append `/v1/...`. */
  url: string;
  /**
   * Every request received, in arrival order (401, 429 and faulted ones included; requests to the
   * `/__simulator/` control surface excluded). A faulted request has keyId null (it was never
   * authenticated) and the injected status, or 0 for a reset or hung one.
   */
  requests: RecordedRequest[];
  clearRequests(): void;
  /**
   * Fault injection, applied after recording and before authentication and the rate limit (see
   * ../core/faults.ts); also reachable over HTTP at `/__simulator/faults` (see ../core/faults-http.ts).
   */
  faults: FaultControl;
  /** Stops all timers and the server, dropping open keep-alive connections and delayed or hung requests. */
  close(): Promise<void>;
}

export type Provider = 'aws' | 'gcp' | 'azure';

export type ServiceState =
  | 'starting'
  | 'stopping'
  | 'terminating'
  | 'provisioning'
  | 'awaking'
  | 'running'
  | 'stopped'
  | 'idle';

export type BackupStatus = 'done' | 'error' | 'in_progress';

export interface IpAccessEntry {
  source: string;
  description?: string;
}

export interface OrgPrivateEndpoint {
  id: string;
  description: string;
  cloudProvider: Provider;
  region: string;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  createdAt: number;
  /** Paid organizations get the higher memory ceilings of the seed's rules. */
  paid: boolean;
  privateEndpoints: OrgPrivateEndpoint[];
  enableCoreDumps: boolean;
}

export interface BackupConfigurationRecord {
  backupPeriodInHours: number;
  backupRetentionPeriodInHours: number;
  /** `HH:MM` UTC, or null when backups simply run every `backupPeriodInHours`. */
  backupStartTime: string | null;
}

export interface ServiceRecord {
  id: string;
  organizationId: string;
  name: string;
  provider: Provider;
  region: string;
  tier: string;
  state: ServiceState;
  clickhouseVersion: string;
  /** Host label, e.g. `k3x9q2m7pa`; endpoints and private DNS names derive from it. */
  hostId: string;
  minTotalMemoryGb: number;
  maxTotalMemoryGb: number;
  minReplicaMemoryGb: number;
  maxReplicaMemoryGb: number;
  numReplicas: number;
  idleScaling: boolean;
  idleTimeoutMinutes: number;
  ipAccessList: IpAccessEntry[];
  privateEndpointIds: string[];
  createdAt: number;
  iamRole: string;
  dataWarehouseId: string;
  isPrimary: boolean;
  encryptionKey?: string;
  encryptionAssumedRoleIdentifier?: string;
  /** Only a hash is kept, the way the real service never echoes a password back. */
  passwordHash: string;
  backupConfiguration: BackupConfigurationRecord;
}

export interface BackupRecord {
  id: string;
  serviceId: string;
  status: BackupStatus;
  type: 'full' | 'incremental';
  startedAt: number;
  /** Set once the backup is no longer in progress. */
  finishedAt: number | null;
  sizeInBytes: number;
}
