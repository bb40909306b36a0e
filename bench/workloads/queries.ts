/** The operations the benchmarks send (the same shapes GraphiQL opens on). */
export { DASHBOARD_QUERY as W1_QUERY, DEPLOYMENTS_QUERY as W2_QUERY } from '../../src/examples.js';

export const ONE_ORGANIZATION_SERVICES = /* GraphQL */ `
  query OrganizationServices($uuid: UUID!) {
    organization(uuid: $uuid) { services { edges { node { id name state tier } } } }
  }
`;
