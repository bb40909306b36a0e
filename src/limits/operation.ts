/**
 * The operation a request runs, as the checks that need its variables read it: armor's rules run
 * during validation, which is cached per document and never sees variables, so a limit that
 * depends on `first: $n` or on the length of `ids: $ids` is checked when the operation executes.
 */
import {
  getOperationAST,
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface Operation {
  definition: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** The variables as sent, with the operation's defaults for those left out. */
  variables: Readonly<Record<string, unknown>>;
}

export interface OperationArgs {
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Readonly<Record<string, unknown>> | null;
}

/** The operation to run; undefined when there is none to pick (execution reports that). */
/** Both limit plugins read the same execution's operation: it is worked out once per args. */
const operations = new WeakMap<object, Operation | undefined>();

export function operationOf(args: OperationArgs): Operation | undefined {
  if (operations.has(args)) return operations.get(args);
  const operation = readOperation(args);
  operations.set(args, operation);
  return operation;
}

function readOperation(args: OperationArgs): Operation | undefined {
  const definition = getOperationAST(args.document, args.operationName);
  if (!definition) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const node of args.document.definitions) if (node.kind === Kind.FRAGMENT_DEFINITION) fragments.set(node.name.value, node);
  const variables: Record<string, unknown> = {};
  for (const { variable, defaultValue } of definition.variableDefinitions ?? []) {
    if (defaultValue) variables[variable.name.value] = valueFromASTUntyped(defaultValue);
  }
  return { definition, fragments, variables: { ...variables, ...args.variableValues } };
}

/** A field's arguments with variables filled in, as plain values. */
export function argumentsOf(field: FieldNode, variables: Operation['variables']): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const argument of field.arguments ?? []) values[argument.name.value] = valueFromASTUntyped(argument.value, variables);
  return values;
}

/**
 * The fields a selection set selects, through inline fragments and fragment spreads whose type
 * condition `applies` (no condition always applies). Validation has ruled out fragment cycles.
 */
export function fieldsOf(
  selectionSet: SelectionSetNode,
  fragments: Operation['fragments'],
  applies: (typeCondition: string | undefined) => boolean,
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(selection.typeCondition?.name.value)) fields.push(...fieldsOf(selection.selectionSet, fragments, applies));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && applies(fragment.typeCondition.name.value)) fields.push(...fieldsOf(fragment.selectionSet, fragments, applies));
    }
  }
  return fields;
}

/**
 * A refusal before execution, with the numbers that decided it in `extensions`. HTTP 400 like a
 * validation error (and 200 for legacy `application/json` clients, as the GraphQL-over-HTTP spec
 * asks: yoga reads `http.spec`).
 */
export function queryTooComplex(message: string, numbers: Record<string, number | string>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...numbers, http: { status: 400, spec: true } } });
}
