/**
 * What an upstream resource group *is*, as data: its path, fields, references, filters, parent,
 * operations, cache lifetime and progress. Both APIs are described in this one language; what
 * differs between them (auth, envelope or DRF, id scalar, paging, nesting) is their profile
 * (./profile.ts). Three interpreters read a description: the upstream client, the schema and the
 * simulator. A description holds facts only, never behaviour.
 */

import type { ApiName } from './profile.js';

/** Scalars a field can carry (GraphQL scalar names of this schema). */
export type ScalarType = 'String' | 'Boolean' | 'Int' | 'Float' | 'SafeInt' | 'DateTime' | 'Date' | 'JSON' | 'DivioId' | 'UUID';

/** An uploaded file (the GraphQL multipart request spec), sent upstream as a multipart part. */
export type FileType = 'File';

/** A closed set of upstream strings, exposed as a GraphQL enum with an UNKNOWN fallback. */
export interface EnumType {
  /** GraphQL enum name, e.g. `DivioBackupState`. */
  enum: string;
  /** The upstream values, as the seed lists them. */
  values: readonly string[];
  description: string;
  /** What each upstream value means to a user (the GraphQL value's description), keyed by value. */
  meanings: Readonly<Record<string, string>>;
  /** GraphQL value names where SCREAMING_CASE of the upstream value would not read well (`-name`). */
  names?: Readonly<Record<string, string>>;
  /** Only ever sent (orderings, modes): no UNKNOWN fallback value, which only reading needs. */
  inputOnly?: boolean;
}

/** The id of another resource: exposed as that object, and the raw id as `<name>Id`. */
export interface RefType {
  ref: string;
}

/** A list of ids of another resource: exposed as a connection, and the raw ids as `<singular>Ids`. */
export interface RefListType {
  refs: string;
}

/** A list of scalars or enum values. */
export interface ListType {
  list: ScalarType | EnumType;
}

/**
 * Small objects the seed shows the shape of, without an id of their own: a GraphQL object type.
 * A list, or (with `keyedBy`) an upstream object keyed by an id, read as a list whose items
 * carry that key as a field.
 */
export interface ObjectListType {
  /** GraphQL object type name. */
  objects: string;
  description: string;
  fields: readonly FieldSpec[];
  keyedBy?: FieldSpec;
  /** Older payloads give an item as a bare string: it is this field of the item. */
  fromString?: string;
  /** One object, not a list of them (a nested object of the ClickHouse spec). */
  single?: boolean;
}

export type FieldType = ScalarType | EnumType | RefType | RefListType | ListType | ObjectListType;

export interface FieldSpec {
  /** The upstream (snake_case) key; `*` is the whole object as received (a list the seed shows no field of). */
  key: string;
  type: FieldType;
  /** What the field means, in our words. */
  description: string;
  /** GraphQL name when camelCase(key) would mislead (a ref's name is the object's name). */
  name?: string;
  /**
   * The upstream embeds the referenced object (not only its id): it is read in place, and given
   * `backReference` = the holder's id when the embedded copy leaves that out.
   */
  embedded?: { backReference?: string };
  /** Why the field is here though the seed does not show it (what real responses carry). */
  beyondSeed?: string;
  /**
   * The field holds the raw id of another group's object (ClickHouse `serviceId` -> Service): it is
   * also exposed as that object, loaded through the batched loaders.
   */
  link?: string;
  /** Only the object's own GET carries it (its list does not): read from there for an object a list gave. */
  detail?: boolean;
  /** Names older API versions gave the field (ClickHouse's `regionId`), read when the key is absent. */
  olderKeys?: readonly string[];
  /**
   * Every object has it (API.md's `application: Application!`): non-null in the schema. A missing
   * enum reads as UNKNOWN and a missing list as empty, so a newer upstream never fails a query.
   */
  nonNull?: boolean;
}

