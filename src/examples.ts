/**
 * Ready-made operations: GraphiQL opens on both (pick one with the run button), and the README
 * quotes the same text.
 */
export const DASHBOARD_QUERY = /* GraphQL */ `# The ClickHouse Cloud dashboard: every organization of the key, every service,
# every backup. It costs 1 + 1 + (number of services) upstream calls, the backup lists in
# flight together, and nothing at all when it runs again within the cache TTL.
query Dashboard {
  organizations {
    id
    name
    services(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          state
          tier
          provider
          region
          latestBackup { status finishedAt }
          backups(first: 100) {
            totalCount
            edges { node { id status type startedAt finishedAt sizeInBytes durationInSeconds } }
          }
        }
      }
    }
  }
}
`;

export const DEPLOYMENTS_QUERY = /* GraphQL */ `# Divio: every application, every environment, the five newest deployments of each.
# Environments and deployments of one organization come from organization-wide lists walked in
# parallel pages, not one call per application or environment.
query Deployments {
  applications(first: 50) {
    totalCount
    edges {
      node {
        id
        name
        slug
        environments(first: 50) {
          totalCount
          edges {
            node {
              id
              slug
              branch
              deployedUrl
              currentlyRunningDeployment { percent status }
              deployments(first: 5) {
                edges { node { id status success percent startedAt endedAt gitCommit } }
              }
            }
          }
        }
      }
    }
  }
}
`;

export const GRAPHIQL_DEFAULT_DOCUMENT = `${DASHBOARD_QUERY}\n${DEPLOYMENTS_QUERY}`;
