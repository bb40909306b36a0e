/**
 * Property-based tests: fast-check throws random inputs at every mutation, as a GraphQL variable
 * over real HTTP, and the gateway must answer with a typed result (the payload or ValidationError,
 * NotFoundError, ConflictError) or a GraphQL error carrying one of the documented codes; never an
 * internal error, a stack trace, a credential or the simulators' address. Variables that do not
 * coerce to the input type are GraphQL's own 400 and reach no resolver (no upstream call).
 * A second property fuzzes the credential headers.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CLICKHOUSE_SEED } from '../src/simulator/clickhouse/index.js';
import { DIVIO_SEED } from '../src/simulator/divio/index.js';
import {
  anyInt,
  anyJson,
  anyString,
  enumField,
  headerValue,
  idOf,
  inputOf,
  intField,
  listOf,
  mostly,
  stringOf,
  withCoercionNoise,
  EXISTING_GLOBAL_IDS,
  EXISTING_UUIDS,
  type Input,
} from './support/arbitraries.js';
import { organizationGlobalId, serviceGlobalId } from './support/ids.js';
import { ACME_SECOND_KEY, GLOBEX_KEY, UMBRELLA_TOKEN, keyHeader, startStack, tokenHeader, type Stack } from './support/stack.js';

/**
 * Runs per mutation property; 19 of them plus the header property stay well under a minute.
 * FUZZ_NUM_RUNS / FUZZ_SEED override them for a longer bug hunt (the defaults are fixed so a
 * failure reproduces).
 */
const NUM_RUNS = Number(process.env.FUZZ_NUM_RUNS ?? 80);
const HEADER_NUM_RUNS = 2 * NUM_RUNS;
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 0x0b5e_0000);
const PROPERTY_TIMEOUT_MS = 120_000;
/** Request logs off; warnings (e.g. an unexpected error being masked) still show. */
const QUIET = { LOG_LEVEL: 'warn' };

// ---------------------------------------------------------------------------------------------
// What every response must satisfy

const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'GATEWAY_TIMEOUT',
  'UPSTREAM_ERROR',
  'CONFLICT',
]);
const TYPED_ERRORS = ['ValidationError', 'NotFoundError', 'ConflictError'];
const MASKED_MESSAGE = 'Unexpected error.';
/** graphql-js's messages for a variable that does not coerce to its type. */
const COERCION_MESSAGE = /^Variable "\$input" (got invalid value |of required type "[A-Za-z]+!" was not provided\.|of non-null type "[A-Za-z]+!" must not be null\.)/;
/** A V8 stack frame ("at fn (/path/file.ts:12:34)", "at node:internal/...:1:2"). */
const STACK_FRAME = /\bat (?:async )?[^\n"]*?\(?(?:file:\/\/|node:|\/)[^\s)"]*:\d+:\d+\)?/;

/** Absolute path of this checkout (a response naming it reveals source locations). */
const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/** Every credential of the seeds: none may ever appear in a response. */
const SECRETS = [
  ...CLICKHOUSE_SEED.keys.flatMap((key) => [key.keySecret, `${key.keyId}:${key.keySecret}`]),
  ...DIVIO_SEED.tokens.map((token) => token.token),
];

interface GraphQLErrorJson {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

interface HttpResult {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorJson[] } | undefined;
}

