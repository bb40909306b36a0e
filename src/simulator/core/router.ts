/**
 * A tiny path-pattern router for both simulators. Segments starting with `:` are parameters; routes
 * are tried in order, as Django's urlpatterns are, so literal paths go before parameters of the
 * same shape. What differs between the APIs is data (PathRules): whether a trailing slash is
 * required or tolerated, and what a parameter segment may hold (no route when it cannot be one).
 */
import type { SimulatorError } from './error.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route<H> {
  /** e.g. `/v1/organizations/:organizationId` or `/apps/v3/applications/:uuid/archive/`. */
  pattern: string;
  methods: Partial<Record<Method, H>>;
}

export interface RouteMatch<H> {
  route: Route<H>;
  /** Parameter values by name (without the colon), as `PathRules.parameter` made them. */
  params: Record<string, string>;
}

export interface PathRules {
  /**
   * `required`: a path without its trailing slash is no route (Django's URLs all end with one);
   * `tolerated`: one trailing slash is ignored (clients differ on it, and so does the upstream).
   */
  trailingSlash: 'required' | 'tolerated';
  /** The value of parameter `name` from its raw segment, or undefined when the segment cannot be one. */
  parameter(name: string, segment: string): string | undefined;
}

/** A percent-decoded segment, or undefined for a malformed escape. */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function matchRoute<H>(routes: readonly Route<H>[], path: string, rules: PathRules): RouteMatch<H> | undefined {
  if (rules.trailingSlash === 'required' && !path.endsWith('/')) return undefined;
  const trimmed = rules.trailingSlash === 'tolerated' && path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const segments = trimmed.split('/');
  for (const route of routes) {
    const pattern = route.pattern.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index] ?? '';
      if (!part.startsWith(':')) return part === segment;
      const value = rules.parameter(part.slice(1), segment);
      if (value !== undefined) params[part.slice(1)] = value;
      return value !== undefined;
    });
    if (matches) return { route, params };
  }
  return undefined;
}

/** The route's handler for `method`, or the dialect's 405 (`refuse`), told which methods there are. */
export function handlerFor<H>(match: RouteMatch<H>, method: string, refuse: (allow: string) => SimulatorError): H {
  const handler = match.route.methods[method as Method];
  if (handler === undefined) throw refuse(Object.keys(match.route.methods).join(', '));
  return handler;
}
