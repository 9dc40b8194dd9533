import type { CodegenConfig } from '@graphql-codegen/cli';

// One schema, two outputs: resolver types for the server (mapped to the store's own records) and
// typed documents for every client operation in operations/ (tests, examples, GraphiQL tabs).
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  documents: ['operations/*.graphql', 'tests/operations/*.graphql'],
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        useIndexSignature: false,
        enumsAsTypes: true,
        contextType: '../server/context.ts#GraphQLContext',
        mappers: {
          Article: '../store/records.ts#ArticleRecord',
          Image: '../store/records.ts#ImageRecord',
          Person: '../store/records.ts#PersonRecord',
          Organization: '../store/records.ts#OrganizationRecord',
          Quote: '../store/records.ts#QuoteRecord',
          Paragraph: '../store/records.ts#ParagraphBlock',
          Subheading: '../store/records.ts#SubheadingBlock',
          VideoBlock: '../store/records.ts#VideoBlockRecord',
          ImageBlock: '../store/records.ts#ImageBlockRecord',
          RelatedTitle: '../store/records.ts#RelatedTitleBlock',
        },
        scalars: {
          Date: { input: 'Date', output: 'string' },
          URL: { input: 'URL', output: 'string' },
          JSONObject: { input: 'Record<string, unknown>', output: 'object' },
        },
        avoidOptionals: false,
      },
    },
    'src/generated/client/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', URL: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