async function post(stack: Stack, query: string, variables: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: HttpResult['body'];
  try {
    body = JSON.parse(text) as HttpResult['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

function fail(reason: string, result: HttpResult): never {
  const text = result.text.length > 4000 ? `${result.text.slice(0, 4000)}...` : result.text;
  throw new Error(`${reason}\n  HTTP ${result.status}: ${text}`);
}

/** The simulators' and the proxy's addresses (host:port), which a response must never reveal. */
function upstreamAddresses(stack: Stack): string[] {
  return [stack.simulator.url, stack.proxy.url, stack.divio.url].flatMap((url) => {
    const { host, port } = new URL(url);
    return [url.replace(/\/$/, ''), host, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
  });
}

/** No credential, no upstream address, no stack trace, no masked internal error. */
function checkHygiene(result: HttpResult, forbidden: readonly string[]): void {
  for (const secret of forbidden) {
    if (result.text.includes(secret)) fail(`the response contains ${JSON.stringify(secret)}`, result);
  }
  if (STACK_FRAME.test(result.text)) fail('the response contains a stack trace', result);
  if (result.text.includes(REPOSITORY_ROOT) || /node_modules|"stack(trace)?"\s*:|"originalError"\s*:/.test(result.text)) {
    fail('the response reveals internals (paths, stack, originalError)', result);
  }
  if (result.body === undefined) fail('the response is not JSON', result);
  for (const error of result.body.errors ?? []) {
    if (typeof error.message !== 'string') fail('an error without a message', result);
    if (error.message === MASKED_MESSAGE) fail('a masked internal error', result);
  }
}

function upstreamRequestCount(stack: Stack): number {
  return stack.simulator.requests.length + stack.divio.requests.length;
}

// ---------------------------------------------------------------------------------------------
// Input arbitraries, mutation by mutation

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const PROVIDERS = ['AWS', 'GCP', 'AZURE', 'UNKNOWN'];
const TIERS = [
  'DEDICATED_HIGH_CPU',
  'DEDICATED_HIGH_MEM',
  'DEDICATED_STANDARD',
  'DEDICATED_STANDARD_N2D_STANDARD_4',
  'DEDICATED_STANDARD_N2D_STANDARD_8',
  'DEDICATED_STANDARD_N2D_STANDARD_32',
  'DEDICATED_STANDARD_N2D_STANDARD_32_16SSD',
  'DEDICATED_STANDARD_N2D_STANDARD_64_24SSD',
  'DEDICATED_STANDARD_N2D_STANDARD_128',
  'DEVELOPMENT',
  'PRODUCTION',
  'UNKNOWN',
];
const BUILD_MODES = ['AUTO', 'ADOPT', 'FORCE'];

const validServiceName = stringOf(`${ALNUM} `, 1, 50);
const serviceName = mostly(validServiceName, anyString);
const validRegion = fc.constantFrom('us-east-1', 'eu-west-1', 'us-west-2', 'eu-central-1', 'us-east1', 'europe-west4', 'westus3', 'eastus2');
const region = mostly(validRegion, fc.oneof(stringOf('abcdefghijklmnopqrstuvwxyz0123456789-', 0, 45), anyString));
/** Provider and region pairs the upstream accepts together. */
const validPlacement = fc.constantFrom(
  { provider: 'AWS', region: 'us-east-1' },
  { provider: 'AWS', region: 'eu-west-1' },
  { provider: 'AWS', region: 'ap-southeast-2' },
  { provider: 'GCP', region: 'us-east1' },
  { provider: 'GCP', region: 'europe-west4' },
  { provider: 'AZURE', region: 'westus3' },
);
/** A min <= max pair of multiples of `step` between `min` and `max`. */
const memoryPair = (step: number, min: number, max: number) =>
  fc
    .tuple(fc.integer({ min: min / step, max: max / step }), fc.integer({ min: min / step, max: max / step }))
    .map(([a, b]) => [Math.min(a, b) * step, Math.max(a, b) * step] as const);
const validIpEntries = fc.array(
  inputOf({ source: fc.oneof(fc.ipV4(), fc.tuple(fc.ipV4(), fc.integer({ min: 8, max: 32 })).map(([ip, n]) => `${ip}/${n}`)) }, { description: stringOf(`${ALNUM} `, 0, 40) }),
  { maxLength: 2 },
);
const totalMemory = mostly(fc.integer({ min: 2, max: 60 }).map((n) => n * 12), anyInt, 1);
const replicaMemory = mostly(fc.integer({ min: 2, max: 60 }).map((n) => n * 4), anyInt, 1);
const replicas = mostly(fc.integer({ min: 3, max: 20 }), anyInt, 1);
const idleTimeout = mostly(fc.integer({ min: 5, max: 600 }), anyInt, 1);

const ipSource = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.tuple(fc.ipV4(), fc.integer({ min: 0, max: 40 })).map(([ip, prefix]) => `${ip}/${prefix}`),
  fc.tuple(fc.ipV6(), fc.integer({ min: 0, max: 140 })).map(([ip, prefix]) => `${ip}/${prefix}`),
  fc.ipV4Extended(),
  fc.constantFrom(
    '0.0.0.0/0',
    '::/0',
    '10.0.0.0/8',
    '203.0.113.0/24',
    '198.51.100.17',
    'not-an-ip',
    '1.2.3.4/33',
    '1.2.3.4/',
    '::1/129',
    '1.2.3.4/8/9',
    '01.2.3.4',
    ' 10.0.0.1',
    '10.0.0.1 ',
    '256.1.1.1',
    '1.2.3.4/08',
    '1.2.3.4/-1',
    'fe80::1%eth0',
  ),
  anyString,
);
const ipEntry = inputOf({ source: ipSource }, { description: anyString });
const ipEntries = listOf(ipEntry);
const endpointIds = listOf(mostly(fc.constantFrom('vpce-0a1b2c3d4e5f60718', 'vpce-123', 'pe-1'), anyString));
const listPatch = <T>(item: fc.Arbitrary<T>) => inputOf({}, { add: listOf(item), remove: listOf(item) });

/** Services the default (acme) key sees, in each seeded state, as global ids. */
const acmeServiceId = fc.constantFrom(
  serviceGlobalId('acmeProduction'),
  serviceGlobalId('acmeAnalyticsDev'),
  serviceGlobalId('acmeReporting'),
  serviceGlobalId('acmeEventIngest'),
  serviceGlobalId('acmeSandbox'),
  serviceGlobalId('acmeRealtime'),
  serviceGlobalId('acmeFeatureStore'),
);
const serviceId = mostly(acmeServiceId, idOf('Service'), 1);
const productionServiceId = fc.constantFrom(serviceGlobalId('acmeProduction'), serviceGlobalId('acmeReporting'));
const acmeOrganizationId = fc.constantFrom(organizationGlobalId('acme'), CLICKHOUSE_SEED.organizations.acme.id);
const hexDigest = stringOf('0123456789abcdefABCDEF', 40, 40);
const sha256Base64 = stringOf(`${ALNUM}+/`, 43, 43).map((body) => `${body}=`);
const backupStartTime = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.constantFrom('00:00', '23:59', '24:00', '2:00', '02:0', '02:00:00', '12-00', '-1:00', ''),
  anyString,
);

const divioAcmeOrg = DIVIO_SEED.organisations.acme.id;
const divioOrganizationId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(divioAcmeOrg, divioAcmeOrg.toUpperCase(), DIVIO_SEED.organisations.umbrella.id) },
  { weight: 2, arbitrary: idOf('Organization') },
);
const regionUuid = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(DIVIO_SEED.regions.eu, DIVIO_SEED.regions.us) },
  { weight: 2, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('eu', '', 'not-a-uuid', DIVIO_SEED.regions.eu.toUpperCase()) },
);
const slug = mostly(stringOf(`${ALNUM}-_`, 1, 40), anyString);
const copySlug = mostly(
  fc.tuple(stringOf('abcdefghijklmnopqrstuvwxyz0123456789', 1, 12), stringOf('abcdefghijklmnopqrstuvwxyz0123456789', 1, 12)).map(([a, b]) => `${a}-${b}`),
  fc.oneof(fc.constantFrom('-a', 'a-', 'A', 'a--b', 'a_b', 'live', 'stage', 'test'), anyString),
);
const branch = mostly(fc.constantFrom('main', 'develop', 'feature/x', 'release-1.0', 'fail-fast'), anyString);
const appTemplate = mostly(fc.webUrl(), anyString, 1);
const applicationNames = Object.values(DIVIO_SEED.applications).map((application) => application.name);
const environmentId = mostly(fc.constantFrom(...EXISTING_GLOBAL_IDS.Environment, ...EXISTING_UUIDS.Environment), idOf('Environment'), 1);
const acmeApplicationId = fc.constantFrom(
  ...Object.values(DIVIO_SEED.applications)
    .filter((application) => application.organisation === divioAcmeOrg)
    .flatMap((application) => [application.id, encodeGlobalID('Application', application.id)]),
);
const applicationId = mostly(fc.constantFrom(...EXISTING_GLOBAL_IDS.Application, ...EXISTING_UUIDS.Application), idOf('Application'), 1);

