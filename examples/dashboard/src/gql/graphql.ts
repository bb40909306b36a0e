/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Status of a backup. */
export type BackupStatus =
  /** Finished; the backup can be restored into a new service (createService with backupId). */
  | 'DONE'
  /** Failed; the backup cannot be restored. */
  | 'ERROR'
  /** Still being taken; durationInSeconds counts from its start until now. */
  | 'IN_PROGRESS'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Cloud provider hosting a service. */
export type CloudProvider =
  /** Amazon Web Services. */
  | 'AWS'
  /** Microsoft Azure. */
  | 'AZURE'
  /** Google Cloud Platform. */
  | 'GCP'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Where a deployment stands, in the upstream's words (waiting, running, done). Not the verdict and not the end: read endedAt and success for those. */
export type DeploymentStatus =
  /** What the API says of an ended deployment, successful or not: success tells the verdict. */
  | 'DONE'
  /** Ended without releasing (an older word; the API now says done). */
  | 'FAILURE'
  /** Waiting to start. */
  | 'QUEUED'
  /** Building or releasing now. */
  | 'RUNNING'
  /** Ended, and the new version is released (an older word; the API now says done). */
  | 'SUCCESS'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Lifecycle state of a ClickHouse Cloud service. */
export type ServiceState =
  /** Waking from IDLE because work arrived; RUNNING next. */
  | 'AWAKING'
  /** Running with a problem that reduces what it can serve. */
  | 'DEGRADED'
  /** Failed; it does not serve queries. */
  | 'FAILED'
  /** Scaled down to zero after idleTimeoutMinutes without work (idleScaling); wakes on demand. */
  | 'IDLE'
  /** Some of its replicas run, others do not. */
  | 'PARTIALLY_RUNNING'
  /** Being created: its infrastructure is set up before it first runs. */
  | 'PROVISIONING'
  /** Running and serving queries. */
  | 'RUNNING'
  /** Deleted, but not yet purged by ClickHouse Cloud. */
  | 'SOFTDELETED'
  /** Being soft-deleted; SOFTDELETED next. */
  | 'SOFTDELETING'
  /** Starting after startService; RUNNING next. */
  | 'STARTING'
  /** Stopped: serves no queries until started again; the only state deleteService accepts. */
  | 'STOPPED'
  /** Stopping after stopService; STOPPED next. */
  | 'STOPPING'
  /** Deleted. */
  | 'TERMINATED'
  /** Being deleted; TERMINATED next. */
  | 'TERMINATING'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Tier of a ClickHouse Cloud service. */
export type ServiceTier =
  /** Dedicated hardware with a high CPU-to-memory ratio. */
  | 'DEDICATED_HIGH_CPU'
  /** Dedicated hardware with a high memory-to-CPU ratio. */
  | 'DEDICATED_HIGH_MEM'
  /** Dedicated hardware with a balanced CPU-to-memory ratio. */
  | 'DEDICATED_STANDARD'
  /** Dedicated, on n2d-standard-4 machines. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_4'
  /** Dedicated, on n2d-standard-8 machines. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_8'
  /** Dedicated, on n2d-standard-32 machines. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_32'
  /** Dedicated, on n2d-standard-32 machines with the 16SSD local storage option. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_32_16SSD'
  /** Dedicated, on n2d-standard-64 machines with the 24SSD local storage option. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_64_24SSD'
  /** Dedicated, on n2d-standard-128 machines. */
  | 'DEDICATED_STANDARD_N2D_STANDARD_128'
  /** Fixed size, for development; not available on Azure. */
  | 'DEVELOPMENT'
  /** Autoscaling, for production workloads; the only tier that takes memory settings. */
  | 'PRODUCTION'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

export type DashboardDeploymentFragment = { id: string, uuid: string, status: DeploymentStatus | null, success: boolean | null, percent: number | null, startedAt: string | null, endedAt: string | null, gitCommit: string | null };

export type DashboardApplicationsQueryVariables = Exact<{
  environments: number;
}>;


export type DashboardApplicationsQuery = { applications: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, name: string, slug: string, environments: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, slug: string, branch: string | null, deployedUrl: string | null, deployments: { edges: Array<{ node: { id: string, uuid: string, status: DeploymentStatus | null, success: boolean | null, percent: number | null, startedAt: string | null, endedAt: string | null, gitCommit: string | null } }> } | null } }> } | null } }> } | null };

