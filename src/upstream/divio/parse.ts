/**
 * Defensive readers for Divio payloads: what the gateway relies on is checked, a nested reference
 * is accepted as a uuid string or as an object carrying `uuid`, and anything else is UPSTREAM_ERROR.
 */
import { UpstreamProtocolError } from '../errors.js';
import type { ApplicationDto, DeploymentDto, EnvironmentDto, EnvironmentLogsDto, PageDto } from './types.js';

type Json = Record<string, unknown>;

function fail(what: string): never {
  throw new UpstreamProtocolError('divio', `an unexpected ${what}`);
}

function asObject(value: unknown, what: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(what);
  return value as Json;
}

function requiredString(obj: Json, key: string, what: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.length === 0) fail(`${what} (missing ${key})`);
  return value;
}

/** A reference to another object: its uuid string, or an object with `uuid`. */
export function readRef(value: unknown): string | null {
  if (typeof value === 'string' && value.length > 0) return value;
  if (value && typeof value === 'object' && 'uuid' in value && typeof value.uuid === 'string') return value.uuid;
  return null;
}

export function parsePage(value: unknown): PageDto {
  const obj = asObject(value, 'list page');
  const { count, next, results } = obj;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || !Array.isArray(results)) fail('list page');
  return { count, next: typeof next === 'string' ? next : null, results };
}

export function parseApplication(value: unknown): ApplicationDto {
  const raw = asObject(value, 'application');
  return {
    uuid: requiredString(raw, 'uuid', 'application'),
    name: typeof raw.name === 'string' ? raw.name : '',
    slug: typeof raw.slug === 'string' ? raw.slug : '',
    organisation: readRef(raw.organisation),
    raw,
  };
}

export function parseEnvironment(value: unknown): EnvironmentDto {
  const raw = asObject(value, 'environment');
  const application = readRef(raw.application);
  if (!application) fail('environment (missing application)');
  const embedded = raw.application && typeof raw.application === 'object' ? (raw.application as Json) : undefined;
  return {
    uuid: requiredString(raw, 'uuid', 'environment'),
    slug: typeof raw.slug === 'string' ? raw.slug : '',
    application,
    organisation: embedded ? readRef(embedded.organisation) : null,
    raw,
  };
}

export function parseDeployment(value: unknown): DeploymentDto {
  const raw = asObject(value, 'deployment');
  const environment = readRef(raw.environment);
  if (!environment) fail('deployment (missing environment)');
  return {
    uuid: requiredString(raw, 'uuid', 'deployment'),
    environment,
    startedAt: typeof raw.started_at === 'string' ? raw.started_at : null,
    raw,
  };
}

export function parseEnvironmentLogs(value: unknown): EnvironmentLogsDto {
  const obj = asObject(value, 'log page');
  return {
    previous: typeof obj.previous === 'string' ? obj.previous : null,
    next: typeof obj.next === 'string' ? obj.next : null,
    results: Array.isArray(obj.results) ? obj.results : [],
  };
}

export function parseDeploymentLogs(value: unknown): string {
  const obj = asObject(value, 'deployment log');
  return typeof obj.logs === 'string' ? obj.logs : '';
}