interface MutationSpec {
  field: string;
  inputType: string;
  payload: string;
  /** Selection of the payload's main field. */
  payloadSelection: string;
  input: fc.Arbitrary<Input>;
  /** Fills in values that depend on the current state (see CURRENT_NAME) right before sending. */
  prepare?: (stack: Stack, input: Input) => Promise<Input>;
}

/**
 * Placeholder for an application's name as it is now (updateApplication renames them during the
 * run), so that archiveApplication also sees matching names; resolved by `prepare`.
 */
const CURRENT_NAME = '<current name of the application>';

async function resolveCurrentName(stack: Stack, input: Input): Promise<Input> {
  if (input.verifyName !== CURRENT_NAME) return input;
  const id = String(input.id);
  // A raw Divio id (base32, or a hyphenated UUID) or a global id.
  const uuid = /^([0-9a-f-]{36}|[a-z2-7]{26})$/i.test(id) ? id : decodeGlobalID(id).id;
  const result = await post(stack, 'query CurrentName($uuid: DivioId!) { application(uuid: $uuid) { name } }', { uuid });
  const application = (result.body?.data?.application ?? null) as { name: string } | null;
  const seeded = Object.values(DIVIO_SEED.applications).find((candidate) => candidate.id === uuid.toLowerCase());
  return { ...input, verifyName: application?.name ?? seeded?.name ?? '' };
}

