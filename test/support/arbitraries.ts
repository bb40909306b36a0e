/**
 * fast-check arbitraries for fuzzing the gateway's mutation inputs: strings, integers and ids
 * that mix valid values, boundaries and garbage. Every string is free of NUL characters; every
 * id generator mixes global ids of seeded objects, well-formed ids of missing objects, ids of
 * other types, bare UUIDs and garbage.
 */
import fc from 'fast-check';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { CLICKHOUSE_SEED } from '../../src/simulator/clickhouse/index.js';
import { DIVIO_SEED } from '../../src/simulator/divio/index.js';
import { SEED_PLAN } from '../../src/simulator/divio/seed-plan.js';
import { backupGlobalId, organizationGlobalId, serviceGlobalId, type SeedServiceName } from './ids.js';

export type Input = Record<string, unknown>;

export const INT32_MAX = 2 ** 31 - 1;
export const INT32_MIN = -(2 ** 31);

const stripNul = (value: string) => value.replaceAll('\0', '');

/** Removes NUL from every string of a JSON-like value (keys included). */
export function stripNulDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripNul(value);
  if (Array.isArray(value)) return value.map(stripNulDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [stripNul(key), stripNulDeep(inner)]));
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Strings

/** C0 controls except NUL, and DEL. */
const CONTROL_CHARACTERS = [...Array.from({ length: 31 }, (_, index) => String.fromCharCode(index + 1)), '\x7f'];

/** Hand-picked awkward strings. */
export const TRICKY_STRINGS: readonly string[] = [
  '',
  ' ',
  '   ',
  '\t',
  '\n',
  '\r\n',
  ' padded ',
  '"',
  "'",
  '\\',
  '`',
  '"quoted"',
  "it's",
  'line one\nline two',
  'tab\there',
  '\u0001\u0002\u001f',
  '\u007f',
  '{}',
  '[]',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  'NaN',
  '__proto__',
  'constructor',
  'toString',
  '${x}',
  '{{x}}',
  '%s%d%n',
  '%00',
  '%2e%2e%2f',
  '../../etc/passwd',
  '/',
  '?a=b&c=d',
  '#fragment',
  '<script>alert(1)</script>',
  "'; DROP TABLE services; --",
  'http://example.com/x',
  'https://user:pass@example.com:8443/path?q=1#f',
  'file:///etc/passwd',
  'café',
  'ÄÖÜ ß',
  '日本語のテキスト',
  'مرحبا',
  '🚀🔥',
  '👩‍👩‍👧‍👦',
  'e\u0301',
  '\u202eRTL override',
  '\ufeffBOM',
  'zero\u200bwidth',
  '\u2028\u2029',
  '\ud800',
  'lone \udfff surrogate',
  'a'.repeat(50),
  'a'.repeat(51),
  'A b 9'.repeat(10),
  'x'.repeat(255),
  'x'.repeat(256),
  'é'.repeat(300),
  'long '.repeat(1000),
];

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Any string at all: the tricky list, ASCII, unicode, controls, long ones. */
export const anyString: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
    { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.constantFrom(...CONTROL_CHARACTERS, 'a', ' ', '"', "'", '\\'), maxLength: 20 }),
    },
    { weight: 1, arbitrary: fc.string({ minLength: 240, maxLength: 300 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...`${ALNUM} -_`), maxLength: 60 }) },
  )
  .map(stripNul);

/** Strings made of `alphabet`, between the given lengths. */
export const stringOf = (alphabet: string, minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });

/** Mostly-valid strings (from `valid`) mixed with anything. */
export const mostly = <T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<T>, validWeight = 2): fc.Arbitrary<T> =>
  fc.oneof({ weight: validWeight, arbitrary: valid }, { weight: 1, arbitrary: other });

/** A JSON value (the JSON scalar), NUL-free. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 }).map(stripNulDeep);

// ---------------------------------------------------------------------------------------------
// Integers

/** Boundaries of every documented rule (memory steps of 12 and 4, replica counts, timeouts...). */
const BOUNDARY_INTS = [
  0, -1, 1, 2, 3, 4, 5, 7, 8, 11, 12, 13, 20, 21, 23, 24, 25, 36, 48, 59, 60, 61, 80, 96, 100, 119, 120, 121, 124, 168, 236,
  240, 241, 244, 348, 359, 360, 361, 372, 599, 600, 601, 708, 719, 720, 721, 732, 999, 1000, 1001, 65535, 65536, INT32_MAX,
  INT32_MAX - 1, INT32_MIN, INT32_MIN + 1, 2 ** 30, -(2 ** 30),
];

