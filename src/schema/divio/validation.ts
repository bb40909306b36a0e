/**
 * Divio validation rules from the seed (patterns, lengths, ranges), checked before any upstream
 * call. The upstream still validates; its DRF field errors come back as ValidationError too.
 */
import type { FieldErrors } from '../errors.js';
import type { ApplicationPatchBody } from '../../upstream/divio/types.js';

/** Application and environment slugs (CreateEnvironment: ^[-a-zA-Z0-9_]+$, up to 255). */
export const SLUG_PATTERN = /^[-a-zA-Z0-9_]+$/;
/** CopyEnvironment's new_slug: lowercase letters and digits, single inner dashes allowed. */
export const COPY_SLUG_PATTERN = /^[0-9a-z](-*[0-9a-z])*$/;
export const MAX_TEXT = 255;
const INT32_MAX = 2_147_483_647;
const MAX_TAGS = 50;

type Maybe<T> = T | null | undefined;

export function checkLength(errors: FieldErrors, field: string, value: Maybe<string>, min: number, max: number): void {
  if (value == null) return;
  if (value.length < min || value.length > max) {
    errors.add(field, min > 0 ? `must be ${min} to ${max} characters` : `must be at most ${max} characters`);
  }
}

export function checkSlug(errors: FieldErrors, field: string, value: Maybe<string>, pattern = SLUG_PATTERN): void {
  if (value == null) return;
  if (value.length === 0 || value.length > MAX_TEXT) errors.add(field, `must be 1 to ${MAX_TEXT} characters`);
  else if (!pattern.test(value)) {
    errors.add(
      field,
      pattern === SLUG_PATTERN
        ? 'may contain only letters, digits, - and _'
        : 'must be lowercase letters and digits, with dashes only between them',
    );
  }
}

export function checkRange(errors: FieldErrors, field: string, value: Maybe<number>, min: number, max: number): void {
  if (value != null && (value < min || value > max)) errors.add(field, `must be between ${min} and ${max}`);
}

export interface ApplicationUpdateInput {
  name?: Maybe<string>;
  maintenanceWindowStart?: Maybe<number>;
  maintenanceWindowDuration?: Maybe<number>;
  port?: Maybe<number>;
  startupProbeMaxRetries?: Maybe<number>;
  startupProbeRequestTimeout?: Maybe<number>;
  startupProbeRetryTimeout?: Maybe<number>;
  releaseCommands?: unknown;
  tags?: unknown;
}

/** Validates an application update and returns the PATCH body (only the fields given). */
export function checkApplicationUpdate(errors: FieldErrors, input: ApplicationUpdateInput): ApplicationPatchBody {
  checkLength(errors, 'name', input.name, 1, MAX_TEXT);
  checkRange(errors, 'maintenanceWindowStart', input.maintenanceWindowStart, 0, INT32_MAX);
  checkRange(errors, 'maintenanceWindowDuration', input.maintenanceWindowDuration, 0, INT32_MAX);
  checkRange(errors, 'port', input.port, 0, INT32_MAX);
  checkRange(errors, 'startupProbeMaxRetries', input.startupProbeMaxRetries, 1, 1000);
  checkRange(errors, 'startupProbeRequestTimeout', input.startupProbeRequestTimeout, 1, 60);
  checkRange(errors, 'startupProbeRetryTimeout', input.startupProbeRetryTimeout, 1, 600);
  if (input.releaseCommands != null && !Array.isArray(input.releaseCommands)) errors.add('releaseCommands', 'must be an array');
  if (input.tags != null && (!Array.isArray(input.tags) || input.tags.length > MAX_TAGS)) {
    errors.add('tags', `must be an array of at most ${MAX_TAGS} tags`);
  }
  const body: ApplicationPatchBody = {};
  if (input.name != null) body.name = input.name;
  if (input.maintenanceWindowStart != null) body.maintenance_window_start = input.maintenanceWindowStart;
  if (input.maintenanceWindowDuration != null) body.maintenance_window_duration = input.maintenanceWindowDuration;
  if (input.port !== undefined) body.port = input.port;
  if (input.startupProbeMaxRetries != null) body.startup_probe_max_retries = input.startupProbeMaxRetries;
  if (input.startupProbeRequestTimeout != null) body.startup_probe_request_timeout = input.startupProbeRequestTimeout;
  if (input.startupProbeRetryTimeout != null) body.startup_probe_retry_timeout = input.startupProbeRetryTimeout;
  if (Array.isArray(input.releaseCommands)) body.release_commands = input.releaseCommands;
  if (Array.isArray(input.tags)) body.tags = input.tags;
  if (Object.keys(body).length === 0) errors.add('input', 'nothing to update: give at least one field');
  return body;
}