/**
 * A mutation's input arbitrary: the fuzzed input (required fields always present, optional ones
 * omitted, null or fuzzed; rarely not coercible at all), mixed 3:1 with `valid` when given.
 */
function spec(
  field: string,
  payload: string,
  payloadSelection: string,
  required: Record<string, fc.Arbitrary<unknown>>,
  optional: Record<string, fc.Arbitrary<unknown>> = {},
  valid?: fc.Arbitrary<Input>,
): MutationSpec {
  const fuzz = withCoercionNoise(inputOf(required, optional), Object.keys(required));
  return {
    field,
    inputType: `${field[0]!.toUpperCase()}${field.slice(1)}Input`,
    payload,
    payloadSelection,
    input: valid ? fc.oneof({ weight: 1, arbitrary: valid }, { weight: 3, arbitrary: fuzz }) : fuzz,
  };
}

function withPrepare(prepare: MutationSpec['prepare'], mutation: MutationSpec): MutationSpec {
  return { ...mutation, prepare };
}

const SERVICE = 'service { id }';
const ENVIRONMENT = 'environment { id }';

/** In an order that leaves destructive mutations (deletes, archives) of the Divio seed for last. */
const MUTATIONS: MutationSpec[] = [
  spec(
    'createService',
    'CreateServicePayload',
    'service { id state }',
    { organizationId: idOf('Organization'), name: serviceName, provider: enumField(PROVIDERS), region },
    {
      tier: enumField(TIERS),
      ipAccessList: ipEntries,
      minTotalMemoryGb: intField,
      maxTotalMemoryGb: intField,
      minReplicaMemoryGb: intField,
      maxReplicaMemoryGb: intField,
      numReplicas: intField,
      idleScaling: fc.boolean(),
      idleTimeoutMinutes: intField,
      backupId: idOf('Backup'),
      encryptionKey: anyString,
      encryptionAssumedRoleIdentifier: anyString,
      privateEndpointIds: endpointIds,
      privatePreviewTermsChecked: fc.boolean(),
    },
    fc
      .record({
        organizationId: acmeOrganizationId,
        name: validServiceName,
        placement: validPlacement,
        memory: fc.option(memoryPair(12, 24, 360), { nil: undefined }),
        numReplicas: fc.option(replicas.filter((n) => n >= 3 && n <= 20), { nil: undefined }),
        ipAccessList: validIpEntries,
      })
      .map(({ placement, memory, ...rest }): Input => ({
        ...rest,
        ...placement,
        tier: 'PRODUCTION',
        ...(memory ? { minTotalMemoryGb: memory[0], maxTotalMemoryGb: memory[1] } : {}),
      })),
  ),
  spec(
    'updateService',
    'ServicePayload',
    SERVICE,
    { id: serviceId },
    { name: serviceName, ipAccessList: listPatch(ipEntry), privateEndpointIds: listPatch(mostly(fc.constantFrom('vpce-0a1b2c3d4e5f60718', 'pe-1'), anyString)) },
    inputOf({ id: acmeServiceId, name: validServiceName }),
  ),
  spec('deleteService', 'DeleteServicePayload', 'deletedServiceId deletedServiceUuid', { id: serviceId }),
  spec('startService', 'ServicePayload', 'service { id state }', { id: serviceId }),
  spec('stopService', 'ServicePayload', 'service { id state }', { id: serviceId }),
  spec(
    'updateServiceScaling',
    'ServicePayload',
    SERVICE,
    { id: serviceId },
    { minTotalMemoryGb: intField, maxTotalMemoryGb: intField, numReplicas: intField, idleScaling: fc.boolean(), idleTimeoutMinutes: intField },
    fc.oneof(
      inputOf({ id: acmeServiceId }, { minTotalMemoryGb: totalMemory, maxTotalMemoryGb: totalMemory, numReplicas: replicas, idleScaling: fc.boolean(), idleTimeoutMinutes: idleTimeout }),
      fc
        .tuple(productionServiceId, memoryPair(12, 24, 360))
        .map(([id, [min, max]]): Input => ({ id, minTotalMemoryGb: min, maxTotalMemoryGb: max })),
      inputOf({ id: acmeServiceId, idleScaling: fc.boolean() }, { idleTimeoutMinutes: fc.integer({ min: 5, max: 600 }) }),
    ),
  ),
  spec(
    'updateServiceReplicaScaling',
    'ServicePayload',
    SERVICE,
    { id: serviceId },
    { minReplicaMemoryGb: intField, maxReplicaMemoryGb: intField, numReplicas: intField, idleScaling: fc.boolean(), idleTimeoutMinutes: intField },
    fc.oneof(
      inputOf({ id: acmeServiceId }, { minReplicaMemoryGb: replicaMemory, maxReplicaMemoryGb: replicaMemory, numReplicas: replicas, idleScaling: fc.boolean(), idleTimeoutMinutes: idleTimeout }),
      fc
        .tuple(productionServiceId, memoryPair(4, 8, 120))
        .map(([id, [min, max]]): Input => ({ id, minReplicaMemoryGb: min, maxReplicaMemoryGb: max })),
      inputOf({ id: acmeServiceId, idleScaling: fc.boolean() }, { idleTimeoutMinutes: fc.integer({ min: 5, max: 600 }) }),
    ),
  ),
  spec(
    'resetServicePassword',
    'ResetServicePasswordPayload',
    SERVICE,
    { id: serviceId },
    { newPasswordHash: mostly(sha256Base64, anyString, 1), newDoubleSha1Hash: mostly(hexDigest, anyString, 1) },
  ),
  spec(
    'updateBackupConfiguration',
    'UpdateBackupConfigurationPayload',
    'service { id } backupConfiguration { backupPeriodInHours backupRetentionPeriodInHours backupStartTime }',
    { id: serviceId },
    { backupPeriodInHours: mostly(fc.constantFrom(1, 6, 12, 24, 48), intField, 1), backupRetentionPeriodInHours: mostly(fc.constantFrom(24, 48, 168, 720), intField, 1), backupStartTime },
  ),
  spec(
    'updateOrganization',
    'UpdateOrganizationPayload',
    'organization { id name }',
    { id: mostly(acmeOrganizationId, idOf('Organization'), 1) },
    {
      name: mostly(fc.constantFrom('Acme Analytics', 'Acme Analytics Renamed'), anyString, 1),
      privateEndpoints: listPatch(inputOf({ id: mostly(fc.constantFrom('vpce-0a1b2c3d4e5f60718', 'vpce-new'), anyString) }, { description: anyString, cloudProvider: mostly(fc.constantFrom('AWS', 'GCP', 'AZURE'), anyString), region })),
      enableCoreDumps: fc.boolean(),
    },
  ),
  spec(
    'createApplication',
    'CreateApplicationPayload',
    'application { id }',
    { organizationId: divioOrganizationId, name: mostly(stringOf(`${ALNUM} `, 1, 40), anyString), slug, region: regionUuid, planGroup: regionUuid },
    { branch, repository: regionUuid, appTemplate },
    inputOf({
      organizationId: fc.constant(divioAcmeOrg),
      name: stringOf(`${ALNUM} `, 1, 40),
      slug: stringOf(`${ALNUM}-_`, 1, 40),
      region: fc.constant(DIVIO_SEED.regions.eu),
      planGroup: fc.constant(DIVIO_SEED.regions.eu),
    }),
  ),
  spec(
    'updateApplication',
    'UpdateApplicationPayload',
    'application { id }',
    { id: applicationId },
    {
      name: mostly(stringOf(`${ALNUM} `, 1, 40), anyString),
      maintenanceWindowStart: intField,
      maintenanceWindowDuration: intField,
      port: mostly(fc.constantFrom(80, 8000, 8080, 65535), intField, 1),
      startupProbeMaxRetries: intField,
      startupProbeRequestTimeout: intField,
      startupProbeRetryTimeout: intField,
      releaseCommands: mostly(fc.array(fc.record({ name: anyString, command: anyString }), { maxLength: 3 }), anyJson, 1),
      tags: mostly(fc.array(anyString, { maxLength: 60 }), anyJson, 1),
    },
    inputOf(
      { id: acmeApplicationId },
      {
        name: stringOf(`${ALNUM} `, 1, 40),
        startupProbeMaxRetries: fc.integer({ min: 1, max: 1000 }),
        startupProbeRequestTimeout: fc.integer({ min: 1, max: 60 }),
        maintenanceWindowStart: fc.integer({ min: 0, max: 23 }),
        tags: fc.array(stringOf(ALNUM, 1, 10), { maxLength: 5 }),
      },
    ),
  ),
  spec(
    'createEnvironment',
    'CreateEnvironmentPayload',
    ENVIRONMENT,
    { applicationId, slug, branch },
    { alternativeDockerfile: mostly(fc.constantFrom('Dockerfile.alt', 'docker/Dockerfile', ''), anyString) },
    inputOf({ applicationId: acmeApplicationId, slug: stringOf(`${ALNUM}-_`, 1, 30), branch: fc.constantFrom('main', 'develop') }),
  ),
  spec(
    'updateEnvironment',
    'UpdateEnvironmentPayload',
    ENVIRONMENT,
    { id: environmentId },
    { branch, alternativeDockerfile: mostly(fc.constantFrom('Dockerfile.alt', ''), anyString) },
  ),
  spec('copyEnvironment', 'CopyEnvironmentPayload', ENVIRONMENT, { id: environmentId, newSlug: copySlug }),
  spec(
    'deployEnvironment',
    'DeployEnvironmentPayload',
    'deployment { id status }',
    { environmentId },
    { buildMode: enumField(BUILD_MODES), copyFrom: environmentId, adoptDeployment: idOf('Deployment'), provisionServices: fc.boolean() },
    inputOf(
      { environmentId: fc.constantFrom(...EXISTING_GLOBAL_IDS.Environment, ...EXISTING_UUIDS.Environment) },
      { buildMode: fc.constantFrom(...BUILD_MODES), provisionServices: fc.boolean() },
    ),
  ),
  spec('stopEnvironment', 'StopEnvironmentPayload', ENVIRONMENT, { id: environmentId }),
  spec('deleteEnvironment', 'DeleteEnvironmentPayload', 'deletedId deletedUuid', { id: environmentId }),
  withPrepare(resolveCurrentName, spec(
    'archiveApplication',
    'ArchiveApplicationPayload',
    'applicationId applicationUuid archiveMessage: message',
    { id: applicationId, verifyName: mostly(fc.constantFrom(...applicationNames), anyString, 1) },
    { deleteImmediately: fc.boolean() },
    fc
      .tuple(fc.constantFrom(...Object.values(DIVIO_SEED.applications)), fc.boolean(), fc.boolean())
      .map(([application, global, deleteImmediately]): Input => ({
        id: global ? encodeGlobalID('Application', application.id) : application.id,
        verifyName: CURRENT_NAME,
        deleteImmediately,
      })),
  )),
];