/** A list of small input objects (CreateBackupRestore's `service_instance_restores`). */
export interface InputObjectListType {
  /** GraphQL input type name. */
  inputObjects: string;
  description: string;
  fields: readonly InputSpec[];
  /** One object, not a list of them. */
  single?: boolean;
}

/**
 * Changes to a list, as ClickHouse takes them: `{ add: [...], remove: [...] }` (removals first).
 * The GraphQL input type is named `patch`; its items are scalars or input objects.
 */
export interface InputPatchType {
  patch: string;
  description: string;
  of: ScalarType | InputObjectListType;
}

/**
 * A field a write operation takes. Refs take ids (global or raw). The key `*` is an open JSON
 * object whose members become the body (AdditionalDomainAction takes any properties).
 */
export interface InputSpec {
  key: string;
  type: ScalarType | FileType | EnumType | RefType | RefListType | ListType | InputObjectListType | InputPatchType;
  description: string;
  name?: string;
  /** Files: the media types the upstream takes (`image/png`); any when absent. */
  mediaTypes?: readonly string[];
  /** Required by the upstream (on create; PUT-style updates are sent as PATCH, so never there). */
  required?: boolean;
  /** Longest string, as the seed states (`<= 255 characters`). */
  maxLength?: number;
  /** Shortest string, as the seed states (`[ 3 .. 32 ] characters`). */
  minLength?: number;
  /** Accepts null (clears the value upstream). */
  nullable?: boolean;
  /** A regular expression (source) the whole string must match, and what to say when it does not. */
  pattern?: { source: string; message: string };
  /** Smallest and largest number, as the seed states (`[ 1 .. 1000 ]`). */
  min?: number;
  max?: number;
  /** Most items of a list. */
  maxItems?: number;
  /** The string must be an absolute URL. */
  url?: boolean;
}

/** A list filter: one query parameter of the List operation. */
export interface FilterSpec {
  key: string;
  type: ScalarType | EnumType | RefType;
  description: string;
  name?: string;
  /** The parameter may repeat (`?uuid=a&uuid=b` means either). */
  many?: boolean;
  /** A top-level argument of the list field (ordering) rather than a field of its filter. */
  argument?: boolean;
  /** ClickHouse: sent upstream as the list's query parameter (activities `from_date`), not applied in the gateway. */
  upstream?: boolean;
}

/** An action on one object (POST `{path}/{id}/{action}/`) or on the collection. */
export interface ActionSpec {
  /** The seed's operation name, e.g. `MakePrimaryDomain`; the mutation is its lower-camel form. */
  operation: string;
  /** Path segment after the id (or after the collection when `onCollection`). */
  path: string;
  /** The HTTP method; default POST (a Delete<X><Thing> operation is a DELETE of its path; ClickHouse commands PATCH). */
  method?: 'POST' | 'DELETE' | 'PATCH' | 'PUT';
  /** The GraphQL mutation where it is not the operation's lower-camel form (API.md's `startService`). */
  mutation?: string;
  /** Fixed members of the body (a state command's `{ command: 'start' }`). */
  fixedBody?: Readonly<Record<string, string>>;
  /** The spec marks the operation deprecated, and why: the mutation carries `@deprecated`. */
  deprecated?: string;
  description: string;
  /**
   * Inputs sent as the request's query parameters rather than in its body (CreateDeploymentsInBulk
   * takes the filters of the environments to deploy that way, and no body).
   */
  /**
   * The action is sent to the URL the object's field holds (a webhook's `trigger_url`), not to a
   * path built from `path` (which then only says where that URL is expected to lead). The URL must
   * be on the API's own origin: nothing is sent elsewhere.
   */
  urlField?: string;
  query?: readonly InputSpec[];
  input?: readonly InputSpec[];
  /** A path parameter after the action segment (AdditionalDomainAction's `domain_action`). */
  pathArgument?: InputSpec;
  /** Extra payload fields read from the action's response. */
  result?: readonly FieldSpec[];
  /** The action creates nothing and addresses no object (e.g. UploadBackups). */
  onCollection?: boolean;
  /** Other groups whose cached reads the action can change. */
  invalidates?: readonly string[];
  /** The path is not confirmed by a public client: it follows the DRF action pattern. */
  guessed?: boolean;
  /**
   * What the payload's object is: the object acted on (default), the one the response names (a
   * copy), or none (the object is gone: the payload carries its `id` and `uuid` instead).
   */
  payloadObject?: 'subject' | 'response' | 'none';
  /** An input that must equal a field of the object (a typed confirmation), checked before the call. */
  confirms?: { input: string; field: string };
}

