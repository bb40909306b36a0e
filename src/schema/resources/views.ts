/**
 * Views from descriptions: reads of one object that answer something else (its metrics, its logs,
 * its commits) become a field on the object, named for what it returns, with the read's query
 * parameters as arguments checked before any upstream call.
 */
import { builder } from '../../builder.js';
import type { InputSpec, ResourceDescription, ViewSpec } from '../../resources/types.js';
import { FieldErrors, throwIfBadArguments } from '../errors.js';
import { describe, inputType, toBody } from './inputs.js';
import { argumentName } from './names.js';
import { nodeRef, objectItems, objectRef, resourceClient } from './nodes.js';
import { divioCalls } from '../operation-names.js';

type ArgBuilder = PothosSchemaTypes.ObjectFieldBuilder<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, unknown>['arg'];

function viewArguments(arg: ArgBuilder, specs: readonly InputSpec[]): Record<string, unknown> {
  return Object.fromEntries(
    specs.map((spec) => [argumentName(spec), arg({ type: inputType(spec) as 'String', required: spec.required === true, description: describe(spec) })]),
  );
}

/** The query for the given arguments; every problem at once, as BAD_USER_INPUT naming the arguments. */
function viewQuery(view: ViewSpec, args: Record<string, unknown>): Record<string, string | number | boolean | string[]> {
  const errors = new FieldErrors();
  const query = toBody(view.arguments ?? [], args, errors);
  throwIfBadArguments(errors, `${view.field} arguments`);
  return query as Record<string, string | number | boolean | string[]>;
}

export function defineViews(resource: ResourceDescription): void {
  for (const view of resource.views ?? []) {
    if (!view.result) throw new Error(`The view ${view.operation} of ${resource.group} has no result shape`);
    const result = view.result;
    const type = objectRef(result);
    builder.objectField(nodeRef(resource.type) as never, view.field, (t) =>
      (t as unknown as { field(options: object): unknown }).field({
        type: view.answer === 'list' ? [type] : type,
        nullable: true,
        description: view.description,
        extensions: divioCalls(view.operation),
        args: viewArguments((t as unknown as { arg: ArgBuilder }).arg, view.arguments ?? []),
        resolve: async (record: { uuid: string }, args: Record<string, unknown>, context: never) => {
          const query = viewQuery(view, args);
          const answer = await resourceClient(context).view(resource, view, record.uuid, query);
          return view.answer === 'list' ? objectItems(result, answer) : (answer as Record<string, unknown>);
        },
      }) as never,
    );
  }
}
