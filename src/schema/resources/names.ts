/**
 * GraphQL names derived from a description, by the rules of ../shared/API.md "The whole Divio API":
 * camelCase fields, `<name>Id` / `<singular>Ids` beside references, mutations named after the seed
 * operation (Update and PartialUpdate are one `update<X>`, Destroy is `delete<X>`).
 */
import type { FieldSpec, FilterSpec, InputSpec, ResourceDescription } from '../../resources/types.js';

export const camelCase = (key: string): string => key.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());
export const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
/** `serviceInstanceBackups` -> `serviceInstanceBackup` (every plural here is a plain -s). */
export const singular = (name: string): string => name.replace(/s$/, '');

type Spec = FieldSpec | FilterSpec | InputSpec;

const isRef = (spec: Spec): boolean => typeof spec.type === 'object' && 'ref' in spec.type;
const isRefList = (spec: Spec): boolean => typeof spec.type === 'object' && 'refs' in spec.type;

/** The output field's name: for a reference, the object's name. */
export function fieldName(spec: Spec): string {
  return spec.name ?? camelCase(spec.key);
}

/** Where the raw id(s) of an output reference are readable (`environmentId`, `serviceInstanceBackupIds`). */
export function idFieldName(spec: FieldSpec): string {
  if (isRef(spec)) return `${fieldName(spec)}Id`;
  if (isRefList(spec)) return `${singular(fieldName(spec))}Ids`;
  return fieldName(spec);
}

/**
 * The name of an input or filter field: the given name, else ids for references (`environmentId`)
 * and the camelCase key for the rest.
 */
export function argumentName(spec: FilterSpec | InputSpec): string {
  if (spec.name) return spec.name;
  if (isRef(spec)) return `${camelCase(spec.key)}Id`;
  if (isRefList(spec)) return `${singular(camelCase(spec.key))}Ids`;
  return camelCase(spec.key);
}

/** The GraphQL name of the object field holding the type (`divioBackup`, `domain`). */
export function typeFieldName(resource: ResourceDescription): string {
  return resource.singularField ?? lowerFirst(resource.type);
}

/**
 * The GraphQL base name of a seed write operation: API.md's fixed name where it differs
 * (`CreateDeployment` -> `DeployEnvironment`), `Destroy<X>` -> `Delete<X>`, else the seed's.
 */
export function operationName(resource: Pick<ResourceDescription, 'renamed'>, operation: string): string {
  return resource.renamed?.[operation] ?? operation.replace(/^Destroy/, 'Delete').replace(/^PartialUpdate/, 'Update');
}

/** `UpdateDomain` -> `updateDomain`. */
export function mutationName(operation: string): string {
  return lowerFirst(operation);
}

/**
 * The seed operation a group's node loader calls to load objects by id: one detail GET each, or
 * the list (filtered by ids, or whole for a catalog), as the description's batch mode says.
 */
export function loadOperation(resource: Pick<ResourceDescription, 'batch' | 'operations' | 'group'>): string {
  const operation = resource.batch === 'each' ? (resource.operations.get ?? resource.operations.list) : (resource.operations.list ?? resource.operations.get);
  if (!operation) throw new Error(`${resource.group} has neither a list nor a get operation to load objects by id`);
  return operation;
}
