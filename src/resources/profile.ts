/**
 * What differs between the two described APIs, as data: one profile per API, read by the same
 * client, schema and simulator interpreters. Everything else about a resource group is its
 * description (./types.ts).
 */

export type ApiName = 'divio' | 'clickhouse';

export interface ApiProfile {
  api: ApiName;
  /** How the operation names appear in field descriptions (API.md: `(ClickHouse: x)`, `(Divio: Y)`). */
  label: 'ClickHouse' | 'Divio';
  /** Every path starts here. */
  prefix: string;
  /** Divio's DRF paths end with a slash; ClickHouse's do not. */
  trailingSlash: boolean;
  /** `basic`: HTTP Basic with a key id and secret; `token`: `Authorization: Token <token>`. */
  auth: 'basic' | 'token';
  /** `envelope`: `{status, requestId, result}` / `{status, error}`; `drf`: bare bodies, DRF errors. */
  response: 'envelope' | 'drf';
  /** `none`: a list is one array; `drf`: `{count, next, previous, results}` pages walked by cursor. */
  paging: 'none' | 'drf';
  /** The object's id key in upstream bodies, and the GraphQL scalar of its `uuid` field. */
  idKey: 'id' | 'uuid';
  idScalar: 'UUID' | 'DivioId';
  /**
   * How a global id's key is made: `own` (the object's id alone; every Divio path is flat) or
   * `path` (the ids of the path from the root, joined by `:`, as `org:service:backup`, since a
   * ClickHouse object is only addressable under its ancestors).
   */
  globalKey: 'own' | 'path';
  /** The path parameter of one object when its description names none (Divio's `{group}/{uuid}/`). */
  itemParam?: string;
  /** The method of a description's `update` operation unless it says (`updateMethod`): DRF's update is a PUT, its partial update a PATCH. */
  updateMethod: 'PATCH' | 'PUT';
}

export const DIVIO_PROFILE: ApiProfile = {
  api: 'divio',
  label: 'Divio',
  prefix: '/apps/v3/',
  trailingSlash: true,
  auth: 'token',
  response: 'drf',
  paging: 'drf',
  idKey: 'uuid',
  idScalar: 'DivioId',
  globalKey: 'own',
  itemParam: 'uuid',
  updateMethod: 'PUT',
};

export const CLICKHOUSE_PROFILE: ApiProfile = {
  api: 'clickhouse',
  label: 'ClickHouse',
  prefix: '/v1/',
  trailingSlash: false,
  auth: 'basic',
  response: 'envelope',
  paging: 'none',
  idKey: 'id',
  idScalar: 'UUID',
  globalKey: 'path',
  updateMethod: 'PATCH',
};

export const PROFILES: Readonly<Record<ApiName, ApiProfile>> = { divio: DIVIO_PROFILE, clickhouse: CLICKHOUSE_PROFILE };

export function profileOf(resource: { api?: ApiName }): ApiProfile {
  return PROFILES[resource.api ?? 'divio'];
}
