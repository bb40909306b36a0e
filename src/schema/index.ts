/**
 * The schema: side-effect imports of every type file, then toSchema(). Nothing is defined here.
 */
import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.js';
import './scalars.js';
import './errors.js';
import './clickhouse/enums.js';
import './clickhouse/organization.js';
import './clickhouse/service.js';
import './clickhouse/backup.js';
import './clickhouse/service-mutations.js';
import './clickhouse/service-operations.js';
import './divio/application.js';
import './divio/environment-node.js';
import './divio/deployment-node.js';
import './divio/environment.js';
import './divio/deployment.js';
import './divio/environment-mutations.js';
import './live/clickhouse.js';
import './live/divio.js';
import { defineHandWrittenReferences, registerHandWrittenNodes } from './divio/references.js';
import { defineResources } from './resources/index.js';

registerHandWrittenNodes();
defineResources();
defineHandWrittenReferences();

builder.queryType({ description: 'One graph over ClickHouse Cloud and Divio.' });
builder.mutationType({ description: 'Every write operation of both upstreams; expected failures are typed results.' });
builder.subscriptionType({ description: 'Live status over graphql-ws or SSE, fed by shared pollers of the upstreams.' });

export const schema = lexicographicSortSchema(builder.toSchema());