/** Any GraphQL Int (32-bit): boundaries, multiples and non-multiples of 12 and 4, any int32. */
export const anyInt: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BOUNDARY_INTS) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 70 }).map((n) => n * 12) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 70 }).map((n) => n * 4) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 1, max: 11 })).map(([n, k]) => n * 12 + k) },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 1100 }) },
  { weight: 1, arbitrary: fc.integer() },
);

/**
 * JSON numbers (and others) that do not coerce to Int: beyond 32 bits (up to the safe-integer
 * limits), fractions, numeric strings. The gateway must answer them with GraphQL's coercion error.
 */
export const nonIntNumber: fc.Arbitrary<unknown> = fc.constantFrom(
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1.5,
  -0.25,
  1e21,
  '12',
  '',
  true,
);

/** An Int input field: almost always a valid Int, rarely something that fails coercion. */
export const intField: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 20, arbitrary: anyInt },
  { weight: 1, arbitrary: nonIntNumber },
);

// ---------------------------------------------------------------------------------------------
// Ids

const uuid = fc.uuid();
/** UUIDs as the gateway might see them: lower, upper or mixed case. */
const anyCaseUuid = fc.oneof(
  { weight: 3, arbitrary: uuid },
  { weight: 1, arbitrary: uuid.map((value) => value.toUpperCase()) },
);

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Malformed global ids and other garbage an id field might receive. */
const garbageIds: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'null',
      'Service',
      'Service:',
      b64('Service'),
      b64('Service:'),
      b64(':'),
      b64('::'),
      b64('Service::'),
      b64('Service:not-a-uuid:also-not'),
      b64('Backup:a:b:c'),
      b64('Organization:'),
      b64('Organization:acme'),
      b64('Application:acme-shop'),
      b64('Environment:live'),
      b64('Deployment:1'),
      b64('Unknown:4f2c8e1a-6b3d-4a7e-9c15-2d8f0b6e3a91'),
      b64('🚀:🚀'),
      '====',
      '!!!not base64!!!',
      'U2VydmljZ', // truncated base64
      '4f2c8e1a-6b3d-4a7e-9c15-2d8f0b6e3a9', // one digit short
      '4f2c8e1a6b3d4a7e9c152d8f0b6e3a91', // no dashes
      '{4f2c8e1a-6b3d-4a7e-9c15-2d8f0b6e3a91}',
      ' 4f2c8e1a-6b3d-4a7e-9c15-2d8f0b6e3a91 ',
      '../4f2c8e1a-6b3d-4a7e-9c15-2d8f0b6e3a91',
    ),
  },
  { weight: 2, arbitrary: anyString },
  { weight: 1, arbitrary: anyString.map(b64) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Service', 'Backup', 'Organization', 'Application', 'Environment', 'Deployment'), anyString).map(([type, key]) => b64(`${type}:${key}`)) },
  // The ID scalar also accepts integers.
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom(0, -1, INT32_MAX), fc.integer()) },
);

/** Values an ID variable cannot be coerced from (400 with GraphQL's own message). */
const nonIdValues: fc.Arbitrary<unknown> = fc.constantFrom(1.5, true, false, {}, [], ['x'], { id: 'x' });

const ACME_ORG = CLICKHOUSE_SEED.organizations.acme.id;
const GLOBEX_ORG = CLICKHOUSE_SEED.organizations.globex.id;
const serviceNames = Object.keys(CLICKHOUSE_SEED.services) as SeedServiceName[];
const servicesWithBackups = serviceNames.filter((name) => CLICKHOUSE_SEED.services[name].backupIds.length > 0);

const applicationUuids = Object.values(DIVIO_SEED.applications).map((application) => application.id);
const environmentUuids = Object.values(DIVIO_SEED.environments).map((environment) => environment.id);
const deploymentUuids = [
  DIVIO_SEED.runningDeployment.id,
  ...SEED_PLAN.flatMap((application) => application.environments)
    .flatMap((environment) => environment.deployments.slice(-2))
    .map((deployment) => deployment.uuid)
    .slice(0, 12),
];

