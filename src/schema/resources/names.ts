/**
 * GraphQL names derived from a description, by the rules of ../shared/API.md "The whole Divio API":
 * camelCase fields, `<name>Id` / `<singular>Ids` beside references, mutations named after the seed
 * operation (Update and PartialUpdate are one `update<X>`, Destroy is `delete<X>`).
 */
import type { FieldSpec, FilterSpec, InputSpec, ResourceDescription } from '../../resources/types.js';

export const camelCase = (key: string): string => key.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());
export const pascalCase = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
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

/** Where the raw id(s) of a reference are readable, and what inputs and filters call it. */
export function idFieldName(spec: Spec): string {
  if (isRef(spec)) return spec.name?.endsWith('Id') ? spec.name : `${fieldName(spec)}Id`;
  if (isRefList(spec)) return spec.name?.endsWith('Ids') ? spec.name : `${singular(fieldName(spec))}Ids`;
  return fieldName(spec);
}

/** The name of the field in an input or filter: ids for references, else the camelCase key. */
export function argumentName(spec: Spec): string {
  return isRef(spec) || isRefList(spec) ? idFieldName(spec) : fieldName(spec);
}

/** The GraphQL name of the object field holding the type (`divioBackup`, `domain`). */
export function typeFieldName(resource: ResourceDescription): string {
  return lowerFirst(resource.type);
}

/** `UpdateDomain` -> `updateDomain`; `DestroyDomain` -> `deleteDomain`. */
export function mutationName(operation: string): string {
  return lowerFirst(operation.replace(/^Destroy/, 'Delete').replace(/^PartialUpdate/, 'Update'));
}
