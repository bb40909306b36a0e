/**
 * The one place that writes generated files (npm run codegen):
 * - schema/schema.graphql: the Pothos schema, lexicographically sorted, for review and clients;
 * - test/gql/: typed document nodes for every operation the tests send (client preset);
 * - examples/dashboard/src/gql/: the dashboard's typed documents, from the committed
 *   schema/schema.graphql as any client would use it, plus its trusted-documents manifest
 *   (persisted-documents.json, for PERSISTED_OPERATIONS=only).
 * A test (test/schema-file.test.ts) fails when schema/schema.graphql is out of date.
 *
 * Schema and documents are set per output: codegen adds root-level ones to every output.
 */
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { schema } from './src/schema/index.js';

const schemaSdl = printSchema(schema);

const scalars = { DateTime: 'string', UUID: 'string', DivioId: 'string', SafeInt: 'number', JSON: 'unknown' };

const config: CodegenConfig = {
  ignoreNoDocuments: true,
  // NodeNext resolution needs the .js suffix on the generated relative imports.
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/schema.graphql': {
      schema: schemaSdl,
      plugins: ['schema-ast'],
      config: { includeDirectives: false, sort: true },
    },
    'test/gql/': {
      schema: schemaSdl,
      documents: ['test/**/*.test.ts', 'test/support/**/*.ts', '!test/gql/**'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
      presetConfig: { fragmentMasking: false },
    },
    'examples/dashboard/src/gql/': {
      schema: 'schema/schema.graphql',
      documents: ['examples/dashboard/src/**/*.ts', '!examples/dashboard/src/gql/**'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
      presetConfig: {
        fragmentMasking: false,
        // The gateway's manifest keys are bare hex SHA-256 digests of the document (the preset's
        // default 'sha256' prefixes them with "sha256:").
        persistedDocuments: { hashAlgorithm: (operation: string) => createHash('sha256').update(operation).digest('hex') },
      },
    },
  },
};

export default config;
