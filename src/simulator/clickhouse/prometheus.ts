/**
 * Prometheus exposition text shaped like ClickHouse Cloud's `/prometheus` endpoints:
 * metric families with HELP/TYPE lines, labelled with organization and service.
 * Counters grow with the service's age so consecutive scrapes look alive.
 */
import { createHash } from 'node:crypto';
import type { OrganizationRecord, ServiceRecord } from './types.js';

/** Prometheus text exposition format, version 0.0.4. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
const GIB = 1024 ** 3;

interface MetricFamily {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'untyped';
  /** Value for one replica; `seed` is a stable per-service number in [0, 1). */
  value: (ctx: { uptimeSeconds: number; seed: number; replica: number }) => number;
}

/** Per-replica metric families, only reported while the service is up. */
const REPLICA_FAMILIES: readonly MetricFamily[] = [
  {
    name: 'ClickHouseProfileEvents_Query',
    help: 'Number of queries to be interpreted and potentially executed.',
    type: 'counter',
    value: ({ uptimeSeconds, seed, replica }) => Math.floor(uptimeSeconds * (0.5 + seed) * (1 + replica / 10)),
  },
  {
    name: 'ClickHouseProfileEvents_SelectQuery',
    help: 'Same as Query, but only for SELECT queries.',
    type: 'counter',
    value: ({ uptimeSeconds, seed, replica }) => Math.floor(uptimeSeconds * (0.4 + seed * 0.8) * (1 + replica / 10)),
  },
  {
    name: 'ClickHouseProfileEvents_InsertedRows',
    help: 'Number of rows INSERTed to all tables.',
    type: 'counter',
    value: ({ uptimeSeconds, seed }) => Math.floor(uptimeSeconds * (1_000 + seed * 20_000)),
  },
  {
    name: 'ClickHouseMetrics_TCPConnection',
    help: 'Number of connections to TCP server (clients with native interface), also included server-server distributed query connections',
    type: 'gauge',
    value: ({ seed, replica }) => 2 + Math.floor(seed * 20) + replica,
  },
  {
    name: 'ClickHouseMetrics_Query',
    help: 'Number of executing queries',
    type: 'gauge',
    value: ({ seed }) => 1 + Math.floor(seed * 5),
  },
  {
    name: 'ClickHouseAsyncMetrics_TotalBytesOfMergeTreeTables',
    help: 'Total amount of bytes (compressed, including data and indices) stored in all tables of MergeTree family.',
    type: 'gauge',
    value: ({ seed }) => Math.round((20 + seed * 480) * GIB),
  },
];

const escapeLabel = (value: string): string => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function labels(pairs: Record<string, string>): string {
  return `{${Object.entries(pairs).map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(',')}}`;
}

/** A stable number in [0, 1) per service, so each one has its own traffic profile. */
function serviceSeed(serviceId: string): number {
  return createHash('sha256').update(serviceId).digest().readUInt32BE(0) / 2 ** 32;
}

const isUp = (service: ServiceRecord): boolean => service.state === 'running' || service.state === 'idle';

/** Exposition text for several services of one organization, one HELP/TYPE block per family. */
export function organizationMetrics(
  organization: OrganizationRecord,
  services: readonly ServiceRecord[],
  now: number,
): string {
  const lines: string[] = [
    '# HELP ClickHouse_ServiceInfo Information about service, including cluster status and ClickHouse version',
    '# TYPE ClickHouse_ServiceInfo untyped',
  ];
  const base = (service: ServiceRecord) => ({
    clickhouse_org: organization.id,
    clickhouse_service: service.id,
    clickhouse_service_name: service.name,
  });
  for (const service of services) {
    const info = { ...base(service), clickhouse_cluster_status: service.state, clickhouse_version: service.clickhouseVersion };
    lines.push(`ClickHouse_ServiceInfo${labels(info)} 1`);
  }
  for (const family of REPLICA_FAMILIES) {
    const samples: string[] = [];
    for (const service of services.filter(isUp)) {
      const uptimeSeconds = Math.max(0, (now - service.createdAt) / 1000);
      const seed = serviceSeed(service.id);
      for (let replica = 0; replica < service.numReplicas; replica += 1) {
        const hostname = `c-${service.hostId}-server-${replica}`;
        const value = family.value({ uptimeSeconds, seed, replica });
        samples.push(`${family.name}${labels({ ...base(service), hostname, instance: hostname })} ${value}`);
      }
    }
    // A family with no samples (every service stopped) is left out entirely.
    if (samples.length === 0) continue;
    lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`, ...samples);
  }
  return `${lines.join('\n')}\n`;
}

export function serviceMetrics(organization: OrganizationRecord, service: ServiceRecord, now: number): string {
  return organizationMetrics(organization, [service], now);
}
