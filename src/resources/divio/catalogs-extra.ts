/**
 * More read-only catalogs: countries (for billing addresses), app templates (what a new application
 * can start from), the metrics an environment reports, and what happened to an application.
 */
import type { ResourceDescription } from '../types.js';

const CATALOG_TTL_MS = 300_000;

export const countries: ResourceDescription = {
  group: 'countries',
  type: 'Country',
  plural: 'countries',
  description: 'A country, as billing addresses name it.',
  operations: { list: 'ListCountries', get: 'GetCountry' },
  batch: 'catalog',
  ttlMs: CATALOG_TTL_MS,
  fields: [
    { key: 'short_name', type: 'String', description: 'ISO 3166 two-letter code, e.g. CH.' },
    { key: 'long_name', type: 'String', description: 'Full name, e.g. Switzerland.' },
  ],
};

export const appTemplates: ResourceDescription = {
  group: 'app-templates',
  type: 'AppTemplate',
  plural: 'appTemplates',
  description: 'A template a new application can start from: its code, services and release commands.',
  operations: { list: 'ListAppTemplates', get: 'GetAppTemplate' },
  batch: 'catalog',
  ttlMs: CATALOG_TTL_MS,
  order: { key: 'order', descending: false },
  fields: [
    { key: 'identifier', type: 'String', description: 'Stable machine name of the template.' },
    { key: 'name', type: 'String', description: 'Display name.' },
    { key: 'short_description', type: 'String', description: 'One line saying what it sets up.' },
    { key: 'icon_dark_mode', type: 'String', description: 'URL of its icon for dark backgrounds.' },
    { key: 'is_default', type: 'Boolean', description: 'Offered first to new applications.' },
    { key: 'order', type: 'Int', description: 'Position in the list of templates.' },
    { key: 'release_commands', type: { list: 'JSON' }, description: 'Commands run before each release of an application made from it (free-form JSON: the API documents no shape).' },
    { key: 'services', type: { list: 'JSON' }, description: 'Backing services an application made from it gets (free-form JSON: the API documents no shape).' },
    { key: 'tags', type: { list: 'JSON' }, description: 'Labels of the template (free-form JSON: the API documents no shape).' },
  ],
};

export const environmentMetricMetadata: ResourceDescription = {
  group: 'environment-metric-metadata',
  type: 'EnvironmentMetricMetadata',
  plural: 'environmentMetricMetadata',
  singularField: 'environmentMetricMetadataEntry',
  description: 'A metric an environment reports: its identifier (for Environment.metrics), title, unit and chart.',
  operations: { list: 'ListEnvironmentMetricMetadata', get: 'GetEnvironmentMetricMetadata' },
  batch: 'catalog',
  ttlMs: CATALOG_TTL_MS,
  parent: { type: 'Environment', filter: 'environment', field: 'metricMetadata', description: 'The metrics this environment reports (pass their identifiers to metrics).' },
  filters: [{ key: 'environment', type: { ref: 'Environment' }, description: 'Only metrics this environment reports.' }],
  fields: [
    { key: 'identifier', type: 'String', description: 'The name to ask Environment.metrics for, e.g. cpu_usage.' },
    { key: 'is_visible', type: 'Boolean', description: 'Shown in the Control Panel.' },
    { key: 'title', type: 'String', description: 'Display title.' },
    { key: 'description', type: 'String', description: 'What the metric measures.' },
    { key: 'chart_name', type: 'String', description: 'The chart it belongs to.' },
    { key: 'chart_display', type: 'String', description: 'How the chart draws it (e.g. line).' },
    { key: 'unit', type: 'String', description: 'Unit of its values, e.g. % or MB.' },
    { key: 'unit_numerator', type: 'String', description: 'Numerator of a rate unit (e.g. requests).' },
    { key: 'unit_denominator', type: 'String', description: 'Denominator of a rate unit (e.g. minute).' },
  ],
};

export const applicationActivities: ResourceDescription = {
  group: 'application-activities',
  type: 'ApplicationActivity',
  plural: 'applicationActivities',
  description: 'Something a user did to an application (a deployment started, a setting changed), for its activity log.',
  operations: { list: 'ListApplicationActivities', get: 'GetApplicationActivity' },
  batch: 'each',
  ttlMs: 15_000,
  order: { key: 'created_at', descending: true },
  parent: { type: 'Application', filter: 'application', field: 'activities', description: 'What happened to this application, newest first.' },
  filters: [
    { key: 'application', type: { ref: 'Application' }, description: 'Only activities of this application.' },
    { key: 'avatar_size', type: 'String', description: 'Size of the user avatar images to include, e.g. 64.' },
    { key: 'organisation', type: 'DivioId', name: 'organizationId', description: 'Only activities of this organization.' },
    { key: 'type', type: 'String', description: 'Only activities of this type.' },
    { key: 'user_name', type: 'String', description: 'Only activities of this user.' },
  ],
  fields: [
    { key: 'application', type: { ref: 'Application' }, description: 'The application it happened to.' },
    { key: 'organisation', name: 'organizationId', type: 'DivioId', description: 'The organization of the application (Divio spells it organisation).' },
    { key: 'created_at', type: 'DateTime', description: 'When it happened.' },
    { key: 'user', name: 'userId', type: 'DivioId', description: 'The Divio user who did it.' },
    { key: 'impersonated', type: 'Boolean', description: 'Done by Divio staff acting as the user.' },
    { key: 'description', type: 'String', description: 'What happened, as a sentence.' },
    { key: 'type', type: 'String', description: 'The kind of activity, e.g. deployment.' },
    { key: 'context', type: 'JSON', description: 'Details of the activity (free-form JSON: the API documents no shape).' },
    { key: 'user_name', type: 'String', description: 'Name of the user.' },
    { key: 'user_email', type: 'String', description: 'Email address of the user.' },
    { key: 'user_avatar_images', type: 'JSON', description: 'Avatar image URLs of the user, by size (free-form JSON: the API documents no shape).' },
    { key: 'user_is_removed', type: 'Boolean', description: 'The user has left the organization since.' },
  ],
};
