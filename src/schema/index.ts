/**
 * The schema: side-effect imports of every hand-written type file, the resource interpreter over
 * every description, then toSchema().
 */
import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.js';
import './scalars.js';
import './errors.js';
import './divio/environment.js';
import './divio/deployment.js';
import './divio/container-specifications.js';
import './live/divio.js';
import { defineResources } from './resources/index.js';
import { defineClickHouseResources } from './clickhouse/index.js';
import { defineClickHouseLive } from './live/clickhouse.js';
import { nameOperations } from './operation-names.js';

// Every described group of both APIs: nodes, root fields, connections, views, mutations, progress.
defineClickHouseResources();
defineClickHouseLive();
defineResources();

builder.queryType({ description: 'One graph over ClickHouse Cloud and Divio.' });
builder.mutationType({ description: 'Every write operation of both upstreams; expected failures are typed results.' });
builder.subscriptionType({ description: 'Live status over graphql-ws or SSE, fed by shared pollers of the upstreams.' });

export const schema = nameOperations(lexicographicSortSchema(builder.toSchema()));
