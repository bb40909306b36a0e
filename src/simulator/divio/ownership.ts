/**
 * Who owns a record, read off the descriptions: every record belongs to an organisation, directly
 * (an `organisation` field) or through a chain of references (a deployment -> its environment ->
 * its application -> the organisation), and a token sees it iff it belongs to one of the token's
 * organisations and nothing on the chain is concealed (an archived application hides everything
 * under it). Groups whose chain leads to no organisation are catalogs every valid token sees.
 */
import type { MemoryStore } from '../core/memory-store.js';
import type { ResourceDescription } from '../../resources/types.js';
import type { WireRecord } from './records.js';
import type { TokenRecord } from './types.js';

/** Every group's records, as the wire shows them. */
export type DivioGroups = { [group: string]: WireRecord };

/** The field every organisation-owned chain ends at. */
const ORGANISATION_KEY = 'organisation';
/** References that make their holder part of the referenced object, before any other. */
const PARENT_TYPES = ['Environment', 'Application'];
/** The longest chain (a download part -> download -> backup -> environment -> application -> organisation). */
const MAX_CHAIN = 6;

/** The field a record's owner is found through, and the group it points into (null: the organisation itself). */
interface Owner {
  key: string;
  group: string | null;
}

/** Whether a record exists for no one (an archived application, and so everything it owns). */
export type Concealed = (group: string, record: WireRecord) => boolean;

export class Ownership {
  private readonly groupOfType = new Map<string, string>();
  private readonly owners = new Map<string, Owner | null>();

  constructor(
    private readonly descriptions: readonly ResourceDescription[],
    private readonly store: MemoryStore<DivioGroups>,
    private readonly concealed: Concealed,
  ) {
    for (const resource of descriptions) this.groupOfType.set(resource.type, resource.group);
    for (const resource of descriptions) this.owners.set(resource.group, this.ownerOf(resource, new Set()));
  }

  /**
   * A reference to an environment, else to an application (never to the group itself: a copy's
   * `copied_from`), else the `organisation` id, else the first reference into a group that has an
   * owner (a webhook's repository); none: a catalog.
   */
  private ownerOf(resource: ResourceDescription, seen: Set<string>): Owner | null {
    seen.add(resource.group);
    const refs = resource.fields.flatMap((field) => {
      const group = typeof field.type === 'object' && 'ref' in field.type ? this.groupOfType.get(field.type.ref) : undefined;
      return group === undefined || group === resource.group ? [] : [{ key: field.key, type: (field.type as { ref: string }).ref, group }];
    });
    for (const type of PARENT_TYPES) {
      const parent = refs.find((ref) => ref.type === type);
      if (parent !== undefined) return { key: parent.key, group: parent.group };
    }
    if (resource.fields.some((field) => field.key === ORGANISATION_KEY)) return { key: ORGANISATION_KEY, group: null };
    for (const ref of refs) {
      const target = this.descriptions.find((candidate) => candidate.group === ref.group);
      // Through a reference to something owned; a catalog entry owns nothing.
      if (target !== undefined && !seen.has(target.group) && this.ownerOf(target, seen) !== null) return { key: ref.key, group: ref.group };
    }
    return null;
  }

  /** The group a GraphQL type name (a reference's target) is stored in. */
  groupOf(type: string): string | undefined {
    return this.groupOfType.get(type);
  }

  isCatalog(group: string): boolean {
    return this.owners.get(group) === null;
  }

  /** The record and its owners, nearest first, up to (not including) the organisation; undefined when the chain is broken. */
  chainOf(group: string, record: WireRecord): Array<{ group: string; record: WireRecord }> | undefined {
    const chain = [{ group, record }];
    for (let link = chain[0]!; chain.length <= MAX_CHAIN; ) {
      const owner = this.owners.get(link.group);
      if (owner === undefined || owner === null || owner.group === null) return chain;
      const parent = this.store.get(owner.group, String(link.record[owner.key]));
      if (parent === undefined) return undefined;
      link = { group: owner.group, record: parent };
      chain.push(link);
    }
    return undefined;
  }

  /** The organisation a record belongs to, when it belongs to one (and is not concealed). */
  organisationOf(group: string, record: WireRecord): string | undefined {
    const chain = this.chainOf(group, record);
    if (chain === undefined || chain.some((link) => this.concealed(link.group, link.record))) return undefined;
    const top = chain.at(-1)!;
    const id = top.record[ORGANISATION_KEY];
    return this.owners.get(top.group)?.group === null && typeof id === 'string' ? id : undefined;
  }

  /** The nearest record of `group` on a record's chain (its environment, its application). */
  ancestor(group: string, record: WireRecord, wanted: string): WireRecord | undefined {
    return this.chainOf(group, record)?.find((link) => link.group === wanted)?.record;
  }

  /** A key the record does not hold, as its nearest owner holding it has it (a deployment's application). */
  inherited(group: string, record: WireRecord, key: string): unknown {
    return this.chainOf(group, record)?.find((link) => key in link.record)?.record[key];
  }

  /** The record if the token may see it: a catalog entry, or one of the token's organisations. */
  visible(user: TokenRecord, group: string, id: string): WireRecord | undefined {
    const record = this.store.get(group, id);
    if (record === undefined || this.isCatalog(group)) return record;
    const organisation = this.organisationOf(group, record);
    return organisation !== undefined && user.organisations.includes(organisation) ? record : undefined;
  }
}
