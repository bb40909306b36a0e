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
    "\n  query TestFiltered($org: UUID!) {\n    organization(uuid: $org) {\n      running: services(filter: { state: [RUNNING] }) { totalCount edges { node { state } } }\n      aws: services(filter: { provider: [AWS], tier: [PRODUCTION, DEVELOPMENT] }) { edges { node { provider tier } } }\n      page: services(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { uuid } } }\n    }\n  }\n": typeof types.TestFilteredDocument,
    "\n  query TestNextPage($org: UUID!, $after: String!) {\n    organization(uuid: $org) { services(first: 100, after: $after) { edges { node { uuid } } pageInfo { hasNextPage } } }\n  }\n": typeof types.TestNextPageDocument,
    "\n  query TestServiceDetails($org: UUID!, $service: UUID!, $backup: UUID!) {\n    organization(uuid: $org) {\n      service(uuid: $service) {\n        endpoints { protocol host port }\n        ipAccessList { source }\n        privateEndpointIds\n        createdAt\n        organization { name }\n        prometheusMetrics\n        privateEndpointConfig { endpointServiceId privateDnsHostname }\n        backupConfiguration { backupPeriodInHours backupRetentionPeriodInHours backupStartTime }\n        backup(uuid: $backup) { uuid status service { uuid } }\n        failed: backups(filter: { status: [ERROR] }) { totalCount }\n        inProgress: backups(filter: { status: [IN_PROGRESS] }) { totalCount }\n      }\n    }\n  }\n": typeof types.TestServiceDetailsDocument,
    "\n  query TestManyNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Service { name } ... on Backup { status } } }\n": typeof types.TestManyNodesDocument,
    "\n  query TestEverything {\n    organizations { uuid name services { edges { node { uuid name backups { edges { node { uuid } } } } } } }\n  }\n": typeof types.TestEverythingDocument,
    "\n  query TestByIds($org: UUID!, $service: UUID!, $orgId: ID!, $serviceId: ID!, $backupId: ID!) {\n    organization(uuid: $org) { name service(uuid: $service) { name } }\n    orgNode: node(id: $orgId) { id }\n    serviceNode: node(id: $serviceId) { id ... on Service { name } }\n    backupNode: node(id: $backupId) { id }\n    many: nodes(ids: [$orgId, $serviceId, $backupId]) { id }\n  }\n": typeof types.TestByIdsDocument,
    "\n  query TestNodeOnly($id: ID!) { node(id: $id) { id __typename } }\n": typeof types.TestNodeOnlyDocument,
    "\n  query TestServiceUnderOrg($org: UUID!, $service: UUID!) {\n    organization(uuid: $org) { name service(uuid: $service) { name } }\n  }\n": typeof types.TestServiceUnderOrgDocument,
    "\n  mutation TestForeignRename($id: ID!) {\n    updateService(input: { id: $id, name: \"Hijacked\" }) { __typename ... on NotFoundError { message } }\n  }\n": typeof types.TestForeignRenameDocument,
    "\n  query TestServiceState($id: ID!) {\n    node(id: $id) { ... on Service { id name state ipAccessList { source description } minTotalMemoryGb maxTotalMemoryGb minReplicaMemoryGb maxReplicaMemoryGb numReplicas idleTimeoutMinutes } }\n  }\n": typeof types.TestServiceStateDocument,
    "\n  mutation TestCreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      __typename\n      ... on CreateServicePayload { password service { id uuid name state tier provider region organization { name } } }\n      ... on ValidationError { message source fields { field messages } }\n      ... on NotFoundError { message }\n    }\n  }\n": typeof types.TestCreateServiceDocument,
    "\n  mutation TestUpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      __typename\n      ... on ServicePayload { service { name ipAccessList { source description } privateEndpointIds } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": typeof types.TestUpdateServiceDocument,
    "\n  mutation TestStartService($id: ID!) {\n    startService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload { service { state } }\n      ... on ConflictError { message currentState }\n      ... on NotFoundError { message }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": typeof types.TestStartServiceDocument,
    "\n  mutation TestStopService($id: ID!) {\n    stopService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload { service { state } }\n      ... on ConflictError { currentState }\n    }\n  }\n": typeof types.TestStopServiceDocument,
    "\n  mutation TestDeleteService($id: ID!) {\n    deleteService(input: { id: $id }) {\n      __typename\n      ... on DeleteServicePayload { deletedServiceId deletedServiceUuid }\n      ... on ConflictError { message currentState }\n    }\n  }\n": typeof types.TestDeleteServiceDocument,
    "\n  mutation TestScaling($input: UpdateServiceScalingInput!) {\n    updateServiceScaling(input: $input) {\n      __typename\n      ... on ServicePayload { service { minTotalMemoryGb maxTotalMemoryGb idleTimeoutMinutes } }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n": typeof types.TestScalingDocument,
    "\n  mutation TestReplicaScaling($input: UpdateServiceReplicaScalingInput!) {\n    updateServiceReplicaScaling(input: $input) {\n      __typename\n      ... on ServicePayload { service { minReplicaMemoryGb maxReplicaMemoryGb numReplicas } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": typeof types.TestReplicaScalingDocument,
    "\n  mutation TestResetPassword($input: ResetServicePasswordInput!) {\n    resetServicePassword(input: $input) {\n      __typename\n      ... on ResetServicePasswordPayload { password service { uuid } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": typeof types.TestResetPasswordDocument,
    "\n  mutation TestBackupConfiguration($input: UpdateBackupConfigurationInput!) {\n    updateBackupConfiguration(input: $input) {\n      __typename\n      ... on UpdateBackupConfigurationPayload {\n        backupConfiguration { backupPeriodInHours backupRetentionPeriodInHours backupStartTime }\n        service { uuid backupConfiguration { backupRetentionPeriodInHours } }\n      }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": typeof types.TestBackupConfigurationDocument,
    "\n  mutation TestUpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      __typename\n      ... on UpdateOrganizationPayload { organization { name } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": typeof types.TestUpdateOrganizationDocument,
    "\n  query TestOrganizationNames { organizations { name } }\n": typeof types.TestOrganizationNamesDocument,
    "\n  query TestW2 {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          uuid\n          name\n          organisationId\n          environments(first: 50) {\n            totalCount\n            edges { node { uuid slug deployments(first: 5) { totalCount edges { node { uuid startedAt status success } } } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TestW2Document,
    "\n  query TestShopEnvironments($uuid: DivioId!) {\n    application(uuid: $uuid) { environments(first: 500) { totalCount edges { node { slug } } } live: environment(slug: \"live\") { uuid isProductionGrade } }\n  }\n": typeof types.TestShopEnvironmentsDocument,
    "\n  query TestEight($a: DivioId!, $b: DivioId!, $c: DivioId!, $d: DivioId!, $e: DivioId!, $f: DivioId!, $g: DivioId!, $h: DivioId!) {\n    a: application(uuid: $a) { name } b: application(uuid: $b) { name } c: application(uuid: $c) { name }\n    d: application(uuid: $d) { name } e: application(uuid: $e) { name } f: application(uuid: $f) { name }\n    g: application(uuid: $g) { name } h: application(uuid: $h) { slug }\n  }\n": typeof types.TestEightDocument,
    "\n  query TestApplicationUuids { applications(first: 8, orderBy: [NAME_DESC]) { edges { node { uuid name } } } }\n": typeof types.TestApplicationUuidsDocument,
    "\n  query TestLookups($app: DivioId!, $env: DivioId!, $deployment: DivioId!, $appId: ID!, $envId: ID!) {\n    application(uuid: $app) { name }\n    environment(uuid: $env) { slug application { uuid } }\n    deployment(uuid: $deployment) { uuid environment { uuid } }\n    appNode: node(id: $appId) { id }\n    envNode: node(id: $envId) { id }\n  }\n": typeof types.TestLookupsDocument,
    "\n  query TestEnvironmentDetails($env: DivioId!) {\n    environment(uuid: $env) {\n      slug branch isProductionGrade deployedUrl\n      application { slug }\n      lastFinishedDeployment { uuid endedAt }\n      currentlyRunningDeployment { uuid percent success }\n      currentlyReleasedDeployment { uuid success }\n      failed: deployments(filter: { isSuccess: false }) { totalCount }\n      deployments(first: 3) { totalCount edges { node { uuid startedAt logs environmentVariables } } }\n      logs(limit: 5) { previous entries }\n    }\n  }\n": typeof types.TestEnvironmentDetailsDocument,
    "\n  query TestLogWindow($env: DivioId!, $from: DateTime!, $to: DateTime!, $limit: Int, $before: String) {\n    environment(uuid: $env) { logs(fromTs: $from, toTs: $to, limit: $limit, searchBefore: $before) { previous next entries } }\n  }\n": typeof types.TestLogWindowDocument,
    "\n  query TestFilteredApps($org: DivioId!) {\n    bySearch: applications(filter: { nameSearch: \"shop\" }) { totalCount edges { node { slug } } }\n    bySlug: applications(filter: { slug: \"acme-shop\" }) { edges { node { uuid } } }\n    byOrg: applications(filter: { organisation: $org }) { totalCount }\n  }\n": typeof types.TestFilteredAppsDocument,
    "\n  mutation TestCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      __typename\n      ... on CreateApplicationPayload { application { id uuid name slug organisationId environments { totalCount } } }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n": typeof types.TestCreateApplicationDocument,
    "\n  mutation TestUpdateApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      __typename\n      ... on UpdateApplicationPayload { application { name startupProbeMaxRetries maintenanceWindowStart } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": typeof types.TestUpdateApplicationDocument,
    "\n  mutation TestArchiveApplication($input: ArchiveApplicationInput!) {\n    archiveApplication(input: $input) {\n      __typename\n      ... on ArchiveApplicationPayload { applicationId applicationUuid message }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": typeof types.TestArchiveApplicationDocument,
    "\n  query TestApplicationByUuid($uuid: DivioId!) { application(uuid: $uuid) { name } }\n": typeof types.TestApplicationByUuidDocument,
    "\n  mutation TestCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      __typename\n      ... on CreateEnvironmentPayload { environment { id uuid slug branch application { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n": typeof types.TestCreateEnvironmentDocument,
    "\n  mutation TestUpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      __typename\n      ... on UpdateEnvironmentPayload { environment { branch alternativeDockerfile } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": typeof types.TestUpdateEnvironmentDocument,
    "\n  mutation TestCopyEnvironment($input: CopyEnvironmentInput!) {\n    copyEnvironment(input: $input) {\n      __typename\n      ... on CopyEnvironmentPayload { environment { uuid slug branch isProductionGrade application { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n": typeof types.TestCopyEnvironmentDocument,
    "\n  mutation TestStopEnvironment($id: ID!) {\n    stopEnvironment(input: { id: $id }) { __typename ... on StopEnvironmentPayload { environment { uuid deployedUrl } } }\n  }\n": typeof types.TestStopEnvironmentDocument,
    "\n  mutation TestDeleteEnvironment($id: ID!) {\n    deleteEnvironment(input: { id: $id }) {\n      __typename\n      ... on DeleteEnvironmentPayload { deletedId deletedUuid }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n": typeof types.TestDeleteEnvironmentDocument,
    "\n  query TestEnvironmentByUuid($uuid: DivioId!) { environment(uuid: $uuid) { slug } }\n": typeof types.TestEnvironmentByUuidDocument,
    "\n  mutation TestDeploy($input: DeployEnvironmentInput!) {\n    deployEnvironment(input: $input) {\n      __typename\n      ... on DeployEnvironmentPayload { deployment { uuid status percent success environment { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n": typeof types.TestDeployDocument,
    "\n  query TestDeploymentByUuid($uuid: DivioId!) { deployment(uuid: $uuid) { status percent success endedAt } }\n": typeof types.TestDeploymentByUuidDocument,
    "\n  query TestFaultsDashboard {\n    organizations { services { edges { node { uuid name backups { totalCount edges { node { uuid } } } } } } }\n  }\n": typeof types.TestFaultsDashboardDocument,
    "\n  query TestFaultsServices { organizations { services { totalCount } } }\n": typeof types.TestFaultsServicesDocument,
    "\n  subscription TestServiceUpdated($id: ID!) { serviceUpdated(id: $id) { uuid name state } }\n": typeof types.TestServiceUpdatedDocument,
    "\n  subscription TestOrganizationServices($organizationId: ID!) { organizationServicesUpdated(organizationId: $organizationId) { uuid state } }\n": typeof types.TestOrganizationServicesDocument,
    "\n  subscription TestBackupUpdated($serviceId: ID!) { backupUpdated(serviceId: $serviceId) { uuid status } }\n": typeof types.TestBackupUpdatedDocument,
    "\n  subscription TestDeploymentUpdated($id: ID!) { deploymentUpdated(id: $id) { uuid status percent success } }\n": typeof types.TestDeploymentUpdatedDocument,
    "\n  subscription TestEnvironmentUpdated($id: ID!) { environmentUpdated(id: $id) { uuid currentlyRunningDeployment { uuid } } }\n": typeof types.TestEnvironmentUpdatedDocument,
    "\n  mutation TestLiveStop($id: ID!) { stopService(input: { id: $id }) { __typename } }\n": typeof types.TestLiveStopDocument,
    "\n  mutation TestLiveDeploy($id: ID!) { deployEnvironment(input: { environmentId: $id }) { __typename ... on DeployEnvironmentPayload { deployment { uuid } } } }\n": typeof types.TestLiveDeployDocument,
    "\n  query TestScanEverything {\n    organizations { name services { edges { node { name backups(first: 2) { edges { node { status } } } } } } }\n    applications(first: 3) { edges { node { name environments(first: 2) { edges { node { slug } } } } } }\n  }\n": typeof types.TestScanEverythingDocument,
    "\n  mutation TestScanRename($id: ID!, $name: String!) {\n    updateService(input: { id: $id, name: $name }) { __typename ... on Error { message } }\n  }\n": typeof types.TestScanRenameDocument,
    "\n  subscription TestScanWatch($id: ID!) { serviceUpdated(id: $id) { state } }\n": typeof types.TestScanWatchDocument,
};
const documents: Documents = {
    "\n  query TestDashboard {\n    organizations {\n      id\n      uuid\n      name\n      services(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            uuid\n            name\n            state\n            tier\n            provider\n            region\n            latestBackup { uuid status }\n            backups(first: 100) {\n              totalCount\n              edges { node { id uuid status type startedAt finishedAt sizeInBytes durationInSeconds } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TestDashboardDocument,
    "\n  query TestDashboardAliases($org: UUID!) {\n    first: organizations { name services { totalCount edges { node { name backups { totalCount } } } } }\n    second: organizations { id services { edges { node { state tier latestBackup { status } } } } }\n    one: organization(uuid: $org) { name services(first: 2) { edges { node { uuid } } } }\n  }\n": types.TestDashboardAliasesDocument,
    "\n      query TestDashboardPlus {\n        organizations {\n          services { edges { node { uuid backups { totalCount } backupConfiguration { backupPeriodInHours } privateEndpointConfig { privateDnsHostname } } } }\n        }\n      }\n    ": types.TestDashboardPlusDocument,
    "\n  query TestFiltered($org: UUID!) {\n    organization(uuid: $org) {\n      running: services(filter: { state: [RUNNING] }) { totalCount edges { node { state } } }\n      aws: services(filter: { provider: [AWS], tier: [PRODUCTION, DEVELOPMENT] }) { edges { node { provider tier } } }\n      page: services(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { uuid } } }\n    }\n  }\n": types.TestFilteredDocument,
    "\n  query TestNextPage($org: UUID!, $after: String!) {\n    organization(uuid: $org) { services(first: 100, after: $after) { edges { node { uuid } } pageInfo { hasNextPage } } }\n  }\n": types.TestNextPageDocument,
    "\n  query TestServiceDetails($org: UUID!, $service: UUID!, $backup: UUID!) {\n    organization(uuid: $org) {\n      service(uuid: $service) {\n        endpoints { protocol host port }\n        ipAccessList { source }\n        privateEndpointIds\n        createdAt\n        organization { name }\n        prometheusMetrics\n        privateEndpointConfig { endpointServiceId privateDnsHostname }\n        backupConfiguration { backupPeriodInHours backupRetentionPeriodInHours backupStartTime }\n        backup(uuid: $backup) { uuid status service { uuid } }\n        failed: backups(filter: { status: [ERROR] }) { totalCount }\n        inProgress: backups(filter: { status: [IN_PROGRESS] }) { totalCount }\n      }\n    }\n  }\n": types.TestServiceDetailsDocument,
    "\n  query TestManyNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Service { name } ... on Backup { status } } }\n": types.TestManyNodesDocument,
    "\n  query TestEverything {\n    organizations { uuid name services { edges { node { uuid name backups { edges { node { uuid } } } } } } }\n  }\n": types.TestEverythingDocument,
    "\n  query TestByIds($org: UUID!, $service: UUID!, $orgId: ID!, $serviceId: ID!, $backupId: ID!) {\n    organization(uuid: $org) { name service(uuid: $service) { name } }\n    orgNode: node(id: $orgId) { id }\n    serviceNode: node(id: $serviceId) { id ... on Service { name } }\n    backupNode: node(id: $backupId) { id }\n    many: nodes(ids: [$orgId, $serviceId, $backupId]) { id }\n  }\n": types.TestByIdsDocument,
    "\n  query TestNodeOnly($id: ID!) { node(id: $id) { id __typename } }\n": types.TestNodeOnlyDocument,
    "\n  query TestServiceUnderOrg($org: UUID!, $service: UUID!) {\n    organization(uuid: $org) { name service(uuid: $service) { name } }\n  }\n": types.TestServiceUnderOrgDocument,
    "\n  mutation TestForeignRename($id: ID!) {\n    updateService(input: { id: $id, name: \"Hijacked\" }) { __typename ... on NotFoundError { message } }\n  }\n": types.TestForeignRenameDocument,
    "\n  query TestServiceState($id: ID!) {\n    node(id: $id) { ... on Service { id name state ipAccessList { source description } minTotalMemoryGb maxTotalMemoryGb minReplicaMemoryGb maxReplicaMemoryGb numReplicas idleTimeoutMinutes } }\n  }\n": types.TestServiceStateDocument,
    "\n  mutation TestCreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      __typename\n      ... on CreateServicePayload { password service { id uuid name state tier provider region organization { name } } }\n      ... on ValidationError { message source fields { field messages } }\n      ... on NotFoundError { message }\n    }\n  }\n": types.TestCreateServiceDocument,
    "\n  mutation TestUpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      __typename\n      ... on ServicePayload { service { name ipAccessList { source description } privateEndpointIds } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": types.TestUpdateServiceDocument,
    "\n  mutation TestStartService($id: ID!) {\n    startService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload { service { state } }\n      ... on ConflictError { message currentState }\n      ... on NotFoundError { message }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": types.TestStartServiceDocument,
    "\n  mutation TestStopService($id: ID!) {\n    stopService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload { service { state } }\n      ... on ConflictError { currentState }\n    }\n  }\n": types.TestStopServiceDocument,
    "\n  mutation TestDeleteService($id: ID!) {\n    deleteService(input: { id: $id }) {\n      __typename\n      ... on DeleteServicePayload { deletedServiceId deletedServiceUuid }\n      ... on ConflictError { message currentState }\n    }\n  }\n": types.TestDeleteServiceDocument,
    "\n  mutation TestScaling($input: UpdateServiceScalingInput!) {\n    updateServiceScaling(input: $input) {\n      __typename\n      ... on ServicePayload { service { minTotalMemoryGb maxTotalMemoryGb idleTimeoutMinutes } }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n": types.TestScalingDocument,
    "\n  mutation TestReplicaScaling($input: UpdateServiceReplicaScalingInput!) {\n    updateServiceReplicaScaling(input: $input) {\n      __typename\n      ... on ServicePayload { service { minReplicaMemoryGb maxReplicaMemoryGb numReplicas } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": types.TestReplicaScalingDocument,
    "\n  mutation TestResetPassword($input: ResetServicePasswordInput!) {\n    resetServicePassword(input: $input) {\n      __typename\n      ... on ResetServicePasswordPayload { password service { uuid } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": types.TestResetPasswordDocument,
    "\n  mutation TestBackupConfiguration($input: UpdateBackupConfigurationInput!) {\n    updateBackupConfiguration(input: $input) {\n      __typename\n      ... on UpdateBackupConfigurationPayload {\n        backupConfiguration { backupPeriodInHours backupRetentionPeriodInHours backupStartTime }\n        service { uuid backupConfiguration { backupRetentionPeriodInHours } }\n      }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": types.TestBackupConfigurationDocument,
    "\n  mutation TestUpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      __typename\n      ... on UpdateOrganizationPayload { organization { name } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": types.TestUpdateOrganizationDocument,
    "\n  query TestOrganizationNames { organizations { name } }\n": types.TestOrganizationNamesDocument,
    "\n  query TestW2 {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          uuid\n          name\n          organisationId\n          environments(first: 50) {\n            totalCount\n            edges { node { uuid slug deployments(first: 5) { totalCount edges { node { uuid startedAt status success } } } } }\n          }\n        }\n      }\n    }\n  }\n": types.TestW2Document,
    "\n  query TestShopEnvironments($uuid: DivioId!) {\n    application(uuid: $uuid) { environments(first: 500) { totalCount edges { node { slug } } } live: environment(slug: \"live\") { uuid isProductionGrade } }\n  }\n": types.TestShopEnvironmentsDocument,
    "\n  query TestEight($a: DivioId!, $b: DivioId!, $c: DivioId!, $d: DivioId!, $e: DivioId!, $f: DivioId!, $g: DivioId!, $h: DivioId!) {\n    a: application(uuid: $a) { name } b: application(uuid: $b) { name } c: application(uuid: $c) { name }\n    d: application(uuid: $d) { name } e: application(uuid: $e) { name } f: application(uuid: $f) { name }\n    g: application(uuid: $g) { name } h: application(uuid: $h) { slug }\n  }\n": types.TestEightDocument,
    "\n  query TestApplicationUuids { applications(first: 8, orderBy: [NAME_DESC]) { edges { node { uuid name } } } }\n": types.TestApplicationUuidsDocument,
    "\n  query TestLookups($app: DivioId!, $env: DivioId!, $deployment: DivioId!, $appId: ID!, $envId: ID!) {\n    application(uuid: $app) { name }\n    environment(uuid: $env) { slug application { uuid } }\n    deployment(uuid: $deployment) { uuid environment { uuid } }\n    appNode: node(id: $appId) { id }\n    envNode: node(id: $envId) { id }\n  }\n": types.TestLookupsDocument,
    "\n  query TestEnvironmentDetails($env: DivioId!) {\n    environment(uuid: $env) {\n      slug branch isProductionGrade deployedUrl\n      application { slug }\n      lastFinishedDeployment { uuid endedAt }\n      currentlyRunningDeployment { uuid percent success }\n      currentlyReleasedDeployment { uuid success }\n      failed: deployments(filter: { isSuccess: false }) { totalCount }\n      deployments(first: 3) { totalCount edges { node { uuid startedAt logs environmentVariables } } }\n      logs(limit: 5) { previous entries }\n    }\n  }\n": types.TestEnvironmentDetailsDocument,
    "\n  query TestLogWindow($env: DivioId!, $from: DateTime!, $to: DateTime!, $limit: Int, $before: String) {\n    environment(uuid: $env) { logs(fromTs: $from, toTs: $to, limit: $limit, searchBefore: $before) { previous next entries } }\n  }\n": types.TestLogWindowDocument,
    "\n  query TestFilteredApps($org: DivioId!) {\n    bySearch: applications(filter: { nameSearch: \"shop\" }) { totalCount edges { node { slug } } }\n    bySlug: applications(filter: { slug: \"acme-shop\" }) { edges { node { uuid } } }\n    byOrg: applications(filter: { organisation: $org }) { totalCount }\n  }\n": types.TestFilteredAppsDocument,
    "\n  mutation TestCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      __typename\n      ... on CreateApplicationPayload { application { id uuid name slug organisationId environments { totalCount } } }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n": types.TestCreateApplicationDocument,
    "\n  mutation TestUpdateApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      __typename\n      ... on UpdateApplicationPayload { application { name startupProbeMaxRetries maintenanceWindowStart } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": types.TestUpdateApplicationDocument,
    "\n  mutation TestArchiveApplication($input: ArchiveApplicationInput!) {\n    archiveApplication(input: $input) {\n      __typename\n      ... on ArchiveApplicationPayload { applicationId applicationUuid message }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": types.TestArchiveApplicationDocument,
    "\n  query TestApplicationByUuid($uuid: DivioId!) { application(uuid: $uuid) { name } }\n": types.TestApplicationByUuidDocument,
    "\n  mutation TestCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      __typename\n      ... on CreateEnvironmentPayload { environment { id uuid slug branch application { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n": types.TestCreateEnvironmentDocument,
    "\n  mutation TestUpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      __typename\n      ... on UpdateEnvironmentPayload { environment { branch alternativeDockerfile } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n": types.TestUpdateEnvironmentDocument,
    "\n  mutation TestCopyEnvironment($input: CopyEnvironmentInput!) {\n    copyEnvironment(input: $input) {\n      __typename\n      ... on CopyEnvironmentPayload { environment { uuid slug branch isProductionGrade application { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n": types.TestCopyEnvironmentDocument,
    "\n  mutation TestStopEnvironment($id: ID!) {\n    stopEnvironment(input: { id: $id }) { __typename ... on StopEnvironmentPayload { environment { uuid deployedUrl } } }\n  }\n": types.TestStopEnvironmentDocument,
    "\n  mutation TestDeleteEnvironment($id: ID!) {\n    deleteEnvironment(input: { id: $id }) {\n      __typename\n      ... on DeleteEnvironmentPayload { deletedId deletedUuid }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n": types.TestDeleteEnvironmentDocument,
    "\n  query TestEnvironmentByUuid($uuid: DivioId!) { environment(uuid: $uuid) { slug } }\n": types.TestEnvironmentByUuidDocument,
    "\n  mutation TestDeploy($input: DeployEnvironmentInput!) {\n    deployEnvironment(input: $input) {\n      __typename\n      ... on DeployEnvironmentPayload { deployment { uuid status percent success environment { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n": types.TestDeployDocument,
    "\n  query TestDeploymentByUuid($uuid: DivioId!) { deployment(uuid: $uuid) { status percent success endedAt } }\n": types.TestDeploymentByUuidDocument,
    "\n  query TestFaultsDashboard {\n    organizations { services { edges { node { uuid name backups { totalCount edges { node { uuid } } } } } } }\n  }\n": types.TestFaultsDashboardDocument,
    "\n  query TestFaultsServices { organizations { services { totalCount } } }\n": types.TestFaultsServicesDocument,
    "\n  subscription TestServiceUpdated($id: ID!) { serviceUpdated(id: $id) { uuid name state } }\n": types.TestServiceUpdatedDocument,
    "\n  subscription TestOrganizationServices($organizationId: ID!) { organizationServicesUpdated(organizationId: $organizationId) { uuid state } }\n": types.TestOrganizationServicesDocument,
    "\n  subscription TestBackupUpdated($serviceId: ID!) { backupUpdated(serviceId: $serviceId) { uuid status } }\n": types.TestBackupUpdatedDocument,
    "\n  subscription TestDeploymentUpdated($id: ID!) { deploymentUpdated(id: $id) { uuid status percent success } }\n": types.TestDeploymentUpdatedDocument,
    "\n  subscription TestEnvironmentUpdated($id: ID!) { environmentUpdated(id: $id) { uuid currentlyRunningDeployment { uuid } } }\n": types.TestEnvironmentUpdatedDocument,
    "\n  mutation TestLiveStop($id: ID!) { stopService(input: { id: $id }) { __typename } }\n": types.TestLiveStopDocument,
    "\n  mutation TestLiveDeploy($id: ID!) { deployEnvironment(input: { environmentId: $id }) { __typename ... on DeployEnvironmentPayload { deployment { uuid } } } }\n": types.TestLiveDeployDocument,
    "\n  query TestScanEverything {\n    organizations { name services { edges { node { name backups(first: 2) { edges { node { status } } } } } } }\n    applications(first: 3) { edges { node { name environments(first: 2) { edges { node { slug } } } } } }\n  }\n": types.TestScanEverythingDocument,
    "\n  mutation TestScanRename($id: ID!, $name: String!) {\n    updateService(input: { id: $id, name: $name }) { __typename ... on Error { message } }\n  }\n": types.TestScanRenameDocument,
    "\n  subscription TestScanWatch($id: ID!) { serviceUpdated(id: $id) { state } }\n": types.TestScanWatchDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestFiltered($org: UUID!) {\n    organization(uuid: $org) {\n      running: services(filter: { state: [RUNNING] }) { totalCount edges { node { state } } }\n      aws: services(filter: { provider: [AWS], tier: [PRODUCTION, DEVELOPMENT] }) { edges { node { provider tier } } }\n      page: services(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { uuid } } }\n    }\n  }\n"): (typeof documents)["\n  query TestFiltered($org: UUID!) {\n    organization(uuid: $org) {\n      running: services(filter: { state: [RUNNING] }) { totalCount edges { node { state } } }\n      aws: services(filter: { provider: [AWS], tier: [PRODUCTION, DEVELOPMENT] }) { edges { node { provider tier } } }\n      page: services(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { uuid } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestNextPage($org: UUID!, $after: String!) {\n    organization(uuid: $org) { services(first: 100, after: $after) { edges { node { uuid } } pageInfo { hasNextPage } } }\n  }\n"): (typeof documents)["\n  query TestNextPage($org: UUID!, $after: String!) {\n    organization(uuid: $org) { services(first: 100, after: $after) { edges { node { uuid } } pageInfo { hasNextPage } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestServiceDetails($org: UUID!, $service: UUID!, $backup: UUID!) {\n    organization(uuid: $org) {\n      service(uuid: $service) {\n        endpoints { protocol host port }\n        ipAccessList { source }\n        privateEndpointIds\n        createdAt\n        organization { name }\n        prometheusMetrics\n        privateEndpointConfig { endpointServiceId privateDnsHostname }\n        backupConfiguration { backupPeriodInHours backupRetentionPeriodInHours backupStartTime }\n        backup(uuid: $backup) { uuid status service { uuid } }\n        failed: backups(filter: { status: [ERROR] }) { totalCount }\n        inProgress: backups(filter: { status: [IN_PROGRESS] }) { totalCount }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestServiceDetails($org: UUID!, $service: UUID!, $backup: UUID!) {\n    organization(uuid: $org) {\n      service(uuid: $service) {\n        endpoints { protocol host port }\n        ipAccessList { source }\n        privateEndpointIds\n        createdAt\n        organization { name }\n        prometheusMetrics\n        privateEndpointConfig { endpointServiceId privateDnsHostname }\n        backupConfiguration { backupPeriodInHours backupRetentionPeriodInHours backupStartTime }\n        backup(uuid: $backup) { uuid status service { uuid } }\n        failed: backups(filter: { status: [ERROR] }) { totalCount }\n        inProgress: backups(filter: { status: [IN_PROGRESS] }) { totalCount }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestManyNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Service { name } ... on Backup { status } } }\n"): (typeof documents)["\n  query TestManyNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Service { name } ... on Backup { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestEverything {\n    organizations { uuid name services { edges { node { uuid name backups { edges { node { uuid } } } } } } }\n  }\n"): (typeof documents)["\n  query TestEverything {\n    organizations { uuid name services { edges { node { uuid name backups { edges { node { uuid } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestByIds($org: UUID!, $service: UUID!, $orgId: ID!, $serviceId: ID!, $backupId: ID!) {\n    organization(uuid: $org) { name service(uuid: $service) { name } }\n    orgNode: node(id: $orgId) { id }\n    serviceNode: node(id: $serviceId) { id ... on Service { name } }\n    backupNode: node(id: $backupId) { id }\n    many: nodes(ids: [$orgId, $serviceId, $backupId]) { id }\n  }\n"): (typeof documents)["\n  query TestByIds($org: UUID!, $service: UUID!, $orgId: ID!, $serviceId: ID!, $backupId: ID!) {\n    organization(uuid: $org) { name service(uuid: $service) { name } }\n    orgNode: node(id: $orgId) { id }\n    serviceNode: node(id: $serviceId) { id ... on Service { name } }\n    backupNode: node(id: $backupId) { id }\n    many: nodes(ids: [$orgId, $serviceId, $backupId]) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestNodeOnly($id: ID!) { node(id: $id) { id __typename } }\n"): (typeof documents)["\n  query TestNodeOnly($id: ID!) { node(id: $id) { id __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestServiceUnderOrg($org: UUID!, $service: UUID!) {\n    organization(uuid: $org) { name service(uuid: $service) { name } }\n  }\n"): (typeof documents)["\n  query TestServiceUnderOrg($org: UUID!, $service: UUID!) {\n    organization(uuid: $org) { name service(uuid: $service) { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestForeignRename($id: ID!) {\n    updateService(input: { id: $id, name: \"Hijacked\" }) { __typename ... on NotFoundError { message } }\n  }\n"): (typeof documents)["\n  mutation TestForeignRename($id: ID!) {\n    updateService(input: { id: $id, name: \"Hijacked\" }) { __typename ... on NotFoundError { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestServiceState($id: ID!) {\n    node(id: $id) { ... on Service { id name state ipAccessList { source description } minTotalMemoryGb maxTotalMemoryGb minReplicaMemoryGb maxReplicaMemoryGb numReplicas idleTimeoutMinutes } }\n  }\n"): (typeof documents)["\n  query TestServiceState($id: ID!) {\n    node(id: $id) { ... on Service { id name state ipAccessList { source description } minTotalMemoryGb maxTotalMemoryGb minReplicaMemoryGb maxReplicaMemoryGb numReplicas idleTimeoutMinutes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      __typename\n      ... on CreateServicePayload { password service { id uuid name state tier provider region organization { name } } }\n      ... on ValidationError { message source fields { field messages } }\n      ... on NotFoundError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      __typename\n      ... on CreateServicePayload { password service { id uuid name state tier provider region organization { name } } }\n      ... on ValidationError { message source fields { field messages } }\n      ... on NotFoundError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      __typename\n      ... on ServicePayload { service { name ipAccessList { source description } privateEndpointIds } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      __typename\n      ... on ServicePayload { service { name ipAccessList { source description } privateEndpointIds } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestStartService($id: ID!) {\n    startService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload { service { state } }\n      ... on ConflictError { message currentState }\n      ... on NotFoundError { message }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestStartService($id: ID!) {\n    startService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload { service { state } }\n      ... on ConflictError { message currentState }\n      ... on NotFoundError { message }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestStopService($id: ID!) {\n    stopService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload { service { state } }\n      ... on ConflictError { currentState }\n    }\n  }\n"): (typeof documents)["\n  mutation TestStopService($id: ID!) {\n    stopService(input: { id: $id }) {\n      __typename\n      ... on ServicePayload { service { state } }\n      ... on ConflictError { currentState }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDeleteService($id: ID!) {\n    deleteService(input: { id: $id }) {\n      __typename\n      ... on DeleteServicePayload { deletedServiceId deletedServiceUuid }\n      ... on ConflictError { message currentState }\n    }\n  }\n"): (typeof documents)["\n  mutation TestDeleteService($id: ID!) {\n    deleteService(input: { id: $id }) {\n      __typename\n      ... on DeleteServicePayload { deletedServiceId deletedServiceUuid }\n      ... on ConflictError { message currentState }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestScaling($input: UpdateServiceScalingInput!) {\n    updateServiceScaling(input: $input) {\n      __typename\n      ... on ServicePayload { service { minTotalMemoryGb maxTotalMemoryGb idleTimeoutMinutes } }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestScaling($input: UpdateServiceScalingInput!) {\n    updateServiceScaling(input: $input) {\n      __typename\n      ... on ServicePayload { service { minTotalMemoryGb maxTotalMemoryGb idleTimeoutMinutes } }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestReplicaScaling($input: UpdateServiceReplicaScalingInput!) {\n    updateServiceReplicaScaling(input: $input) {\n      __typename\n      ... on ServicePayload { service { minReplicaMemoryGb maxReplicaMemoryGb numReplicas } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestReplicaScaling($input: UpdateServiceReplicaScalingInput!) {\n    updateServiceReplicaScaling(input: $input) {\n      __typename\n      ... on ServicePayload { service { minReplicaMemoryGb maxReplicaMemoryGb numReplicas } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestResetPassword($input: ResetServicePasswordInput!) {\n    resetServicePassword(input: $input) {\n      __typename\n      ... on ResetServicePasswordPayload { password service { uuid } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestResetPassword($input: ResetServicePasswordInput!) {\n    resetServicePassword(input: $input) {\n      __typename\n      ... on ResetServicePasswordPayload { password service { uuid } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestBackupConfiguration($input: UpdateBackupConfigurationInput!) {\n    updateBackupConfiguration(input: $input) {\n      __typename\n      ... on UpdateBackupConfigurationPayload {\n        backupConfiguration { backupPeriodInHours backupRetentionPeriodInHours backupStartTime }\n        service { uuid backupConfiguration { backupRetentionPeriodInHours } }\n      }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestBackupConfiguration($input: UpdateBackupConfigurationInput!) {\n    updateBackupConfiguration(input: $input) {\n      __typename\n      ... on UpdateBackupConfigurationPayload {\n        backupConfiguration { backupPeriodInHours backupRetentionPeriodInHours backupStartTime }\n        service { uuid backupConfiguration { backupRetentionPeriodInHours } }\n      }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      __typename\n      ... on UpdateOrganizationPayload { organization { name } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      __typename\n      ... on UpdateOrganizationPayload { organization { name } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestOrganizationNames { organizations { name } }\n"): (typeof documents)["\n  query TestOrganizationNames { organizations { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestW2 {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          uuid\n          name\n          organisationId\n          environments(first: 50) {\n            totalCount\n            edges { node { uuid slug deployments(first: 5) { totalCount edges { node { uuid startedAt status success } } } } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestW2 {\n    applications(first: 50) {\n      totalCount\n      edges {\n        node {\n          uuid\n          name\n          organisationId\n          environments(first: 50) {\n            totalCount\n            edges { node { uuid slug deployments(first: 5) { totalCount edges { node { uuid startedAt status success } } } } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestShopEnvironments($uuid: DivioId!) {\n    application(uuid: $uuid) { environments(first: 500) { totalCount edges { node { slug } } } live: environment(slug: \"live\") { uuid isProductionGrade } }\n  }\n"): (typeof documents)["\n  query TestShopEnvironments($uuid: DivioId!) {\n    application(uuid: $uuid) { environments(first: 500) { totalCount edges { node { slug } } } live: environment(slug: \"live\") { uuid isProductionGrade } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestEight($a: DivioId!, $b: DivioId!, $c: DivioId!, $d: DivioId!, $e: DivioId!, $f: DivioId!, $g: DivioId!, $h: DivioId!) {\n    a: application(uuid: $a) { name } b: application(uuid: $b) { name } c: application(uuid: $c) { name }\n    d: application(uuid: $d) { name } e: application(uuid: $e) { name } f: application(uuid: $f) { name }\n    g: application(uuid: $g) { name } h: application(uuid: $h) { slug }\n  }\n"): (typeof documents)["\n  query TestEight($a: DivioId!, $b: DivioId!, $c: DivioId!, $d: DivioId!, $e: DivioId!, $f: DivioId!, $g: DivioId!, $h: DivioId!) {\n    a: application(uuid: $a) { name } b: application(uuid: $b) { name } c: application(uuid: $c) { name }\n    d: application(uuid: $d) { name } e: application(uuid: $e) { name } f: application(uuid: $f) { name }\n    g: application(uuid: $g) { name } h: application(uuid: $h) { slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApplicationUuids { applications(first: 8, orderBy: [NAME_DESC]) { edges { node { uuid name } } } }\n"): (typeof documents)["\n  query TestApplicationUuids { applications(first: 8, orderBy: [NAME_DESC]) { edges { node { uuid name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestLookups($app: DivioId!, $env: DivioId!, $deployment: DivioId!, $appId: ID!, $envId: ID!) {\n    application(uuid: $app) { name }\n    environment(uuid: $env) { slug application { uuid } }\n    deployment(uuid: $deployment) { uuid environment { uuid } }\n    appNode: node(id: $appId) { id }\n    envNode: node(id: $envId) { id }\n  }\n"): (typeof documents)["\n  query TestLookups($app: DivioId!, $env: DivioId!, $deployment: DivioId!, $appId: ID!, $envId: ID!) {\n    application(uuid: $app) { name }\n    environment(uuid: $env) { slug application { uuid } }\n    deployment(uuid: $deployment) { uuid environment { uuid } }\n    appNode: node(id: $appId) { id }\n    envNode: node(id: $envId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestEnvironmentDetails($env: DivioId!) {\n    environment(uuid: $env) {\n      slug branch isProductionGrade deployedUrl\n      application { slug }\n      lastFinishedDeployment { uuid endedAt }\n      currentlyRunningDeployment { uuid percent success }\n      currentlyReleasedDeployment { uuid success }\n      failed: deployments(filter: { isSuccess: false }) { totalCount }\n      deployments(first: 3) { totalCount edges { node { uuid startedAt logs environmentVariables } } }\n      logs(limit: 5) { previous entries }\n    }\n  }\n"): (typeof documents)["\n  query TestEnvironmentDetails($env: DivioId!) {\n    environment(uuid: $env) {\n      slug branch isProductionGrade deployedUrl\n      application { slug }\n      lastFinishedDeployment { uuid endedAt }\n      currentlyRunningDeployment { uuid percent success }\n      currentlyReleasedDeployment { uuid success }\n      failed: deployments(filter: { isSuccess: false }) { totalCount }\n      deployments(first: 3) { totalCount edges { node { uuid startedAt logs environmentVariables } } }\n      logs(limit: 5) { previous entries }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestLogWindow($env: DivioId!, $from: DateTime!, $to: DateTime!, $limit: Int, $before: String) {\n    environment(uuid: $env) { logs(fromTs: $from, toTs: $to, limit: $limit, searchBefore: $before) { previous next entries } }\n  }\n"): (typeof documents)["\n  query TestLogWindow($env: DivioId!, $from: DateTime!, $to: DateTime!, $limit: Int, $before: String) {\n    environment(uuid: $env) { logs(fromTs: $from, toTs: $to, limit: $limit, searchBefore: $before) { previous next entries } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestFilteredApps($org: DivioId!) {\n    bySearch: applications(filter: { nameSearch: \"shop\" }) { totalCount edges { node { slug } } }\n    bySlug: applications(filter: { slug: \"acme-shop\" }) { edges { node { uuid } } }\n    byOrg: applications(filter: { organisation: $org }) { totalCount }\n  }\n"): (typeof documents)["\n  query TestFilteredApps($org: DivioId!) {\n    bySearch: applications(filter: { nameSearch: \"shop\" }) { totalCount edges { node { slug } } }\n    bySlug: applications(filter: { slug: \"acme-shop\" }) { edges { node { uuid } } }\n    byOrg: applications(filter: { organisation: $org }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      __typename\n      ... on CreateApplicationPayload { application { id uuid name slug organisationId environments { totalCount } } }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      __typename\n      ... on CreateApplicationPayload { application { id uuid name slug organisationId environments { totalCount } } }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      __typename\n      ... on UpdateApplicationPayload { application { name startupProbeMaxRetries maintenanceWindowStart } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      __typename\n      ... on UpdateApplicationPayload { application { name startupProbeMaxRetries maintenanceWindowStart } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestArchiveApplication($input: ArchiveApplicationInput!) {\n    archiveApplication(input: $input) {\n      __typename\n      ... on ArchiveApplicationPayload { applicationId applicationUuid message }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestArchiveApplication($input: ArchiveApplicationInput!) {\n    archiveApplication(input: $input) {\n      __typename\n      ... on ArchiveApplicationPayload { applicationId applicationUuid message }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestApplicationByUuid($uuid: DivioId!) { application(uuid: $uuid) { name } }\n"): (typeof documents)["\n  query TestApplicationByUuid($uuid: DivioId!) { application(uuid: $uuid) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      __typename\n      ... on CreateEnvironmentPayload { environment { id uuid slug branch application { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      __typename\n      ... on CreateEnvironmentPayload { environment { id uuid slug branch application { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      __typename\n      ... on UpdateEnvironmentPayload { environment { branch alternativeDockerfile } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      __typename\n      ... on UpdateEnvironmentPayload { environment { branch alternativeDockerfile } }\n      ... on ValidationError { fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCopyEnvironment($input: CopyEnvironmentInput!) {\n    copyEnvironment(input: $input) {\n      __typename\n      ... on CopyEnvironmentPayload { environment { uuid slug branch isProductionGrade application { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCopyEnvironment($input: CopyEnvironmentInput!) {\n    copyEnvironment(input: $input) {\n      __typename\n      ... on CopyEnvironmentPayload { environment { uuid slug branch isProductionGrade application { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestStopEnvironment($id: ID!) {\n    stopEnvironment(input: { id: $id }) { __typename ... on StopEnvironmentPayload { environment { uuid deployedUrl } } }\n  }\n"): (typeof documents)["\n  mutation TestStopEnvironment($id: ID!) {\n    stopEnvironment(input: { id: $id }) { __typename ... on StopEnvironmentPayload { environment { uuid deployedUrl } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDeleteEnvironment($id: ID!) {\n    deleteEnvironment(input: { id: $id }) {\n      __typename\n      ... on DeleteEnvironmentPayload { deletedId deletedUuid }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestDeleteEnvironment($id: ID!) {\n    deleteEnvironment(input: { id: $id }) {\n      __typename\n      ... on DeleteEnvironmentPayload { deletedId deletedUuid }\n      ... on ValidationError { message source fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestEnvironmentByUuid($uuid: DivioId!) { environment(uuid: $uuid) { slug } }\n"): (typeof documents)["\n  query TestEnvironmentByUuid($uuid: DivioId!) { environment(uuid: $uuid) { slug } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDeploy($input: DeployEnvironmentInput!) {\n    deployEnvironment(input: $input) {\n      __typename\n      ... on DeployEnvironmentPayload { deployment { uuid status percent success environment { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestDeploy($input: DeployEnvironmentInput!) {\n    deployEnvironment(input: $input) {\n      __typename\n      ... on DeployEnvironmentPayload { deployment { uuid status percent success environment { uuid } } }\n      ... on ValidationError { source fields { field messages } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestDeploymentByUuid($uuid: DivioId!) { deployment(uuid: $uuid) { status percent success endedAt } }\n"): (typeof documents)["\n  query TestDeploymentByUuid($uuid: DivioId!) { deployment(uuid: $uuid) { status percent success endedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestFaultsDashboard {\n    organizations { services { edges { node { uuid name backups { totalCount edges { node { uuid } } } } } } }\n  }\n"): (typeof documents)["\n  query TestFaultsDashboard {\n    organizations { services { edges { node { uuid name backups { totalCount edges { node { uuid } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestFaultsServices { organizations { services { totalCount } } }\n"): (typeof documents)["\n  query TestFaultsServices { organizations { services { totalCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TestServiceUpdated($id: ID!) { serviceUpdated(id: $id) { uuid name state } }\n"): (typeof documents)["\n  subscription TestServiceUpdated($id: ID!) { serviceUpdated(id: $id) { uuid name state } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TestOrganizationServices($organizationId: ID!) { organizationServicesUpdated(organizationId: $organizationId) { uuid state } }\n"): (typeof documents)["\n  subscription TestOrganizationServices($organizationId: ID!) { organizationServicesUpdated(organizationId: $organizationId) { uuid state } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TestBackupUpdated($serviceId: ID!) { backupUpdated(serviceId: $serviceId) { uuid status } }\n"): (typeof documents)["\n  subscription TestBackupUpdated($serviceId: ID!) { backupUpdated(serviceId: $serviceId) { uuid status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TestDeploymentUpdated($id: ID!) { deploymentUpdated(id: $id) { uuid status percent success } }\n"): (typeof documents)["\n  subscription TestDeploymentUpdated($id: ID!) { deploymentUpdated(id: $id) { uuid status percent success } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TestEnvironmentUpdated($id: ID!) { environmentUpdated(id: $id) { uuid currentlyRunningDeployment { uuid } } }\n"): (typeof documents)["\n  subscription TestEnvironmentUpdated($id: ID!) { environmentUpdated(id: $id) { uuid currentlyRunningDeployment { uuid } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLiveStop($id: ID!) { stopService(input: { id: $id }) { __typename } }\n"): (typeof documents)["\n  mutation TestLiveStop($id: ID!) { stopService(input: { id: $id }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLiveDeploy($id: ID!) { deployEnvironment(input: { environmentId: $id }) { __typename ... on DeployEnvironmentPayload { deployment { uuid } } } }\n"): (typeof documents)["\n  mutation TestLiveDeploy($id: ID!) { deployEnvironment(input: { environmentId: $id }) { __typename ... on DeployEnvironmentPayload { deployment { uuid } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestScanEverything {\n    organizations { name services { edges { node { name backups(first: 2) { edges { node { status } } } } } } }\n    applications(first: 3) { edges { node { name environments(first: 2) { edges { node { slug } } } } } }\n  }\n"): (typeof documents)["\n  query TestScanEverything {\n    organizations { name services { edges { node { name backups(first: 2) { edges { node { status } } } } } } }\n    applications(first: 3) { edges { node { name environments(first: 2) { edges { node { slug } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestScanRename($id: ID!, $name: String!) {\n    updateService(input: { id: $id, name: $name }) { __typename ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation TestScanRename($id: ID!, $name: String!) {\n    updateService(input: { id: $id, name: $name }) { __typename ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TestScanWatch($id: ID!) { serviceUpdated(id: $id) { state } }\n"): (typeof documents)["\n  subscription TestScanWatch($id: ID!) { serviceUpdated(id: $id) { state } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;