/**
 * Usually the gateway's default credentials; sometimes another organization's or user's, and
 * rarely a garbage or near-miss credential header (then UNAUTHENTICATED is the expected answer).
 */
const CONSULTANT_TOKEN = DIVIO_SEED.tokens.find((token) => token.id === 'consultant')!;
const REAL_KEYS = CLICKHOUSE_SEED.keys.map((key) => `${key.keyId}:${key.keySecret}`);
const REAL_TOKENS = DIVIO_SEED.tokens.map((token) => token.token);
const requestHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 16, arbitrary: fc.constant({}) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(keyHeader(GLOBEX_KEY), keyHeader(ACME_SECOND_KEY), tokenHeader(UMBRELLA_TOKEN), tokenHeader(CONSULTANT_TOKEN)),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      headerValue(REAL_KEYS).map((value) => ({ 'x-clickhouse-key': value })),
      headerValue(REAL_TOKENS).map((value) => ({ 'x-divio-token': value })),
    ),
  },
);

function documentOf(mutation: MutationSpec): string {
  return `mutation Fuzz($input: ${mutation.inputType}!) {
  ${mutation.field}(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { source fields { field messages } }
    ... on NotFoundError { id }
    ... on ConflictError { currentState }
    ... on ${mutation.payload} { ${mutation.payloadSelection} }
  }
}`;
}

