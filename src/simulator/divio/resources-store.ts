/**
 * The records of every described (not hand-written) Divio group, as the wire shows them: one map of
 * snake_case objects per group. Also who owns a record: each belongs to an environment, directly or
 * through a chain of references read off its description, and is visible iff that environment is;
 * groups that lead to no environment are catalogs every valid token sees.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ResourceDescription } from '../../resources/types.js';
import type { TokenRecord } from './types.js';

/** One object of a described group, keyed as on the wire; keys the description does not list stay hidden. */
export interface WireRecord {
  uuid: string;
  [key: string]: unknown;
}

const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const BITS_PER_CHARACTER = 5;
const CHARACTER_MASK = 0b11111;
/** The real API's ids: 26 base32 characters carry 128 bits of randomness. */
const ID_LENGTH = 26;
const ID_BYTES = 16;
/** The longest ownership chain (a download part -> its download -> its backup -> environment). */
const MAX_CHAIN = 4;

function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= BITS_PER_CHARACTER && out.length < length) {
      out += BASE32_ALPHABET[(value >>> (bits - BITS_PER_CHARACTER)) & CHARACTER_MASK];
      bits -= BITS_PER_CHARACTER;
    }
  }
  if (out.length < length && bits > 0) out += BASE32_ALPHABET[(value << (BITS_PER_CHARACTER - bits)) & CHARACTER_MASK];
  return out;
}

/** A fresh id in the real API's form (`bagztldeadfdhlilnmpzx3twly`). */
export const newResourceId = (): string => base32(randomBytes(ID_BYTES), ID_LENGTH);

/** The same id for the same seed label in every run, so tests can name seeded records. */
export const seededResourceId = (label: string): string => base32(createHash('sha256').update(label).digest(), ID_LENGTH);

/**
 * Groups the simulator writes by hand (typed records, logs, the deployment state machine); the
 * interpreter serves every other described group.
 */
export const HAND_WRITTEN_GROUPS: ReadonlySet<string> = new Set(['applications', 'environments', 'deployments']);

export const describedGroups = (descriptions: readonly ResourceDescription[]): ResourceDescription[] =>
  descriptions.filter((resource) => !HAND_WRITTEN_GROUPS.has(resource.group));

/**
 * The objects the hand-written store holds and knows the visibility of: every described record
 * belongs to one of them, directly or through a chain of references.
 */
export type OwnerRoot = 'environment' | 'application' | 'organisation';

/** The reference a record's owner is found through: its key, and the group it points into (null: a root). */
interface Owner {
  key: string;
  group: string | null;
  root: OwnerRoot;
}

/** Whether a token may see a root object (an environment, an application, an organisation) by id. */
export type RootVisibility = (user: TokenRecord, root: OwnerRoot, id: string) => boolean;

const ROOT_TYPES: Readonly<Record<string, OwnerRoot>> = { Environment: 'environment', Application: 'application' };

export class ResourceStore {
  private readonly records = new Map<string, Map<string, WireRecord>>();
  private readonly groupOfType = new Map<string, string>();
  private readonly owners = new Map<string, Owner | null>();

  constructor(
    readonly descriptions: readonly ResourceDescription[],
    private readonly rootVisible: RootVisibility,
  ) {
    for (const resource of descriptions) {
      this.records.set(resource.group, new Map());
      this.groupOfType.set(resource.type, resource.group);
    }
    for (const resource of descriptions) this.owners.set(resource.group, this.ownerOf(resource));
  }

  /**
   * An `environment` reference, else an `application` one, else an `organisation` id, else the
   * first reference into a group that has an owner itself (a service instance backup's `backup`, a
   * download part's `backup_download`); none: a catalog.
   */
  private ownerOf(resource: ResourceDescription): Owner | null {
    const refs = resource.fields.flatMap((field) =>
      typeof field.type === 'object' && 'ref' in field.type ? [{ key: field.key, type: field.type.ref }] : [],
    );
    for (const [type, root] of Object.entries(ROOT_TYPES)) {
      const direct = refs.find((ref) => ref.type === type);
      if (direct !== undefined) return { key: direct.key, group: null, root };
    }
    if (resource.fields.some((field) => field.key === 'organisation')) return { key: 'organisation', group: null, root: 'organisation' };
    for (const ref of refs) {
      const group = this.groupOfType.get(ref.type);
      const target = this.descriptions.find((candidate) => candidate.group === group);
      // Through a reference to something owned (a webhook's repository); a catalog entry owns nothing.
      const targetOwner = target === undefined || target === resource ? null : this.ownerOf(target);
      if (group !== undefined && targetOwner) return { key: ref.key, group, root: targetOwner.root };
    }
    return null;
  }

  serves(group: string): boolean {
    return this.records.has(group);
  }

  /** The group a GraphQL type name (a reference's target) is stored in. */
  groupOf(type: string): string | undefined {
    return this.groupOfType.get(type);
  }

  isCatalog(group: string): boolean {
    return this.owners.get(group) === null;
  }

  all(group: string): WireRecord[] {
    return [...(this.records.get(group)?.values() ?? [])];
  }

  get(group: string, id: string): WireRecord | undefined {
    return this.records.get(group)?.get(id);
  }

  add(group: string, record: WireRecord): WireRecord {
    const records = this.records.get(group);
    if (records === undefined) throw new Error(`No described group ${group} in the simulator`);
    records.set(record.uuid, record);
    return record;
  }

  remove(group: string, id: string): void {
    this.records.get(group)?.delete(id);
  }

  /** The root a record belongs to (following its ownership chain) and that root's id. */
  rootOf(group: string, record: WireRecord, depth = 0): { root: OwnerRoot; id: string } | undefined {
    const owner = this.owners.get(group);
    const id = owner === undefined || owner === null ? undefined : record[owner.key];
    if (owner === undefined || owner === null || typeof id !== 'string' || depth > MAX_CHAIN) return undefined;
    if (owner.group === null) return { root: owner.root, id };
    const parent = this.get(owner.group, id);
    return parent === undefined ? undefined : this.rootOf(owner.group, parent, depth + 1);
  }

  /** The id of the environment a record belongs to, when it belongs to one. */
  environmentOf(group: string, record: WireRecord): string | undefined {
    const root = this.rootOf(group, record);
    return root?.root === 'environment' ? root.id : undefined;
  }

  /** The record if the token may see it: a catalog entry, or one whose root the token sees. */
  visible(user: TokenRecord, group: string, id: string): WireRecord | undefined {
    const record = this.get(group, id);
    if (record === undefined || this.isCatalog(group)) return record;
    const root = this.rootOf(group, record);
    return root !== undefined && this.rootVisible(user, root.root, root.id) ? record : undefined;
  }
}

/** The id of an environment's primary domain (GetEnvironment's `primary_domain`), or null. */
export function primaryDomainOf(resources: ResourceStore, environment: string): string | null {
  return resources.all('domains').find((domain) => domain.environment === environment && domain.is_primary === true)?.uuid ?? null;
}
