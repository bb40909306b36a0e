/**
 * Load with autocannon, as the workloads measure it: a GraphQL POST (or any request) for some
 * seconds over 10 connections, and the median of repeated runs.
 */
import autocannon from 'autocannon';
import { median } from './child.js';

export const LOAD_CONNECTIONS = 10;

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function load(options: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon({ connections: LOAD_CONNECTIONS, ...options });
  return { requests: result.requests.total, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** A JSON GraphQL POST of `body` to `url` for `seconds`. */
export function loadGraphql(url: string, body: string, seconds: number): Promise<LoadResult> {
  return load({ url, method: 'POST', duration: seconds, headers: { 'content-type': 'application/json' }, body });
}

/** The median of each figure over runs (requests/s rounded), errors summed. */
export function medianLoad(results: readonly LoadResult[]): LoadResult {
  return {
    requests: results.reduce((sum, result) => sum + result.requests, 0),
    rps: Math.round(median(results.map((result) => result.rps))),
    p50: median(results.map((result) => result.p50)),
    p99: median(results.map((result) => result.p99)),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
  };
}