/** Outcomes per mutation (typename, error codes or 400), printed after the run. */
const outcomes = new Map<string, Map<string, number>>();
function tally(field: string, outcome: string): void {
  const counts = outcomes.get(field) ?? new Map<string, number>();
  counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  outcomes.set(field, counts);
}

function checkMutationResult(mutation: MutationSpec, result: HttpResult, upstreamCallsDuring: number, forbidden: readonly string[]): string {
  checkHygiene(result, forbidden);
  const body = result.body!;
  const errors = body.errors ?? [];
  if (result.status === 400) {
    if (body.data != null) fail('400 with data', result);
    if (errors.length === 0) fail('400 without errors', result);
    for (const error of errors) {
      if (!COERCION_MESSAGE.test(String(error.message))) fail("400 for something other than GraphQL's variable coercion", result);
    }
    if (upstreamCallsDuring !== 0) fail(`400, yet ${upstreamCallsDuring} upstream request(s) were made`, result);
    return '400 coercion';
  }
  if (result.status !== 200) fail(`HTTP status ${result.status}`, result);
  for (const error of errors) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !ALLOWED_CODES.has(code)) fail(`an error with code ${JSON.stringify(code)}`, result);
  }
  const value = body.data?.[mutation.field] as { __typename?: unknown; message?: unknown } | null | undefined;
  if (value == null) {
    if (errors.length === 0) fail(`data.${mutation.field} is null without errors`, result);
    return `error ${[...new Set(errors.map((error) => error.extensions?.code))].join('+')}`;
  }
  const typename = String(value.__typename);
  if (typename !== mutation.payload && !TYPED_ERRORS.includes(typename)) fail(`unexpected __typename ${typename}`, result);
  if (TYPED_ERRORS.includes(typename)) {
    if (typeof value.message !== 'string' || value.message.length === 0) fail(`${typename} without a message`, result);
    if (value.message === MASKED_MESSAGE) fail(`${typename} with the masked message`, result);
  }
  if (typename === 'ValidationError') {
    const { fields, source } = value as { fields?: unknown; source?: unknown };
    if (!Array.isArray(fields) || fields.length === 0) fail('a ValidationError that names no field', result);
    if (!['gateway', 'clickhouse', 'divio'].includes(String(source))) fail(`a ValidationError from source ${JSON.stringify(source)}`, result);
  }
  return errors.length > 0 ? `${typename} (+errors)` : typename;
}

