/**
 * Every described Divio group through the gateway against the simulator, driven by the
 * descriptions themselves: each root list returns every object the upstream has, each get field
 * finds one, a missing id is NOT_FOUND, and every write refuses malformed ids before any upstream
 * call and answers a typed NotFoundError for an object that does not exist.
 */
import { parse, print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVIO_RESOURCES } from '../src/resources/divio/index.js';
import type { InputSpec, ResourceDescription } from '../src/resources/types.js';
import { enumValueName } from '../src/schema/resources/coerce.js';
import { argumentName, fieldName, idFieldName, mutationName, operationName, typeFieldName } from '../src/schema/resources/names.js';
import { executeMultipart, hasFiles } from './support/multipart.js';
import { ACME_TOKEN, errorCodes, startStack, type Stack } from './support/stack.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const document = (text: string) => parse(text) as TypedDocumentNode<Any, Any>;

/** Well-formed ids of objects that exist nowhere. */
const MISSING_ID = 'zzzzzzzzzzzzzzzzzzzzzzzzzz';
const MALFORMED_ID = 'not an id!';

interface Write {
  resource: ResourceDescription;
  operation: string;
  specs: readonly InputSpec[];
  addressesObject: boolean;
  pathArgument?: InputSpec;
}

/** Every mutation the interpreter makes from the descriptions. */
function writes(): Write[] {
  return DIVIO_RESOURCES.flatMap((resource) => {
    const ops = resource.operations;
    const found: Write[] = [];
    if (ops.create && resource.create) found.push({ resource, operation: operationName(resource, ops.create), specs: resource.create, addressesObject: false });
    const update = ops.update ?? ops.partialUpdate;
    if (update && resource.update) found.push({ resource, operation: operationName(resource, update), specs: resource.update, addressesObject: true });
    if (ops.destroy) found.push({ resource, operation: operationName(resource, ops.destroy), specs: [], addressesObject: true });
    for (const action of resource.actions ?? []) {
      found.push({
        resource,
        operation: operationName(resource, action.operation),
        specs: action.input ?? [],
        addressesObject: action.onCollection !== true,
        ...(action.pathArgument ? { pathArgument: action.pathArgument } : {}),
      });
    }
    return found;
  });
}

/** A value of the right shape for an input field (ids well-formed but pointing nowhere). */
function sample(spec: InputSpec): unknown {
  const type = spec.type;
  if (spec.key === '*') return {};
  if (typeof type === 'string') {
    if (type === 'File') return new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'sample.png', { type: spec.mediaTypes?.[0] ?? 'application/octet-stream' });
    return { String: 'sample', Boolean: true, Int: spec.min ?? 1, Float: 1.5, SafeInt: 1, DateTime: '2030-01-01T00:00:00Z', JSON: {}, DivioId: MISSING_ID, UUID: MISSING_ID, Date: '2030-01-01' }[type];
  }
  if ('enum' in type) return type.names?.[type.values[0]!] ?? enumValueName(type.values[0]!);
  if ('ref' in type) return MISSING_ID;
  if ('refs' in type) return [MISSING_ID];
  if ('list' in type) return [];
  if ('patch' in type) throw new Error('Divio inputs are never list patches');
  return [Object.fromEntries(type.fields.filter((field) => field.required).map((field) => [argumentName(field), sample(field)]))];
}

function sampleInput(write: Write, id: string): Record<string, unknown> {
  const input: Record<string, unknown> = write.addressesObject ? { id } : {};
  for (const spec of [...(write.pathArgument ? [write.pathArgument] : []), ...write.specs]) {
    if (spec.required || write.specs.every((other) => !other.required)) input[argumentName(spec)] = sample(spec);
  }
  // An update needs one field to change; the others are optional.
  return input;
}

function mutationDocument(write: Write): TypedDocumentNode<Any, Any> {
  const name = mutationName(write.operation);
  return document(`
    mutation Test($input: ${write.operation}Input!) {
      ${name}(input: $input) {
        __typename
        ... on ValidationError { source fields { field messages } }
        ... on NotFoundError { message }
      }
    }
  `);
}

/** Scalar and raw-id fields of a type: everything a client can read without another call. */
function flatSelection(resource: ResourceDescription): string {
  const names = resource.fields.map((spec) => {
    const type = spec.type;
    return typeof type === 'object' && ('ref' in type || 'refs' in type) ? idFieldName(spec) : fieldName(spec);
  });
  return ['id', 'uuid', ...new Set(names)].join(' ');
}

