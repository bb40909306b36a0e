import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships both ESM (.mjs) and CJS; Pothos and yoga must share one realm, or the schema's
    // types fail graphql's instanceof checks. Pin every import to the package's single CJS entry.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each file starts its own gateway and simulators on port 0; files run in parallel forks.
    pool: 'forks',
    // vitest's default is one fork per core but one: a single fork on a 2-core machine, so files
    // ran one after another (5:53). Most of a file's time is spent waiting (budget windows,
    // pollers, Redis flaps, a browser), so two forks halve it (3:27); three were faster still
    // (2:50) but crowd the cores that the tests which time a refusal or a deadline rely on.
    maxWorkers: 2,
  },
});
