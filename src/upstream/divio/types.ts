/**
 * Divio apps/v3 DTOs. The seed collapses nested shapes and the API grows fields often, so each DTO
 * keeps the identifying fields the gateway relies on, typed and validated, plus the whole `raw`
 * object from which the graph reads every other documented field defensively.
 */

export interface DivioObject {
  uuid: string;
  /** The upstream object as received, for the fields the graph exposes one by one or as JSON. */
  raw: Readonly<Record<string, unknown>>;
}

export interface ApplicationDto extends DivioObject {
  name: string;
  slug: string;
  /** Organisation uuid; null if the upstream omitted it. */
  organisation: string | null;
}

export interface EnvironmentDto extends DivioObject {
  slug: string;
  /** Application uuid, whether the upstream sent a uuid string or an object carrying it. */
  application: string;
  /** The application's organisation when the upstream embedded the application object. */
  organisation: string | null;
}

export interface DeploymentDto extends DivioObject {
  /** Environment uuid, whether sent as a string or an object. */
  environment: string;
  startedAt: string | null;
}

/** DRF page: `{count, next, previous, results}`. */
export interface PageDto {
  count: number;
  next: string | null;
  results: unknown[];
}

/** Query options of GET /environments/{uuid}/logs/ (seed names). */
export interface EnvironmentLogsQuery {
  limit?: number;
  from_ts?: string;
  to_ts?: string;
  search_query?: string;
  search_after?: string;
  search_before?: string;
  service?: string;
  container?: string;
  action?: string;
  version?: string;
}

/** One upstream page of environment logs: records newest first, links to older and newer pages. */
export interface EnvironmentLogsDto {
  previous: string | null;
  next: string | null;
  results: unknown[];
}

/** Records gathered across pages, and cursors (record timestamps) to read on either side. */
export interface EnvironmentLogsResult {
  results: unknown[];
  /** `search_before` value for older records, when there are more. */
  olderThan: string | null;
  /** `search_after` value for newer records, when the window has newer ones. */
  newerThan: string | null;
}
