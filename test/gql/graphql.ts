/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Status of a backup. */
export type BackupStatus =
  | 'DONE'
  | 'ERROR'
  | 'IN_PROGRESS'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Kind of backup. */
export type BackupType =
  | 'FULL'
  | 'INCREMENTAL'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Cloud provider hosting a service. */
export type CloudProvider =
  | 'AWS'
  | 'AZURE'
  | 'GCP'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Lifecycle state of a ClickHouse Cloud service. */
export type ServiceState =
  | 'AWAKING'
  | 'DEGRADED'
  | 'FAILED'
  | 'IDLE'
  | 'PARTIALLY_RUNNING'
  | 'PROVISIONING'
  | 'RUNNING'
  | 'SOFTDELETED'
  | 'SOFTDELETING'
  | 'STARTING'
  | 'STOPPED'
  | 'STOPPING'
  | 'TERMINATED'
  | 'TERMINATING'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

/** Tier of a ClickHouse Cloud service. */
export type ServiceTier =
  | 'DEDICATED_HIGH_CPU'
  | 'DEDICATED_HIGH_MEM'
  | 'DEDICATED_STANDARD'
  | 'DEDICATED_STANDARD_N2D_STANDARD_4'
  | 'DEDICATED_STANDARD_N2D_STANDARD_8'
  | 'DEDICATED_STANDARD_N2D_STANDARD_32'
  | 'DEDICATED_STANDARD_N2D_STANDARD_32_16SSD'
  | 'DEDICATED_STANDARD_N2D_STANDARD_64_24SSD'
  | 'DEDICATED_STANDARD_N2D_STANDARD_128'
  | 'DEVELOPMENT'
  | 'PRODUCTION'
  /** A value this gateway does not know yet (a newer upstream). */
  | 'UNKNOWN';

export type TestDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type TestDashboardQuery = { organizations: Array<{ id: string, uuid: string, name: string, services: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, name: string, state: ServiceState, tier: ServiceTier | null, provider: CloudProvider, region: string, latestBackup: { uuid: string, status: BackupStatus } | null, backups: { totalCount: number, edges: Array<{ node: { id: string, uuid: string, status: BackupStatus, type: BackupType | null, startedAt: string | null, finishedAt: string | null, sizeInBytes: number | null, durationInSeconds: number | null } }> } } }> } }> };

export type TestDashboardAliasesQueryVariables = Exact<{
  org: string;
}>;


export type TestDashboardAliasesQuery = { first: Array<{ name: string, services: { totalCount: number, edges: Array<{ node: { name: string, backups: { totalCount: number } } }> } }>, second: Array<{ id: string, services: { edges: Array<{ node: { state: ServiceState, tier: ServiceTier | null, latestBackup: { status: BackupStatus } | null } }> } }>, one: { name: string, services: { edges: Array<{ node: { uuid: string } }> } } | null };

export type TestDashboardPlusQueryVariables = Exact<{ [key: string]: never; }>;


export type TestDashboardPlusQuery = { organizations: Array<{ services: { edges: Array<{ node: { uuid: string, backups: { totalCount: number }, backupConfiguration: { backupPeriodInHours: number | null } | null, privateEndpointConfig: { privateDnsHostname: string | null } | null } }> } }> };


export const TestDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"latestBackup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sizeInBytes"}},{"kind":"Field","name":{"kind":"Name","value":"durationInSeconds"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestDashboardQuery, TestDashboardQueryVariables>;
export const TestDashboardAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestDashboardAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"backups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"latestBackup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"one"},"name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestDashboardAliasesQuery, TestDashboardAliasesQueryVariables>;
export const TestDashboardPlusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestDashboardPlus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"backups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backupConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backupPeriodInHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateEndpointConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"privateDnsHostname"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestDashboardPlusQuery, TestDashboardPlusQueryVariables>;