import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the queries in src/queries.graphql, from the schema the app serves
// (docs/schema.graphql, written by the app's `npm run docs`).
const config: CodegenConfig = {
  schema: '../../docs/schema.graphql',
  documents: 'src/**/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string', Time: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