describe('every mutation under random input answers typed results or coded errors', () => {
  let stack: Stack;
  let forbidden: string[];
  beforeAll(async () => {
    // Long transitions and deployment steps keep every state change in place during the run.
    stack = await startStack({ gatewayRateLimit: '0', transitionMs: 60_000, deploymentStepMs: 60_000, env: QUIET });
    forbidden = [...SECRETS, ...upstreamAddresses(stack)];
  });
  afterAll(async () => {
    await stack.close();
    const lines = [...outcomes].map(([field, counts]) => `  ${field}: ${[...counts].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`);
    console.log(`Outcomes (numRuns ${NUM_RUNS} each):\n${lines.join('\n')}`);
  });

  MUTATIONS.forEach((mutation, index) => {
    it(
      `${mutation.field}`,
      async () => {
        const document = documentOf(mutation);
        await fc.assert(
          fc.asyncProperty(mutation.input, requestHeaders, async (generated, headers) => {
            const input = mutation.prepare ? await mutation.prepare(stack, generated) : generated;
            const before = upstreamRequestCount(stack);
            const result = await post(stack, document, { input }, headers);
            const outcome = checkMutationResult(mutation, result, upstreamRequestCount(stack) - before, forbidden);
            tally(mutation.field, outcome);
          }),
          { numRuns: NUM_RUNS, seed: BASE_SEED + index, verbose: 1 },
        );
      },
      PROPERTY_TIMEOUT_MS,
    );
  });
});

