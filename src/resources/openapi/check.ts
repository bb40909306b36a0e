/**
 * `npm run check-upstream`: each upstream's own OpenAPI document against the descriptions, one line
 * per disagreement and one per guessed path. Where the documents come from:
 * - Divio: `GET <DIVIO_API_URL>/apps/v3/schema.json` with the configured token, or `--divio-spec`
 *   (a URL or a file). The token is only ever sent to DIVIO_API_URL's origin.
 * - ClickHouse: `--clickhouse-spec` (a URL or a file); by default the spec the committed extract was
 *   made from (../shared/reference/clickhouse-cloud-openapi.json, shipped by ClickHouse's CLI), or
 *   without it that extract (src/resources/clickhouse/openapi.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLICKHOUSE_RESOURCES } from '../clickhouse/index.js';
import { DIVIO_RESOURCES } from '../divio/index.js';
import { CLICKHOUSE_PROFILE, DIVIO_PROFILE, type ApiProfile } from '../profile.js';
import type { ResourceDescription } from '../types.js';
import { driftOf, type DriftReport } from './drift.js';

export const DIVIO_SCHEMA_PATH = '/apps/v3/schema.json';
const REFERENCE_SPEC = fileURLToPath(new URL('../../../../shared/reference/clickhouse-cloud-openapi.json', import.meta.url));
const EXTRACT_SPEC = fileURLToPath(new URL('../clickhouse/openapi.json', import.meta.url));
const FETCH_TIMEOUT_MS = 30_000;

export interface CheckOptions {
  only?: 'divio' | 'clickhouse';
  divioSpec?: string;
  clickhouseSpec?: string;
  /** DIVIO_API_URL and DIVIO_API_TOKEN. */
  divioApiUrl: string;
  divioToken?: string;
  /** The descriptions to check (tests alter one). @default the committed ones */
  divioResources?: readonly ResourceDescription[];
  clickhouseResources?: readonly ResourceDescription[];
}

export interface CheckResult {
  lines: string[];
  reports: Partial<Record<'divio' | 'clickhouse', DriftReport>>;
  /** 0: no drift; 1: drift; 2: a document could not be read. */
  exitCode: 0 | 1 | 2;
}

export class SpecUnavailableError extends Error {
  override name = 'SpecUnavailableError';
}

const isUrl = (source: string) => /^https?:\/\//i.test(source);

async function readSpec(source: string, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  let text: string;
  if (isUrl(source)) {
    let response: Response;
    try {
      response = await fetch(source, { headers: { accept: 'application/json', ...headers }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    } catch (error) {
      throw new SpecUnavailableError(`${source}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new SpecUnavailableError(`${source} answered ${response.status}`);
    text = await response.text();
  } else {
    if (!existsSync(source)) throw new SpecUnavailableError(`${source}: no such file`);
    text = readFileSync(source, 'utf8');
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new SpecUnavailableError(`${source} is not JSON (YAML documents: convert them first)`);
  }
  if (!document || typeof document !== 'object' || typeof (document as { paths?: unknown }).paths !== 'object') throw new SpecUnavailableError(`${source} is not an OpenAPI document (no paths)`);
  return document as Record<string, unknown>;
}

/** Where the Divio document is read from, and with which headers (the token only for DIVIO_API_URL's origin). */
function divioSource(options: CheckOptions): { source: string; headers: Record<string, string> } {
  const source = options.divioSpec ?? new URL(DIVIO_SCHEMA_PATH, options.divioApiUrl).toString();
  const sameOrigin = isUrl(source) && new URL(source).origin === new URL(options.divioApiUrl).origin;
  return { source, headers: sameOrigin && options.divioToken ? { authorization: `Token ${options.divioToken}` } : {} };
}

function report(lines: string[], label: string, source: string, result: DriftReport): void {
  lines.push(`${label} (${source}): ${result.described} operations described, ${result.documented} in the document, ${result.drift.length} disagreements`);
  for (const drift of result.drift) lines.push(`  drift  ${drift.description}  ${drift.operation}: ${drift.message}`);
  if (result.guesses.length > 0) {
    const count = (verdict: string) => result.guesses.filter((guess) => guess.verdict === verdict).length;
    lines.push(`  guessed paths (${result.guesses.length}): ${count('confirmed')} confirmed, ${count('contradicted')} contradicted, ${count('absent')} absent from the document`);
    for (const guess of result.guesses) {
      lines.push(`    ${guess.verdict.padEnd(12)} ${guess.description}  ${guess.operation}  ${guess.route}${guess.documented ? ` (the document: ${guess.documented})` : ''}`);
    }
  }
}

export async function checkUpstream(options: CheckOptions): Promise<CheckResult> {
  const lines: string[] = [];
  const reports: CheckResult['reports'] = {};
  let unavailable = false;
  const run = async (api: 'divio' | 'clickhouse', profile: ApiProfile, resources: readonly ResourceDescription[], source: string, headers: Record<string, string> = {}) => {
    try {
      const result = driftOf(resources, profile, await readSpec(source, headers));
      reports[api] = result;
      report(lines, profile.label, source, result);
    } catch (error) {
      if (!(error instanceof SpecUnavailableError)) throw error;
      unavailable = true;
      lines.push(`${profile.label}: cannot read its document: ${error.message}`);
    }
  };
  if (options.only !== 'clickhouse') {
    const { source, headers } = divioSource(options);
    if (isUrl(source) && headers.authorization === undefined && options.divioSpec === undefined) {
      unavailable = true;
      lines.push(`Divio: set DIVIO_API_TOKEN to read ${source}, or give --divio-spec <url or file>`);
    } else await run('divio', DIVIO_PROFILE, options.divioResources ?? DIVIO_RESOURCES, source, headers);
  }
  if (options.only !== 'divio') {
    const source = options.clickhouseSpec ?? (existsSync(REFERENCE_SPEC) ? REFERENCE_SPEC : EXTRACT_SPEC);
    await run('clickhouse', CLICKHOUSE_PROFILE, options.clickhouseResources ?? CLICKHOUSE_RESOURCES, source);
  }
  const drift = Object.values(reports).reduce((sum, result) => sum + result.drift.length, 0);
  lines.push(drift > 0 ? `${drift} disagreements: change the descriptions named above (or the upstream changed).` : unavailable ? 'No drift in what could be read.' : 'No drift.');
  return { lines, reports, exitCode: unavailable ? 2 : drift > 0 ? 1 : 0 };
}
