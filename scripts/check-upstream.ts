/**
 * npm run check-upstream [-- --divio-spec <url|file>] [--clickhouse-spec <url|file>] [--only divio|clickhouse]
 *
 * Compares every description with the upstream's own OpenAPI document and prints one line per
 * disagreement (src/resources/openapi/check.ts). Exits 0 without drift, 1 with drift, 2 when a
 * document could not be read or the arguments are wrong. Reads DIVIO_API_URL and DIVIO_API_TOKEN.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DIVIO_API_URL } from '../src/config.js';
import { checkUpstream } from '../src/resources/openapi/check.js';

const USAGE = 'usage: npm run check-upstream -- [--divio-spec <url|file>] [--clickhouse-spec <url|file>] [--only divio|clickhouse]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { 'divio-spec': { type: 'string' }, 'clickhouse-spec': { type: 'string' }, only: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.only !== undefined && values.only !== 'divio' && values.only !== 'clickhouse') {
    console.error(`--only takes divio or clickhouse, not ${values.only}\n${USAGE}`);
    return 2;
  }
  const divioApiUrl = process.env.DIVIO_API_URL?.trim() || DEFAULT_DIVIO_API_URL;
  try {
    new URL(divioApiUrl);
  } catch {
    console.error('DIVIO_API_URL is not a URL');
    return 2;
  }
  const result = await checkUpstream({
    divioApiUrl,
    divioToken: process.env.DIVIO_API_TOKEN?.trim() || undefined,
    ...(values['divio-spec'] ? { divioSpec: values['divio-spec'] } : {}),
    ...(values['clickhouse-spec'] ? { clickhouseSpec: values['clickhouse-spec'] } : {}),
    ...(values.only ? { only: values.only } : {}),
  });
  for (const line of result.lines) console.log(line);
  return result.exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