/** Global ids of existing objects, by type (ClickHouse ones as the acme key sees them or not). */
export const EXISTING_GLOBAL_IDS = {
  Service: serviceNames.map(serviceGlobalId),
  Backup: servicesWithBackups.flatMap((name) =>
    CLICKHOUSE_SEED.services[name].backupIds.slice(0, 2).map((_, index) => backupGlobalId(name, index)),
  ),
  Organization: [organizationGlobalId('acme'), organizationGlobalId('globex')],
  Application: applicationUuids.map((id) => encodeGlobalID('Application', id)),
  Environment: environmentUuids.map((id) => encodeGlobalID('Environment', id)),
  Deployment: deploymentUuids.map((id) => encodeGlobalID('Deployment', id)),
} as const;

export type NodeType = keyof typeof EXISTING_GLOBAL_IDS;
const NODE_TYPES = Object.keys(EXISTING_GLOBAL_IDS) as NodeType[];

/** Bare UUIDs of existing objects, by type. */
export const EXISTING_UUIDS: Record<NodeType, readonly string[]> = {
  Service: serviceNames.map((name) => CLICKHOUSE_SEED.services[name].id),
  Backup: servicesWithBackups.flatMap((name) => CLICKHOUSE_SEED.services[name].backupIds.slice(0, 2)),
  Organization: [ACME_ORG, GLOBEX_ORG],
  Application: applicationUuids,
  Environment: environmentUuids,
  Deployment: deploymentUuids,
};

/** Well-formed global ids of objects that do not exist (or that the default key cannot see). */
function missingGlobalIds(type: NodeType): fc.Arbitrary<string> {
  switch (type) {
    case 'Service':
      return fc.oneof(
        anyCaseUuid.map((service) => encodeGlobalID('Service', `${ACME_ORG}:${service}`)),
        fc.tuple(anyCaseUuid, anyCaseUuid).map(([org, service]) => encodeGlobalID('Service', `${org}:${service}`)),
        anyCaseUuid.map((service) => encodeGlobalID('Service', `${GLOBEX_ORG}:${service}`)),
        // A seeded service under the wrong organization, and one in upper case.
        fc.constantFrom(
          encodeGlobalID('Service', `${GLOBEX_ORG}:${CLICKHOUSE_SEED.services.acmeProduction.id}`),
          encodeGlobalID('Service', `${ACME_ORG.toUpperCase()}:${CLICKHOUSE_SEED.services.acmeSandbox.id.toUpperCase()}`),
          encodeGlobalID('Service', CLICKHOUSE_SEED.services.acmeProduction.id),
          encodeGlobalID('Service', `${ACME_ORG}:${CLICKHOUSE_SEED.services.acmeProduction.id}:extra`),
        ),
      );
    case 'Backup':
      return fc.oneof(
        fc.tuple(anyCaseUuid, anyCaseUuid, anyCaseUuid).map(([org, service, backup]) => encodeGlobalID('Backup', `${org}:${service}:${backup}`)),
        anyCaseUuid.map((backup) => encodeGlobalID('Backup', `${ACME_ORG}:${CLICKHOUSE_SEED.services.acmeProduction.id}:${backup}`)),
      );
    default:
      return anyCaseUuid.map((id) => encodeGlobalID(type, id));
  }
}

/**
 * Anything an `ID` field of `type` might receive: existing objects (as global ids or bare UUIDs),
 * missing ones, other types' ids, garbage, and (with `coercionNoise`) values that fail coercion.
 */
export function idOf(type: NodeType, { coercionNoise = true } = {}): fc.Arbitrary<unknown> {
  const otherTypes = NODE_TYPES.filter((other) => other !== type);
  const arbitraries: fc.WeightedArbitrary<unknown>[] = [
    { weight: 5, arbitrary: fc.constantFrom(...EXISTING_GLOBAL_IDS[type]) },
    { weight: 2, arbitrary: fc.constantFrom(...EXISTING_UUIDS[type]) },
    { weight: 3, arbitrary: missingGlobalIds(type) },
    { weight: 2, arbitrary: fc.constantFrom(...otherTypes.flatMap((other) => EXISTING_GLOBAL_IDS[other])) },
    { weight: 1, arbitrary: fc.constantFrom(...otherTypes.flatMap((other) => EXISTING_UUIDS[other])) },
    { weight: 1, arbitrary: anyCaseUuid },
    { weight: 3, arbitrary: garbageIds },
  ];
  if (coercionNoise) arbitraries.push({ weight: 1, arbitrary: nonIdValues });
  return fc.oneof(...arbitraries);
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** An optional field's value: null (reset / absent) or a value. */
export const nullable = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: arbitrary });

/**
 * An input object: `required` fields always present, `optional` ones omitted, null or a value.
 */
