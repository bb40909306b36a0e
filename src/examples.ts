/**
 * Ready-made operations: GraphiQL opens on the dashboard, and the README quotes the same text.
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
