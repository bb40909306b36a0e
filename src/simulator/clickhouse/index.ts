/**
 * Embedded, stateful ClickHouse Cloud API simulator served on loopback. Used by the
 * gateway's tests and by `npm start` when no upstream is configured.
 */
export { startClickHouseSimulator } from './server.js';
export { CLICKHOUSE_SEED } from './seed.js';
export type { ClickHouseSimulator, ClickHouseSimulatorOptions, RecordedRequest } from './types.js';
export type { FaultControl, FaultHandle, FaultRule } from '../core/faults.js';