export type DashboardDeploymentUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type DashboardDeploymentUpdatedSubscription = { deploymentUpdated: { id: string, uuid: string, status: DeploymentStatus | null, success: boolean | null, percent: number | null, startedAt: string | null, endedAt: string | null, gitCommit: string | null } };

export type DashboardDeployEnvironmentMutationVariables = Exact<{
  environmentId: string | number;
}>;


export type DashboardDeployEnvironmentMutation = { deployEnvironment:
    | { __typename: 'ConflictError', currentState: string | null, message: string }
    | { __typename: 'DeployEnvironmentPayload', deployment: { id: string, uuid: string, status: DeploymentStatus | null, success: boolean | null, percent: number | null, startedAt: string | null, endedAt: string | null, gitCommit: string | null } | null }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type DashboardServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardServicesQuery = { organizations: Array<{ id: string, uuid: string, name: string, services: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, name: string, state: ServiceState, tier: ServiceTier | null, provider: CloudProvider, region: string, latestBackup: { id: string, status: BackupStatus, startedAt: string | null, finishedAt: string | null, sizeInBytes: number | null } | null } }> } | null }> | null };

export type DashboardServiceUpdatesSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type DashboardServiceUpdatesSubscription = { organizationServicesUpdated: { id: string, uuid: string, name: string, state: ServiceState, tier: ServiceTier | null, provider: CloudProvider, region: string } };

export type DashboardStopServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardStopServiceMutation = { stopService:
    | { __typename: 'ConflictError', currentState: string | null, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServicePayload', service: { id: string, uuid: string, state: ServiceState } }
    | { __typename: 'ValidationError', message: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export type DashboardStartServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardStartServiceMutation = { startService:
    | { __typename: 'ConflictError', currentState: string | null, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ServicePayload', service: { id: string, uuid: string, state: ServiceState } }
    | { __typename: 'ValidationError', message: string, fields: Array<{ field: string, messages: Array<string> }> }
   };

export const DashboardDeploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardDeployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gitCommit"}}]}}]} as unknown as DocumentNode<DashboardDeploymentFragment, unknown>;
export const DashboardApplicationsDocument = {"__meta__":{"hash":"5ba9f03f191388d43f49bb3456cdd9ff16cd13548bd6b3f6c9b2661e4e9f3dea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"deployedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardDeployment"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardDeployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gitCommit"}}]}}]} as unknown as DocumentNode<DashboardApplicationsQuery, DashboardApplicationsQueryVariables>;
export const DashboardDeploymentUpdatedDocument = {"__meta__":{"hash":"366f4ed58928bca897e1b5cc10e4c026777ebe30d97213fe5a47ca58de937e9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardDeploymentUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deploymentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardDeployment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardDeployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gitCommit"}}]}}]} as unknown as DocumentNode<DashboardDeploymentUpdatedSubscription, DashboardDeploymentUpdatedSubscriptionVariables>;
export const DashboardDeployEnvironmentDocument = {"__meta__":{"hash":"2fa2a3a05c1772387dfbc09c21aad1b75e1b0015a204a21abbf08c72f3bd339d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardDeployEnvironment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployEnvironment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"environmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environmentId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeployEnvironmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardDeployment"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardDeployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deployment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gitCommit"}}]}}]} as unknown as DocumentNode<DashboardDeployEnvironmentMutation, DashboardDeployEnvironmentMutationVariables>;
export const DashboardServicesDocument = {"__meta__":{"hash":"97b440f058d8322bc54c4b4e8cf83b28e84f9a12c0e0b717e0a0058bd5aff59e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"latestBackup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sizeInBytes"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardServicesQuery, DashboardServicesQueryVariables>;
export const DashboardServiceUpdatesDocument = {"__meta__":{"hash":"2e001baecd621a4eecb056dcde0dcb6389ae6c21431098221eec514b726e22dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardServiceUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationServicesUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<DashboardServiceUpdatesSubscription, DashboardServiceUpdatesSubscriptionVariables>;
export const DashboardStopServiceDocument = {"__meta__":{"hash":"dd6b36bac3f490530e03727894f3f0329414f49d98b8e57347f37df5ffa665d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardStopService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardStopServiceMutation, DashboardStopServiceMutationVariables>;
export const DashboardStartServiceDocument = {"__meta__":{"hash":"e7726c29c28c9e4ddc1972a09aa62c2bd3d68e36be56da7f08bf3308e4ffd5b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardStartService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardStartServiceMutation, DashboardStartServiceMutationVariables>;