/**
 * A read of one object that answers something other than the object (GET `{group}/{id}/{path}/`):
 * a field on the object named for what it returns (`Environment.metrics`, `Cronjob.logs`).
 */
export interface ViewSpec {
  /** The seed's operation name, e.g. `GetEnvironmentMetrics`. */
  operation: string;
  /** Path segment after the id. */
  path: string;
  /** The GraphQL field on the object. */
  field: string;
  description: string;
  /** Query parameters, checked like inputs before any upstream call. */
  arguments?: readonly InputSpec[];
  /**
   * The answer's shape: one object, or a list of them (an array, or DRF's `results`). The object
   * type's fields are the answer's keys.
   */
  result?: ObjectListType;
  /** The spec marks the read deprecated: the field carries `@deprecated`. */
  deprecated?: string;
  /** A path parameter after the view's path (`clickhouseSettings/{settingName}`): an argument of the field, and of its writes. */
  pathArgument?: InputSpec;
  /** `text`: a non-JSON answer (Prometheus exposition), read as a String. */
  answer: 'object' | 'list' | 'text';
  /** The view is also written (ClickHouse's PATCH backupConfiguration): its operation and mutation. */
  update?: { operation: string; mutation: string; description: string; input: readonly InputSpec[] };
  /**
   * Writes of a one-per-object view (ClickHouse): POST creates or replaces it (`upsert<Type>`),
   * PATCH or PUT changes it (`update<Type>`), DELETE removes it (`delete<Type>`).
   */
  writes?: readonly {
    operation: string;
    mutation: string;
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    description: string;
    input: readonly InputSpec[];
    deprecated?: string;
    /** The write answers with another shape than the view's. */
    result?: ObjectListType;
  }[];
  /** Fresh for this long in the shared cache (views change faster than their objects). */
  ttlMs: number;
  /** The path is not confirmed by a public client: it follows the DRF action pattern. */
  guessed?: boolean;
}

/** `key` holds one of `values`, or (without values) any non-null value. */
export interface Condition {
  key: string;
  values?: readonly (string | boolean)[];
}

export interface ProgressSpec {
  /** The subscription field, e.g. `divioBackupUpdated`. */
  subscription: string;
  /** Finished when any of these conditions holds. */
  doneWhen: Condition | readonly Condition[];
  /**
   * The work is carried by child objects (a download's per-service parts): the object is finished
   * when it has children and every child listed by `filter` = the object's id meets `doneWhen`.
   */
  children?: { group: string; filter: string };
}

