/**
 * Embedded, stateful Divio API (apps/v3) simulator served on loopback. Used by the gateway's
 * tests and by `npm start` when no upstream is configured.
 */
export { startDivioSimulator } from './server.js';
export { DIVIO_SEED } from './seed.js';
export type { DivioSeed, DivioSeedApplication, DivioSeedEnvironment } from './seed.js';
export type { DivioSeedEnvironmentResources, DivioSeedResources } from './seed-resources.js';
export type { DivioRecordedRequest, DivioSimulator, DivioSimulatorOptions } from './types.js';
export type { FaultControl, FaultHandle, FaultRule } from '../core/faults.js';
