/**
 * The example dashboard (examples/dashboard) for end-to-end tests: built once per setting with
 * Vite's own build, served by `vite preview` on port 0 with its config's /graphql proxy
 * (WebSocket upgrades included) pointed at a test gateway. A production build served statically
 * is steadier than the dev server, which optimizes dependencies on the first request and may
 * reload the page while a test is using it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

export const DASHBOARD_ROOT = fileURLToPath(new URL('../../examples/dashboard/', import.meta.url));
export const DASHBOARD_MANIFEST = join(DASHBOARD_ROOT, 'src/gql/persisted-documents.json');

export interface DashboardOptions {
  /** The gateway's GraphQL URL (http://127.0.0.1:PORT/graphql); the preview proxies /graphql to its origin. */
  gatewayUrl: string;
  /** VITE_* variables of the build (VITE_PERSISTED_OPERATIONS=only, ...). */
  env?: Record<string, string>;
}

export interface Dashboard {
  /** The page's URL. */
  url: string;
  close(): Promise<void>;
}

export async function startDashboard(options: DashboardOptions): Promise<Dashboard> {
  const workDir = await mkdtemp(join(tmpdir(), 'opsgraph-dashboard-'));
  const outDir = join(workDir, 'dist');
  // The build's only .env: the developer's own examples/dashboard/.env must not leak in.
  const envDir = join(workDir, 'env');
  await mkdir(envDir);
  await writeFile(join(envDir, '.env'), Object.entries(options.env ?? {}).map(([key, value]) => `${key}=${value}`).join('\n'));

  const configFile = join(DASHBOARD_ROOT, 'vite.config.ts');
  const target = new URL(options.gatewayUrl).origin;
  const shared = { root: DASHBOARD_ROOT, configFile, envDir, logLevel: 'warn' as const, mode: 'production' };
  await build({ ...shared, build: { outDir, emptyOutDir: true } });
  const server = await preview({
    ...shared,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false, proxy: { '/graphql': { target, ws: true } } },
  });
  const address = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    async close() {
      await server.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
