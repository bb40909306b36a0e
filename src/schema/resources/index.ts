/**
 * The schema interpreter of resource descriptions: every described group becomes a Node type with
 * its loader, root list and get fields, the connection on its parent, reference fields, mutations,
 * views (reads answering something else) and (for long-running work) a subscription. Node types first, so references can name each other.
 */
import { DIVIO_RESOURCES } from '../../resources/divio/index.js';
import { defineParentConnection, defineRootFields } from './lists.js';
import { defineProgressSubscription } from './live.js';
import { defineMutations } from './mutations.js';
import { defineNode, implementNode } from './nodes.js';
import { defineViews } from './views.js';

export function defineResources(): void {
  for (const resource of DIVIO_RESOURCES) defineNode(resource);
  for (const resource of DIVIO_RESOURCES) {
    implementNode(resource);
    defineRootFields(resource);
    defineParentConnection(resource);
    defineMutations(resource);
    defineProgressSubscription(resource);
    defineViews(resource);
  }
}
