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

export type BuildMode = 'AUTO' | 'ADOPT' | 'FORCE';

export interface ApplicationCreateBody {
  name: string;
  slug: string;
  organisation: string;
  region: string;
  plan_group: string;
  app_template?: string | null;
  repository?: string | null;
  branch?: string;
}

export interface ApplicationPatchBody {
  name?: string;
  maintenance_window_start?: number;
  maintenance_window_duration?: number;
  port?: number | null;
  startup_probe_max_retries?: number;
  startup_probe_request_timeout?: number;
  startup_probe_retry_timeout?: number;
  release_commands?: unknown[];
  tags?: unknown[];
}

export interface EnvironmentCreateBody {
  application: string;
  slug: string;
  branch: string;
  alternative_dockerfile?: string | null;
}

export interface EnvironmentPatchBody {
  branch?: string;
  alternative_dockerfile?: string | null;
}

export interface DeploymentCreateBody {
  environment: string;
  build_mode: BuildMode;
  copy_from?: string | null;
  adopt_deployment?: string;
  provision_services?: boolean;
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
