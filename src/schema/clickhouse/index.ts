/**
 * The ClickHouse half of the schema, from its descriptions: every group's node, fields, parent
 * connection and views (nodes.ts), then its writes (mutations.ts). Subscriptions are in
 * ../live/clickhouse.ts.
 */
import { CLICKHOUSE_RESOURCES } from '../../resources/clickhouse/index.js';
import { defineClickHouseMutations } from './mutations.js';
import { defineClickHouseNodes } from './nodes.js';

export function defineClickHouseResources(): void {
  defineClickHouseNodes(CLICKHOUSE_RESOURCES);
  for (const resource of CLICKHOUSE_RESOURCES) defineClickHouseMutations(resource);
}
