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
    "\n  fragment DashboardDeployment on Deployment {\n    id\n    uuid\n    status\n    success\n    percent\n    startedAt\n    endedAt\n    gitCommit\n  }\n": typeof types.DashboardDeploymentFragmentDoc,
    "\n  query DashboardApplications($environments: Int!) {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          uuid\n          name\n          slug\n          environments(first: $environments) {\n            totalCount\n            edges {\n              node {\n                id\n                uuid\n                slug\n                branch\n                deployedUrl\n                deployments(first: 1) {\n                  edges {\n                    node {\n                      ...DashboardDeployment\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardApplicationsDocument,
    "\n  subscription DashboardDeploymentUpdated($id: ID!) {\n    deploymentUpdated(id: $id) {\n      ...DashboardDeployment\n    }\n  }\n": typeof types.DashboardDeploymentUpdatedDocument,
    "\n  mutation DashboardDeployEnvironment($environmentId: ID!) {\n    deployEnvironment(input: { environmentId: $environmentId }) {\n      __typename\n      ... on DeployEnvironmentPayload {\n        deployment {\n          ...DashboardDeployment\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.DashboardDeployEnvironmentDocument,
    "\n  query DashboardServices {\n    organizations {\n      id\n      uuid\n      name\n      services(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            uuid\n            name\n            state\n            tier\n            provider\n            region\n            latestBackup {\n              id\n              status\n              startedAt\n              finishedAt\n              sizeInBytes\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardServicesDocument,
    "\n  subscription DashboardServiceUpdates($organizationId: ID!) {\n    organizationServicesUpdated(organizationId: $organizationId) {\n      id\n      uuid\n      name\n      state\n      tier\n      provider\n      region\n    }\n  }\n": typeof types.DashboardServiceUpdatesDocument,
    "\n  mutation DashboardStopService($id: ID!) {\n    stopService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload {\n        service {\n          id\n          uuid\n          state\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.DashboardStopServiceDocument,
    "\n  mutation DashboardStartService($id: ID!) {\n    startService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload {\n        service {\n          id\n          uuid\n          state\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.DashboardStartServiceDocument,
};
const documents: Documents = {
    "\n  fragment DashboardDeployment on Deployment {\n    id\n    uuid\n    status\n    success\n    percent\n    startedAt\n    endedAt\n    gitCommit\n  }\n": types.DashboardDeploymentFragmentDoc,
    "\n  query DashboardApplications($environments: Int!) {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          uuid\n          name\n          slug\n          environments(first: $environments) {\n            totalCount\n            edges {\n              node {\n                id\n                uuid\n                slug\n                branch\n                deployedUrl\n                deployments(first: 1) {\n                  edges {\n                    node {\n                      ...DashboardDeployment\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DashboardApplicationsDocument,
    "\n  subscription DashboardDeploymentUpdated($id: ID!) {\n    deploymentUpdated(id: $id) {\n      ...DashboardDeployment\n    }\n  }\n": types.DashboardDeploymentUpdatedDocument,
    "\n  mutation DashboardDeployEnvironment($environmentId: ID!) {\n    deployEnvironment(input: { environmentId: $environmentId }) {\n      __typename\n      ... on DeployEnvironmentPayload {\n        deployment {\n          ...DashboardDeployment\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.DashboardDeployEnvironmentDocument,
    "\n  query DashboardServices {\n    organizations {\n      id\n      uuid\n      name\n      services(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            uuid\n            name\n            state\n            tier\n            provider\n            region\n            latestBackup {\n              id\n              status\n              startedAt\n              finishedAt\n              sizeInBytes\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DashboardServicesDocument,
    "\n  subscription DashboardServiceUpdates($organizationId: ID!) {\n    organizationServicesUpdated(organizationId: $organizationId) {\n      id\n      uuid\n      name\n      state\n      tier\n      provider\n      region\n    }\n  }\n": types.DashboardServiceUpdatesDocument,
    "\n  mutation DashboardStopService($id: ID!) {\n    stopService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload {\n        service {\n          id\n          uuid\n          state\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.DashboardStopServiceDocument,
    "\n  mutation DashboardStartService($id: ID!) {\n    startService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload {\n        service {\n          id\n          uuid\n          state\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.DashboardStartServiceDocument,
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
export function graphql(source: "\n  fragment DashboardDeployment on Deployment {\n    id\n    uuid\n    status\n    success\n    percent\n    startedAt\n    endedAt\n    gitCommit\n  }\n"): (typeof documents)["\n  fragment DashboardDeployment on Deployment {\n    id\n    uuid\n    status\n    success\n    percent\n    startedAt\n    endedAt\n    gitCommit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardApplications($environments: Int!) {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          uuid\n          name\n          slug\n          environments(first: $environments) {\n            totalCount\n            edges {\n              node {\n                id\n                uuid\n                slug\n                branch\n                deployedUrl\n                deployments(first: 1) {\n                  edges {\n                    node {\n                      ...DashboardDeployment\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardApplications($environments: Int!) {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          uuid\n          name\n          slug\n          environments(first: $environments) {\n            totalCount\n            edges {\n              node {\n                id\n                uuid\n                slug\n                branch\n                deployedUrl\n                deployments(first: 1) {\n                  edges {\n                    node {\n                      ...DashboardDeployment\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardDeploymentUpdated($id: ID!) {\n    deploymentUpdated(id: $id) {\n      ...DashboardDeployment\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardDeploymentUpdated($id: ID!) {\n    deploymentUpdated(id: $id) {\n      ...DashboardDeployment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardDeployEnvironment($environmentId: ID!) {\n    deployEnvironment(input: { environmentId: $environmentId }) {\n      __typename\n      ... on DeployEnvironmentPayload {\n        deployment {\n          ...DashboardDeployment\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardDeployEnvironment($environmentId: ID!) {\n    deployEnvironment(input: { environmentId: $environmentId }) {\n      __typename\n      ... on DeployEnvironmentPayload {\n        deployment {\n          ...DashboardDeployment\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardServices {\n    organizations {\n      id\n      uuid\n      name\n      services(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            uuid\n            name\n            state\n            tier\n            provider\n            region\n            latestBackup {\n              id\n              status\n              startedAt\n              finishedAt\n              sizeInBytes\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardServices {\n    organizations {\n      id\n      uuid\n      name\n      services(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            uuid\n            name\n            state\n            tier\n            provider\n            region\n            latestBackup {\n              id\n              status\n              startedAt\n              finishedAt\n              sizeInBytes\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardServiceUpdates($organizationId: ID!) {\n    organizationServicesUpdated(organizationId: $organizationId) {\n      id\n      uuid\n      name\n      state\n      tier\n      provider\n      region\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardServiceUpdates($organizationId: ID!) {\n    organizationServicesUpdated(organizationId: $organizationId) {\n      id\n      uuid\n      name\n      state\n      tier\n      provider\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardStopService($id: ID!) {\n    stopService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload {\n        service {\n          id\n          uuid\n          state\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardStopService($id: ID!) {\n    stopService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload {\n        service {\n          id\n          uuid\n          state\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardStartService($id: ID!) {\n    startService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload {\n        service {\n          id\n          uuid\n          state\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DashboardStartService($id: ID!) {\n    startService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload {\n        service {\n          id\n          uuid\n          state\n        }\n      }\n      ... on ConflictError {\n        currentState\n      }\n      ... on ValidationError {\n        fields {\n          field\n          messages\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;