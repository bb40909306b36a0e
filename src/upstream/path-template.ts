/**
 * The path template of an upstream call: `/v1/organizations/{organizationId}/services` for
 * `/v1/organizations/5f2c…/services?x=1`. Traces and the `cost` extension name calls by it, so a
 * call is grouped with its kind (OpenTelemetry's `url.template`) and no id of a customer's object
 * is repeated where it needs not be. The templates are the described endpoints of each API
 * (resources/endpoints.ts), the same ones the simulators route by; a path that none matches (a
 * Divio trigger URL) keeps its literal segments and has every other one replaced by `{id}`.
 */
import { ClearingMemo } from '../lru.js';
import { CLICKHOUSE_RESOURCES } from '../resources/clickhouse/index.js';
import { DIVIO_RESOURCES } from '../resources/divio/index.js';
import { describedEndpoints } from '../resources/endpoints.js';
import { CLICKHOUSE_PROFILE, DIVIO_PROFILE } from '../resources/profile.js';
import type { UpstreamName } from './errors.js';

/** One template, split into segments: a literal, or null for a parameter. */
interface Template {
  text: string;
  segments: readonly (string | null)[];
}

/** Literal segments a path that matches no template may keep: the API's own words. */
const WORD = /^[a-z][a-z_-]*$/i;

function templatesOf(upstream: UpstreamName): Template[] {
  const endpoints =
    upstream === 'clickhouse' ? describedEndpoints(CLICKHOUSE_RESOURCES, CLICKHOUSE_PROFILE) : describedEndpoints(DIVIO_RESOURCES, DIVIO_PROFILE);
  const byText = new Map<string, Template>();
  for (const { pattern } of endpoints) {
    const trimmed = pattern.replace(/\/$/, '');
    const text = trimmed.replace(/:(\w+)/g, '{$1}');
    byText.set(text, { text, segments: trimmed.split('/').map((segment) => (segment.startsWith(':') ? null : segment)) });
  }
  // Literal segments before parameters of the same shape, as the simulators' routes are tried.
  return [...byText.values()].sort((left, right) => parameterCount(left) - parameterCount(right));
}

const parameterCount = (template: Template) => template.segments.filter((segment) => segment === null).length;

const templates: Partial<Record<UpstreamName, Template[]>> = {};
const memo = new ClearingMemo<string, string>(2_000);

function matches(template: Template, segments: readonly string[]): boolean {
  if (template.segments.length !== segments.length) return false;
  return template.segments.every((literal, index) => literal === null || literal === segments[index]);
}

/** The template of `path` (query string and trailing slash ignored) on `upstream`. */
export function pathTemplate(upstream: UpstreamName, path: string): string {
  const query = path.indexOf('?');
  const bare = (query === -1 ? path : path.slice(0, query)).replace(/(.)\/$/, '$1');
  const key = `${upstream}\u0000${bare}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const segments = bare.split('/');
  const found = (templates[upstream] ??= templatesOf(upstream)).find((template) => matches(template, segments));
  const template = found?.text ?? segments.map((segment) => (segment === '' || WORD.test(segment) ? segment : '{id}')).join('/');
  memo.set(key, template);
  return template;
}