/** A write as a client sends it: JSON, or a multipart request when its input holds a file. */
function executeWrite(stack: Stack, write: Write, variables: Record<string, unknown>): Promise<Any> {
  const documentNode = mutationDocument(write);
  return hasFiles(variables) ? executeMultipart(stack.url, print(documentNode), variables) : stack.execute(documentNode, variables);
}

describe('every described Divio group through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  async function upstreamList(resource: ResourceDescription): Promise<{ count: number; ids: string[] }> {
    const ids: string[] = [];
    let url: string | null = `${stack.divio.url}/apps/v3/${resource.group}/?page_size=100`;
    let count = 0;
    while (url) {
      const page = (await (await fetch(url, { headers: { authorization: `Token ${ACME_TOKEN.token}` } })).json()) as Any;
      count = page.count;
      ids.push(...page.results.map((item: { uuid: string }) => item.uuid));
      url = page.next;
    }
    return { count, ids };
  }

  describe.each(DIVIO_RESOURCES.map((resource) => [resource.type, resource] as [string, ResourceDescription]))('%s', (_type, resource) => {
    it(`${resource.plural} returns every object of the upstream list, and ${typeFieldName(resource)}(uuid:) finds each by id`, async () => {
      const upstream = await upstreamList(resource);
      expect(upstream.count, `the simulator seeds some ${resource.group}`).toBeGreaterThan(0);
      const listed = await stack.execute(document(`{ list: ${resource.plural}(first: 1000) { totalCount edges { node { ${flatSelection(resource)} } } } }`));
      expect(listed.errors).toBeUndefined();
      expect(listed.data.list.totalCount).toBe(upstream.count);
      expect(listed.data.list.edges.map((edge: Any) => edge.node.uuid).sort()).toEqual([...upstream.ids].sort());

      const first = upstream.ids[0]!;
      stack.resetUpstreamCalls();
      const one = await stack.execute(document(`query One($id: DivioId!) { one: ${typeFieldName(resource)}(uuid: $id) { ${flatSelection(resource)} } }`), { id: first });
      expect(one.errors).toBeUndefined();
      expect(one.data.one.uuid).toBe(first);
      const node = await stack.execute(document(`query Node($id: ID!) { node(id: $id) { id } }`), { id: one.data.one.id });
      expect(node.data.node).toEqual({ id: one.data.one.id });
    });

    it(`${typeFieldName(resource)}(uuid:) of a missing id is null with NOT_FOUND`, async () => {
      const missing = await stack.execute(document(`query One($id: DivioId!) { one: ${typeFieldName(resource)}(uuid: $id) { uuid } }`), { id: MISSING_ID });
      expect(missing.data.one).toBeNull();
      expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    });
  });

  /**
   * Writes that name an object: the one they act on, or one their input refers to. A collection
   * action with only an open body (createDeploymentsInBulk) names none; its own tests cover it.
   */
  const namingWrites = writes().filter(
    (write) => write.addressesObject || write.specs.some((spec) => spec.required || (typeof spec.type === 'object' && ('ref' in spec.type || 'refs' in spec.type))),
  );

  describe.each(namingWrites.map((write) => [mutationName(write.operation), write] as [string, Write]))('%s', (_name, write) => {
    it('refuses a malformed id with a ValidationError before any upstream call', async () => {
      const input = sampleInput(write, MALFORMED_ID);
      const ref = write.specs.find((spec) => typeof spec.type === 'object' && ('ref' in spec.type || 'refs' in spec.type));
      const broken = write.addressesObject ? 'id' : ref ? argumentName(ref) : null;
      if (broken === null) {
        // Nothing in this input is an id: leave out a required field instead (the schema refuses it).
        expect(write.specs.some((spec) => spec.required)).toBe(true);
        return;
      }
      if (!write.addressesObject) input[broken] = typeof ref!.type === 'object' && 'refs' in ref!.type ? [MALFORMED_ID] : MALFORMED_ID;
      stack.resetUpstreamCalls();
      const result = await executeWrite(stack, write, { input });
      const payload = result.data?.[mutationName(write.operation)];
      expect(payload, JSON.stringify(result)).toMatchObject({ __typename: 'ValidationError', source: 'gateway' });
      expect(payload.fields.map((field: Any) => field.field)).toContain(write.addressesObject ? 'id' : typeof ref!.type === 'object' && 'refs' in ref!.type ? `${broken}.0` : broken);
      expect(stack.divioCalls()).toBe(0);
    });

    it('answers a typed NotFoundError for an object that does not exist', async () => {
      const result = await executeWrite(stack, write, { input: sampleInput(write, MISSING_ID) });
      expect(result.data?.[mutationName(write.operation)], JSON.stringify(result)).toMatchObject({ __typename: 'NotFoundError' });
    });
  });
});
