/**
 * createEnvironment, updateEnvironment, copyEnvironment, stopEnvironment, deleteEnvironment.
 * Each validates the seed's rules first, makes one upstream write, and returns the environment as
 * the upstream now reports it.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import { liveKeys } from '../../live/registry.js';
import type { Context } from '../../context.js';
import { FieldErrors, typedResult } from '../errors.js';
import { EnvironmentRef } from './environment-node.js';
import { divioIdFromInput, withDivioTypedErrors } from './ids.js';
import { divioLoaders } from './loaders.js';
import { checkLength, checkSlug, COPY_SLUG_PATTERN, MAX_TEXT } from './validation.js';

const EnvironmentPayload = builder.objectRef<{ uuid: string }>('EnvironmentPayload').implement({
  description: 'The environment as the upstream reports it after the change.',
  fields: (t) => ({ environment: t.field({ type: EnvironmentRef, resolve: (payload) => payload.uuid }) }),
});

/** Forget what this request loaded about an environment so the payload reads it fresh. */
function refreshed(context: Context, uuid: string): { uuid: string } {
  EnvironmentRef.getDataloader(context).clear(uuid);
  divioLoaders(context).environmentsByApplication.clearAll();
  context.live.nudge(liveKeys.environment(context.divio().scope, uuid));
  return { uuid };
}

const CreateEnvironmentInput = builder.inputType('CreateEnvironmentInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true, description: 'Global id (or Divio id) of the application.' }),
    slug: t.string({ required: true, description: 'Letters, digits, - and _; unique in the application.' }),
    branch: t.string({ required: true }),
    alternativeDockerfile: t.string({ description: 'Path of an alternative Dockerfile.' }),
  }),
});

builder.mutationField('createEnvironment', (t) =>
  t.field({
    type: EnvironmentPayload,
    errors: typedResult('CreateEnvironmentResult'),
    args: { input: t.arg({ type: CreateEnvironmentInput, required: true }) },
    resolve: (_root, { input }, context) =>
      withDivioTypedErrors(async () => {
        const errors = new FieldErrors();
        let application = '';
        try {
          application = divioIdFromInput(input.applicationId, 'Application', 'applicationId');
        } catch {
          errors.add('applicationId', 'must be the id of an Application (or its Divio id)');
        }
        checkSlug(errors, 'slug', input.slug);
        checkLength(errors, 'branch', input.branch, 1, MAX_TEXT);
        checkLength(errors, 'alternativeDockerfile', input.alternativeDockerfile, 0, MAX_TEXT);
        errors.throwIfAny();
        const uuid = await context.divio().createEnvironment({
          application,
          slug: input.slug,
          branch: input.branch,
          ...(input.alternativeDockerfile === undefined ? {} : { alternative_dockerfile: input.alternativeDockerfile }),
        });
        return refreshed(context, uuid);
      }),
  }),
);

const UpdateEnvironmentInput = builder.inputType('UpdateEnvironmentInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id (or Divio id) of the environment.' }),
    branch: t.string(),
    alternativeDockerfile: t.string({ description: 'null clears it.' }),
  }),
});

builder.mutationField('updateEnvironment', (t) =>
  t.field({
    type: EnvironmentPayload,
    errors: typedResult('UpdateEnvironmentResult'),
    args: { input: t.arg({ type: UpdateEnvironmentInput, required: true }) },
    resolve: (_root, { input }, context) =>
      withDivioTypedErrors(async () => {
        const uuid = divioIdFromInput(input.id, 'Environment', 'id');
        const errors = new FieldErrors();
        checkLength(errors, 'branch', input.branch, 1, MAX_TEXT);
        checkLength(errors, 'alternativeDockerfile', input.alternativeDockerfile, 0, MAX_TEXT);
        if (input.branch == null && input.alternativeDockerfile === undefined) {
          errors.add('input', 'nothing to update: give branch or alternativeDockerfile');
        }
        errors.throwIfAny();
        await context.divio().updateEnvironment(uuid, {
          ...(input.branch == null ? {} : { branch: input.branch }),
          ...(input.alternativeDockerfile === undefined ? {} : { alternative_dockerfile: input.alternativeDockerfile }),
        });
        return refreshed(context, uuid);
      }),
  }),
);

const CopyEnvironmentInput = builder.inputType('CopyEnvironmentInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global id (or Divio id) of the environment to copy.' }),
    newSlug: t.string({ required: true, description: 'Lowercase letters and digits, dashes between them.' }),
  }),
});

builder.mutationField('copyEnvironment', (t) =>
  t.field({
    type: EnvironmentPayload,
    description: 'Copies an environment into a new one of the same application; returns the copy.',
    errors: typedResult('CopyEnvironmentResult'),
    args: { input: t.arg({ type: CopyEnvironmentInput, required: true }) },
    resolve: (_root, { input }, context) =>
      withDivioTypedErrors(async () => {
        const uuid = divioIdFromInput(input.id, 'Environment', 'id');
        const errors = new FieldErrors();
        checkSlug(errors, 'newSlug', input.newSlug, COPY_SLUG_PATTERN);
        errors.throwIfAny();
        const copy = await context.divio().copyEnvironment(uuid, input.newSlug);
        return refreshed(context, copy.uuid);
      }),
  }),
);

const EnvironmentIdInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({ id: t.id({ required: true, description: 'Global id (or Divio id) of the environment.' }) }),
  });

builder.mutationField('stopEnvironment', (t) =>
  t.field({
    type: EnvironmentPayload,
    description: 'Stops the running instances of the environment.',
    errors: typedResult('StopEnvironmentResult'),
    args: { input: t.arg({ type: EnvironmentIdInput('StopEnvironmentInput'), required: true }) },
    resolve: (_root, { input }, context) =>
      withDivioTypedErrors(async () => {
        const uuid = divioIdFromInput(input.id, 'Environment', 'id');
        await context.divio().stopEnvironment(uuid);
        return refreshed(context, uuid);
      }),
  }),
);

const DeleteEnvironmentPayload = builder
  .objectRef<{ uuid: string }>('DeleteEnvironmentPayload')
  .implement({
    fields: (t) => ({
      deletedEnvironmentId: t.id({ resolve: (payload) => encodeGlobalID('Environment', payload.uuid) }),
      deletedEnvironmentUuid: t.field({ type: 'DivioId', resolve: (payload) => payload.uuid }),
    }),
  });

builder.mutationField('deleteEnvironment', (t) =>
  t.field({
    type: DeleteEnvironmentPayload,
    errors: typedResult('DeleteEnvironmentResult'),
    args: { input: t.arg({ type: EnvironmentIdInput('DeleteEnvironmentInput'), required: true }) },
    resolve: (_root, { input }, context) =>
      withDivioTypedErrors(async () => {
        const uuid = divioIdFromInput(input.id, 'Environment', 'id');
        await context.divio().deleteEnvironment(uuid);
        refreshed(context, uuid);
        return { uuid };
      }),
  }),
);
