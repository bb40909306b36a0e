/**
 * Deployment fields, the `deployment(uuid)` query and deployEnvironment.
 */
import { builder } from '../../builder.js';
import { liveKeys } from '../../live/registry.js';
import type { BuildMode } from '../../upstream/divio/types.js';
import { FieldErrors, typedResult } from '../errors.js';
import { DeploymentRef } from './deployment-node.js';
import { EnvironmentRef } from './environment-node.js';
import { divioIdFromInput, withDivioTypedErrors } from './ids.js';
import { rawFields, type RawField } from './raw-fields.js';

const DEPLOYMENT_FIELDS: readonly RawField[] = [
  ['success', 'success', 'Boolean', 'null while the deployment runs.'],
  ['percent', 'percent', 'Int', 'Progress, 0 to 100.'],
  ['startedAt', 'started_at', 'DateTime'],
  ['endedAt', 'ended_at', 'DateTime'],
  ['duration', 'duration', 'Float', 'Seconds.'],
  ['gitCommit', 'git_commit', 'String'],
  ['isUsable', 'is_usable', 'Boolean'],
  ['region', 'region', 'DivioId'],
  ['orgMembership', 'org_membership', 'DivioId'],
  ['alternativeDockerfile', 'alternative_dockerfile', 'String'],
  ['copyFrom', 'copy_from', 'DivioId'],
];

DeploymentRef.implement({
  description: 'A deployment of a Divio environment.',
  fields: (t) => ({
    uuid: t.field({ type: 'DivioId', resolve: (deployment) => deployment.uuid }),
    ...rawFields(t, DEPLOYMENT_FIELDS),
    environment: t.field({ type: EnvironmentRef, resolve: (deployment) => deployment.environment }),
    logs: t.string({
      nullable: true,
      description: 'The deployment log text.',
      resolve: (deployment, _args, context) => context.divio().deploymentLogs(deployment.uuid),
    }),
    environmentVariables: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The environment variables the deployment ran with (name -> value).',
      resolve: (deployment, _args, context) => context.divio().deploymentEnvironmentVariables(deployment.uuid),
    }),
  }),
});

builder.queryFields((t) => ({
  deployment: t.field({
    type: DeploymentRef,
    nullable: true,
    args: { uuid: t.arg({ type: 'DivioId', required: true }) },
    resolve: (_root, args) => args.uuid,
  }),
}));

const BuildModeEnum = builder.enumType('BuildMode', {
  values: {
    AUTO: { value: 'AUTO', description: 'Build a new image if there are new commits, else reuse the latest.' },
    ADOPT: { value: 'ADOPT', description: 'Use the latest image.' },
    FORCE: { value: 'FORCE', description: 'Build a new image.' },
  } as const,
});

const DeployEnvironmentInput = builder.inputType('DeployEnvironmentInput', {
  fields: (t) => ({
    environmentId: t.id({ required: true, description: 'Global id (or Divio id) of the environment to deploy.' }),
    buildMode: t.field({ type: BuildModeEnum, description: 'Default AUTO.' }),
    copyFrom: t.id({ description: 'Environment (global id or Divio id) to copy content from.' }),
    adoptDeployment: t.id({ description: 'Deployment (global id or Divio id) whose image to adopt.' }),
    provisionServices: t.boolean({ description: 'Default true.' }),
  }),
});

const DeployEnvironmentPayload = builder.objectRef<{ uuid: string }>('DeployEnvironmentPayload').implement({
  fields: (t) => ({ deployment: t.field({ type: DeploymentRef, resolve: (payload) => payload.uuid }) }),
});

builder.mutationField('deployEnvironment', (t) =>
  t.field({
    type: DeployEnvironmentPayload,
    description: 'Starts a deployment; follow it with deploymentUpdated or by polling deployment(uuid).',
    errors: typedResult('DeployEnvironmentResult'),
    args: { input: t.arg({ type: DeployEnvironmentInput, required: true }) },
    resolve: (_root, { input }, context) =>
      withDivioTypedErrors(async () => {
        const errors = new FieldErrors();
        const ids: Record<string, string | undefined> = {};
        const refs = [
          ['environmentId', input.environmentId, 'Environment'],
          ['copyFrom', input.copyFrom, 'Environment'],
          ['adoptDeployment', input.adoptDeployment, 'Deployment'],
        ] as const;
        for (const [field, value, typename] of refs) {
          if (value == null) continue;
          try {
            ids[field] = divioIdFromInput(value, typename, field);
          } catch {
            errors.add(field, `must be the id of a ${typename} (or its Divio id)`);
          }
        }
        errors.throwIfAny();
        const uuid = await context.divio().createDeployment({
          environment: ids.environmentId!,
          build_mode: (input.buildMode ?? 'AUTO') as BuildMode,
          ...(ids.copyFrom ? { copy_from: ids.copyFrom } : {}),
          ...(ids.adoptDeployment ? { adopt_deployment: ids.adoptDeployment } : {}),
          ...(input.provisionServices == null ? {} : { provision_services: input.provisionServices }),
        });
        EnvironmentRef.getDataloader(context).clear(ids.environmentId!);
        context.live.nudge(liveKeys.environment(context.divio().scope, ids.environmentId!));
        return { uuid };
      }),
  }),
);