export function inputOf(
  required: Record<string, fc.Arbitrary<unknown>>,
  optional: Record<string, fc.Arbitrary<unknown>> = {},
): fc.Arbitrary<Input> {
  const model: Record<string, fc.Arbitrary<unknown>> = { ...required };
  for (const [key, arbitrary] of Object.entries(optional)) model[key] = nullable(arbitrary);
  return fc.record(model, { requiredKeys: Object.keys(required) }) as fc.Arbitrary<Input>;
}

/** The value of an enum field: a schema value, rarely something the enum does not have. */
export function enumField(values: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom('', 'aws', 'Aws', 'NOT_A_VALUE', 1, true) },
  );
}

/**
 * Rarely breaks the input so the variable no longer coerces and the gateway must answer 400:
 * a required field omitted, null or of the wrong JSON type, or a field the type does not define
 * (including an own `__proto__` key).
 */
export function withCoercionNoise(input: fc.Arbitrary<Input>, requiredKeys: readonly string[]): fc.Arbitrary<Input> {
  const broken = fc
    .tuple(input, fc.constantFrom(...requiredKeys), fc.constantFrom('omit', 'null', 'object', 'list', 'extra', 'proto'))
    .map(([value, key, how]) => {
      const copy: Input = { ...value };
      if (how === 'omit') delete copy[key];
      else if (how === 'extra') copy.notAField = 'x';
      else if (how === 'proto') Object.defineProperty(copy, '__proto__', { value: { polluted: true }, enumerable: true });
      else copy[key] = how === 'null' ? null : how === 'object' ? { nested: 'x' } : [1, 2];
      return copy;
    });
  return fc.oneof({ weight: 24, arbitrary: input }, { weight: 1, arbitrary: broken });
}

/**
 * A list input field: a list; a single item (GraphQL coerces it to a one-item list); an empty
 * list; rarely a list holding null (not coercible to a list of non-null items).
 */
export function listOf<T>(item: fc.Arbitrary<T>, maxLength = 3): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(item, { maxLength }) },
    { weight: 2, arbitrary: item },
    { weight: 1, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.tuple(item).map(([value]) => [value, null]) },
  );
}

// ---------------------------------------------------------------------------------------------
// Credentials

const HEADER_ALPHABET = [
  '\t',
  ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, index) => String.fromCharCode(0x20 + index)),
  ...Array.from({ length: 0xff - 0x80 + 1 }, (_, index) => String.fromCharCode(0x80 + index)),
];

/**
 * Strings that fetch can send as a header value (tab, visible ASCII, space, Latin-1): random,
 * colon-heavy, around the 512-character credential limit, and near-misses of real credentials.
 */
export function headerValue(realValues: readonly string[]): fc.Arbitrary<string> {
  const headerChar = fc.constantFrom(...HEADER_ALPHABET);
  const visible = fc.constantFrom(...HEADER_ALPHABET.slice(1, 96).filter((char) => char !== ' '));
  return fc.oneof(
    fc.string({ unit: headerChar, maxLength: 40 }),
    fc.string({ unit: fc.oneof(headerChar, fc.constant(':')), maxLength: 40 }),
    fc.tuple(fc.string({ unit: visible, minLength: 1, maxLength: 30 }), fc.string({ unit: visible, minLength: 1, maxLength: 50 })).map(([id, secret]) => `${id}:${secret}`),
    fc.string({ unit: visible, minLength: 505, maxLength: 520 }),
    fc.string({ unit: headerChar, minLength: 600, maxLength: 2000 }),
    fc.constantFrom(':', '::', 'a:', ':a', ' : ', 'Basic abc', 'Bearer x', 'é:é'),
    // Near misses: a real credential with a character changed, or one half swapped.
    fc.tuple(fc.constantFrom(...realValues), fc.nat(), fc.constantFrom(...HEADER_ALPHABET.slice(1, 96)))
      .map(([real, index, char]) => `${real.slice(0, index % real.length)}${char}${real.slice((index % real.length) + 1)}`),
    fc.tuple(fc.constantFrom(...realValues), fc.string({ unit: visible, minLength: 1, maxLength: 40 }))
      .map(([real, other]) => (real.includes(':') ? `${real.split(':')[0]}:${other}` : `${real}${other}`)),
    fc.tuple(fc.constantFrom(...realValues), fc.string({ unit: visible, minLength: 1, maxLength: 40 }))
      .map(([real, other]) => (real.includes(':') ? `${other}:${real.split(':')[1]}` : `${other}${real}`)),
    fc.constantFrom(...realValues).map((real) => ` \t${real}\t `),
  );
}