describe('random credential headers give data or UNAUTHENTICATED, never an echo', () => {
  const QUERY = '{ organizations { id } applications(first: 1) { totalCount } }';
  let stack: Stack;
  let forbidden: string[];
  /** Responses to known headers: text that may legitimately match a random header value. */
  let baseline = '';
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0', transitionMs: 60_000, deploymentStepMs: 60_000, env: QUIET });
    forbidden = [...SECRETS, ...upstreamAddresses(stack)];
    const known: Record<string, string>[] = [
      {},
      { 'x-clickhouse-key': 'x', 'x-divio-token': 'x' },
      { 'x-clickhouse-key': 'a:b', 'x-divio-token': 'é' },
      { 'x-clickhouse-key': 'a'.repeat(600), 'x-divio-token': 'a'.repeat(600) },
      { 'x-clickhouse-key': 'é:é' },
      keyHeader(GLOBEX_KEY),
      tokenHeader(UMBRELLA_TOKEN),
    ];
    for (const headers of known) baseline += (await post(stack, QUERY, {}, headers)).text;
  });
  afterAll(() => stack.close());

  it(
    'x-clickhouse-key and x-divio-token',
    async () => {
      const headers = fc
        .record({ key: headerValue(REAL_KEYS), token: headerValue(REAL_TOKENS) }, { requiredKeys: [] })
        .filter((value) => value.key !== undefined || value.token !== undefined);
      const seen = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(headers, async ({ key, token }) => {
          const sent: Record<string, string> = {};
          if (key !== undefined) sent['x-clickhouse-key'] = key;
          if (token !== undefined) sent['x-divio-token'] = token;
          const result = await post(stack, QUERY, {}, sent);
          checkHygiene(result, forbidden);
          if (result.status !== 200) fail(`HTTP status ${result.status}`, result);
          const errors = result.body!.errors ?? [];
          for (const error of errors) {
            if (error.extensions?.code !== 'UNAUTHENTICATED') fail(`an error with code ${JSON.stringify(error.extensions?.code)}`, result);
          }
          if (result.body!.data == null && errors.length === 0) fail('neither data nor errors', result);
          // The header must not come back, whole or in part (key id, secret).
          for (const value of Object.values(sent)) {
            const trimmed = value.trim();
            const parts = [...new Set([trimmed, ...trimmed.split(':')].map((part) => part.trim()))].filter((part) => part.length >= 8);
            for (const part of parts) {
              if (result.text.includes(part) && !baseline.includes(part)) fail(`the response echoes the header (${JSON.stringify(part)})`, result);
              if (result.text.includes(JSON.stringify(part).slice(1, -1)) && !baseline.includes(JSON.stringify(part).slice(1, -1))) {
                fail(`the response echoes the header, JSON-escaped (${JSON.stringify(part)})`, result);
              }
            }
          }
          const outcome = errors.length === 0 ? 'data' : result.body!.data == null ? 'UNAUTHENTICATED' : 'partial UNAUTHENTICATED';
          seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
        }),
        { numRuns: HEADER_NUM_RUNS, seed: BASE_SEED + 0x1000, verbose: 1 },
      );
      console.log(`Header outcomes (numRuns ${HEADER_NUM_RUNS}): ${[...seen].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
