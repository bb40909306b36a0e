/**
 * The one place that writes generated files (npm run codegen):
 * - schema/schema.graphql: the Pothos schema, lexicographically sorted, for review and clients;
 * - test/gql/: typed document nodes for every operation the tests send (client preset).
 * A test (test/schema-file.test.ts) fails when schema/schema.graphql is out of date.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { schema } from './src/schema/index.js';

const schemaSdl = printSchema(schema);

const config: CodegenConfig = {
  schema: schemaSdl,
  documents: ['test/**/*.test.ts', 'test/support/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  // NodeNext resolution needs the .js suffix on the generated relative imports.
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: false, sort: true },
    },
    'test/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', UUID: 'string', DivioId: 'string', SafeInt: 'number', JSON: 'unknown' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
