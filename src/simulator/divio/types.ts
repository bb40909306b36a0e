/**
 * Public option/handle types of the Divio API simulator, and the user a token stands for. The
 * records themselves are wire-shaped (records.ts), read through the descriptions.
 */
import type { FaultControl } from '../core/faults.js';

export interface DivioSimulatorOptions {
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
   * Requests admitted per token in any sliding window of `windowMs`; `null` enforces none
   * (Divio publishes no limit). Beyond it: 429 with DRF's throttle message and Retry-After.
   * @default null
   */
  rateLimit?: { limit: number; windowMs: number } | null;
  /**
   * Time between two progress steps (+25 %) of a running deployment, and between two steps of
   * every other piece of simulated work (backups, downloads, restores, provisioning).
   * @default 1000
   */
  deploymentStepMs?: number;
  /**
   * Largest `page_size` honoured; larger values are clamped to it, as DRF's `max_page_size` does.
   * @default 100
   */
  maxPageSize?: number;
  /**
   * Page size when the request gives none (or an invalid one).
   * @default 20
   */
  defaultPageSize?: number;
}

/** One request as the simulator saw it; tests use these to count upstream calls. */
export interface DivioRecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Raw query string without '?' ('' if none). */
  query: string;
  /** The token's public id from the seed (e.g. 'acme-ops'), never the secret; null if auth failed. */
  token: string | null;
  status: number;
  /** Arrival time, `Date.now()`. */
  at: number;
  /** The W3C `traceparent` the request carried (a gateway with tracing on sends one). */
  traceparent?: string;
}

export interface DivioSimulator {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:43123`; clients append `/apps/v3/...`. */
  url: string;
  /**
   * Every request received, in arrival order (401, 404, 429 and faulted ones included; requests to
   * the `/__simulator/` control surface excluded). A faulted request has token null (it was never
   * authenticated) and the injected status, or 0 for a reset or hung one.
   */
  requests: DivioRecordedRequest[];
  clearRequests(): void;
  /**
   * Fault injection, applied after recording and before URL resolution, authentication and
   * throttling (see ../core/faults.ts); also reachable over HTTP at `/__simulator/faults` (see
   * ../core/faults-http.ts).
   */
  faults: FaultControl;
  /**
   * A test hook: from now on the deployment's `status` reads `word` whatever its progress (while it
   * runs and after it ends); null gives the platform its own words back. Progress, `ended_at` and
   * `success` move as before, so tests can check that clients decide on those and never on the
   * status (a deployment that says `done` while running, or a word no client knows yet). Throws when
   * no deployment has the id.
   */
  forceDeploymentStatus(id: string, word: string | null): void;
  /** Stops all deployment timers and the server, dropping open keep-alive connections and delayed or hung requests. */
  close(): Promise<void>;
}

/** A seed token: its public id, its secret and the organisations its user belongs to. */
export interface TokenRecord {
  id: string;
  token: string;
  organisations: string[];
  /** The user's membership id per organisation (deployments carry it as `org_membership`). */
  memberships: Record<string, string>;
}
