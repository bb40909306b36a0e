/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TestDashboard {\n    organizations {\n      id\n      uuid\n      name\n      services(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            uuid\n            name\n            state\n            tier\n            provider\n            region\n            latestBackup { uuid status }\n            backups(first: 100) {\n              totalCount\n              edges { node { id uuid status type startedAt finishedAt sizeInBytes durationInSeconds } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TestDashboardDocument,
    "\n  query TestDashboardAliases($org: UUID!) {\n    first: organizations { name services { totalCount edges { node { name backups { totalCount } } } } }\n    second: organizations { id services { edges { node { state tier latestBackup { status } } } } }\n    one: organization(uuid: $org) { name services(first: 2) { edges { node { uuid } } } }\n  }\n": typeof types.TestDashboardAliasesDocument,
    "\n      query TestDashboardPlus {\n        organizations {\n          services { edges { node { uuid backups { totalCount } backupConfiguration { backupPeriodInHours } privateEndpointConfig { privateDnsHostname } } } }\n        }\n      }\n    ": typeof types.TestDashboardPlusDocument,
};
const documents: Documents = {
    "\n  query TestDashboard {\n    organizations {\n      id\n      uuid\n      name\n      services(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            uuid\n            name\n            state\n            tier\n            provider\n            region\n            latestBackup { uuid status }\n            backups(first: 100) {\n              totalCount\n              edges { node { id uuid status type startedAt finishedAt sizeInBytes durationInSeconds } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TestDashboardDocument,
    "\n  query TestDashboardAliases($org: UUID!) {\n    first: organizations { name services { totalCount edges { node { name backups { totalCount } } } } }\n    second: organizations { id services { edges { node { state tier latestBackup { status } } } } }\n    one: organization(uuid: $org) { name services(first: 2) { edges { node { uuid } } } }\n  }\n": types.TestDashboardAliasesDocument,
    "\n      query TestDashboardPlus {\n        organizations {\n          services { edges { node { uuid backups { totalCount } backupConfiguration { backupPeriodInHours } privateEndpointConfig { privateDnsHostname } } } }\n        }\n      }\n    ": types.TestDashboardPlusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestDashboard {\n    organizations {\n      id\n      uuid\n      name\n      services(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            uuid\n            name\n            state\n            tier\n            provider\n            region\n            latestBackup { uuid status }\n            backups(first: 100) {\n              totalCount\n              edges { node { id uuid status type startedAt finishedAt sizeInBytes durationInSeconds } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestDashboard {\n    organizations {\n      id\n      uuid\n      name\n      services(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            uuid\n            name\n            state\n            tier\n            provider\n            region\n            latestBackup { uuid status }\n            backups(first: 100) {\n              totalCount\n              edges { node { id uuid status type startedAt finishedAt sizeInBytes durationInSeconds } }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestDashboardAliases($org: UUID!) {\n    first: organizations { name services { totalCount edges { node { name backups { totalCount } } } } }\n    second: organizations { id services { edges { node { state tier latestBackup { status } } } } }\n    one: organization(uuid: $org) { name services(first: 2) { edges { node { uuid } } } }\n  }\n"): (typeof documents)["\n  query TestDashboardAliases($org: UUID!) {\n    first: organizations { name services { totalCount edges { node { name backups { totalCount } } } } }\n    second: organizations { id services { edges { node { state tier latestBackup { status } } } } }\n    one: organization(uuid: $org) { name services(first: 2) { edges { node { uuid } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TestDashboardPlus {\n        organizations {\n          services { edges { node { uuid backups { totalCount } backupConfiguration { backupPeriodInHours } privateEndpointConfig { privateDnsHostname } } } }\n        }\n      }\n    "): (typeof documents)["\n      query TestDashboardPlus {\n        organizations {\n          services { edges { node { uuid backups { totalCount } backupConfiguration { backupPeriodInHours } privateEndpointConfig { privateDnsHostname } } } }\n        }\n      }\n    "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;