export interface ResourceDescription {
  /** The seed's group, which is also the path segment (`service-instance-backups`). */
  group: string;
  /** The API it belongs to, whose profile its interpreters apply; Divio when absent. */
  api?: ApiName;
  /**
   * The collection's path under the profile's prefix when it is nested (ClickHouse:
   * `organizations/{organizationId}/services`); the group when absent. Each `{param}` is the id of
   * an ancestor, and the object's own id follows as `idParam`.
   */
  path?: string;
  /** The path parameter of one object (`serviceId`); its global id is the path's ids and this, joined. */
  idParam?: string;
  /** The field holding the object's id where it is not the profile's (`userId`, `quotaCode`). */
  idKey?: string;
  /** The list answer is an object holding the items under this key (`items`), not the items. */
  listKey?: string;
  /** GraphQL type name (`ServiceInstanceBackup`, `DivioBackup`). */
  type: string;
  /** camelCase plural for root lists (`serviceInstanceBackups`, `divioBackups`). */
  plural: string;
  /**
   * The root field of one object where the type's camelCase would be the plural too
   * (`environmentMetricMetadata` is the list, so one entry is `environmentMetricMetadataEntry`).
   */
  singularField?: string;
  description: string;
  /** The upstream's operation names (Divio seed names, ClickHouse operationIds), for the contract test. */
  operations: {
    list?: string;
    get?: string;
    create?: string;
    update?: string;
    partialUpdate?: string;
    destroy?: string;
  };
  fields: readonly FieldSpec[];
  filters?: readonly FilterSpec[];
  /**
   * How many objects by id are fetched at once: `filter` (the list takes repeated `uuid`), `catalog`
   * (a small list every caller shares: load it whole) or `each` (one detail GET per id).
   */
  batch: 'filter' | 'catalog' | 'each';
  /**
   * The parent a list is filtered by, and the connection the parent gets. `handWritten`: a
   * hand-written loader serves that connection with fewer calls (organization-wide lists).
   */
  parent?: {
    type: string;
    filter: string;
    field: string;
    description: string;
    handWritten?: boolean;
    /** The child's own field naming its parent (ClickHouse: `Service.organization`), non-null. */
    link?: { field: string; description: string };
    /** The parent's field reaching one child by its id (ClickHouse: `Organization.service(uuid:)`). */
    one?: { field: string; description: string };
    /** The parent's field holding the first of its list, in the list's order (`Service.latestBackup`). */
    first?: { field: string; description: string };
  };
  /** GraphQL names API.md fixes where the seed's would differ: seed operation -> mutation base name. */
  renamed?: Readonly<Record<string, string>>;
  create?: readonly InputSpec[];
  /**
   * A creation answers with more than the object (ClickHouse's `{ service, password }`): the object
   * is under `objectKey`, and `fields` are the rest, shown once in the payload.
   */
  createResult?: { objectKey?: string; fields: readonly FieldSpec[] };
  update?: readonly InputSpec[];
  /** What the create, update and delete mutations do, in a user's words, where more than the generic sentence. */
  writeDescriptions?: { create?: string; update?: string; destroy?: string };
  /** The update replaces the object (ClickStack's PUT) rather than patching it: sent as PUT. */
  updateMethod?: 'PUT';
  /** The payload type every write answering with the object alone shares (API.md's `ServicePayload`). */
  objectPayload?: string;
  actions?: readonly ActionSpec[];
  views?: readonly ViewSpec[];
  /** Other groups whose cached reads a create/update/delete can change. */
  invalidates?: readonly string[];
  /** Fresh for this long in the shared cache. */
  ttlMs: number;
  /** The order the API documents for its lists (e.g. newest first), restored defensively. */
  order?: { key: string; descending: boolean };
  progress?: ProgressSpec;
  /**
   * Subscriptions fed by one shared poller of the parent's list: `one` follows one object by id
   * (`serviceUpdated(id:)`), `all` every object of the parent (`organizationServicesUpdated`),
   * starting with all of them or, with `initial: 'first'`, with the first in the list's order.
   */
  live?: {
    one?: { field: string; description: string };
    all?: { field: string; description: string; initial?: 'first' };
  };
  /**
   * An object meeting this is in motion (a service starting, a backup running): while a read holds
   * one, it is fresh for no longer than the in-motion TTL, so a change shows within seconds.
   */
  inMotion?: Condition;
  /**
   * The object is one per key, and reached through its list (ClickHouse answers a service from
   * its organization's list): the list operation also loads objects by id.
   */
  loadedFromList?: boolean;
}
