/**
 * Per-request Divio loaders for one-to-many relations, batched by organization: when several
 * parents of one organization are asked for in the same tick, one organization-wide list (walked
 * in parallel pages) answers all of them, unless it would take more pages than per-parent lists
 * would take calls; then each parent gets its own list.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../gateway-types.js';
import { deployments, environments } from '../../resources/divio/environments.js';
import type { ListResult, Query } from '../../upstream/divio/client.js';
import type { WalkOptions } from '../../upstream/divio/pagination.js';
import type { DeploymentDto, EnvironmentDto } from '../../upstream/divio/types.js';
import { resourceClient } from '../resources/nodes.js';
import { ApplicationRef, EnvironmentRef } from './nodes.js';

type ListFn<T> = (filter: Query, options?: WalkOptions) => Promise<ListResult<T> | null>;

/** Fewest-calls strategy shared by both relations. */
async function loadByParent<T>(
  parents: readonly string[],
  organizationOf: (parent: string) => Promise<string | null>,
  list: ListFn<T>,
  parentFilter: string,
  parentOf: (item: T) => string,
): Promise<(T[] | Error)[]> {
  const results = new Map<string, T[] | Error>();
  const groups = new Map<string | null, string[]>();
  await Promise.all(
    parents.map(async (parent) => {
      try {
        const organization = await organizationOf(parent);
        groups.set(organization, [...(groups.get(organization) ?? []), parent]);
      } catch (error) {
        results.set(parent, error as Error);
      }
    }),
  );
  const perParent = (parent: string) =>
    list({ [parentFilter]: parent }).then(
      (found) => results.set(parent, found?.items ?? []),
      (error: unknown) => results.set(parent, error as Error),
    );
  await Promise.all(
    [...groups].map(async ([organization, members]) => {
      if (organization !== null && members.length > 1) {
        try {
          const wide = await list({ organisation: organization }, { maxPages: members.length });
          if (wide) {
            for (const member of members) results.set(member, []);
            for (const item of wide.items) (results.get(parentOf(item)) as T[] | undefined)?.push(item);
            return;
          }
        } catch (error) {
          for (const member of members) results.set(member, error as Error);
          return;
        }
      }
      await Promise.all(members.map(perParent));
    }),
  );
  return parents.map((parent) => results.get(parent) ?? []);
}

export const divioLoaders = createContextCache((context: Context) => {
  const applicationOrganization = async (applicationUuid: string) =>
    (await ApplicationRef.getDataloader(context).load(applicationUuid)).organisation;
  return {
    environmentsByApplication: new DataLoader<string, EnvironmentDto[]>((applications) =>
      loadByParent(
        applications,
        applicationOrganization,
        (filter, options) => resourceClient(context).list(environments, filter, options) as Promise<ListResult<EnvironmentDto> | null>,
        'application',
        (environment) => environment.application,
      ),
    ),
    deploymentsByEnvironment: new DataLoader<string, DeploymentDto[]>((environments) =>
      loadByParent(
        environments,
        async (environmentUuid) => {
          const environment = await EnvironmentRef.getDataloader(context).load(environmentUuid);
          return environment.organisation ?? (await applicationOrganization(environment.application));
        },
        (filter, options) => resourceClient(context).list(deployments, filter, options) as Promise<ListResult<DeploymentDto> | null>,
        'environment',
        (deployment) => deployment.environment,
      ),
    ),
  };
});
