/**
 * The spec's rule for each path parameter, checked before any lookup: a UUID where its schema's
 * format is one, a positive integer where its type is integer (a UDF version), its pattern where it
 * has one (a UDF's function name). ClickStack's ids and an activity's are plain strings.
 */
import { PATH_PARAMETERS } from '../../resources/clickhouse/spec.js';
import { isUuid } from '../../ids.js';
import { badRequest } from '../core/error.js';

/** Throws the upstream's 400 for a path parameter its schema refuses. */
export function checkPathParameter(name: string, value: string): void {
  const rule = PATH_PARAMETERS.get(name);
  if (rule === undefined) return;
  if (rule.format === 'uuid' && !isUuid(value)) throw badRequest(`${name} must be a UUID, got '${value}'`);
  if (rule.type === 'integer' && !/^[1-9]\d*$/.test(value)) throw badRequest(`${name} must be a positive integer, got '${value}'`);
  if (rule.format !== 'uuid' && rule.pattern !== undefined && !new RegExp(rule.pattern).test(value)) throw badRequest(`${name} must match ${rule.pattern}, got '${value}'`);
}
