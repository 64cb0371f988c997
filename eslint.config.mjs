import nx from '@nx/eslint-plugin';
import architecture from './tools/lint/architecture-rules.js';

const KAFKAJS = { name: 'kafkajs', message: 'Use @carers/platform/messaging; kafkajs is imported nowhere else.' };
const TESTING = { group: ['@carers/testing', '@carers/testing/*'], message: 'libs/testing is for tests only.' };
const DOMAIN_BANNED = ['@nestjs/*', 'typeorm', 'typeorm/*', 'kafkajs', 'pg', '@carers/platform/*', '@carers/testing'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', 'tmp', '**/jest.config.js', 'jest.preset.js', 'tools/**/*.js', 'tools/kafka/data', 'tools/kafka/.cache'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          banTransitiveDependencies: true,
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:kernel', 'type:platform', 'type:testing'] },
            { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:kernel', 'type:platform'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing'] },
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:contracts', 'type:kernel', 'type:platform', 'type:testing'] },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: [],
              allowedExternalImports: ['class-validator', 'class-transformer'],
            },
            { sourceTag: 'scope:registration', onlyDependOnLibsWithTags: ['scope:registration', 'scope:shared'] },
            { sourceTag: 'scope:assessments', onlyDependOnLibsWithTags: ['scope:assessments', 'scope:shared'] },
            { sourceTag: 'scope:performance', onlyDependOnLibsWithTags: ['scope:performance', 'scope:shared'] },
            { sourceTag: 'scope:escalation', onlyDependOnLibsWithTags: ['scope:escalation', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // kafkajs is reached only through libs/platform/messaging; production code never imports the test harness
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'tools/**/*.ts', 'bench/**/*.ts'],
    ignores: ['libs/platform/messaging/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [KAFKAJS], patterns: [TESTING] }] },
  },
  {
    files: ['libs/platform/messaging/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TESTING] }] },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/authorisation-matrix.ts', '**/*.test-helpers.ts', 'libs/testing/**/*.ts', 'apps/e2e/**/*.ts', 'bench/**/*.ts', 'tools/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [KAFKAJS] }] },
  },
  {
    // the domain layer is plain TypeScript: no framework, ORM, broker or platform code
    files: ['apps/**/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [KAFKAJS], patterns: [{ group: DOMAIN_BANNED, message: 'domain/ is plain TypeScript; keep frameworks in application/, infrastructure/ and api/.' }] }] },
  },
  {
    // ADR 0015: the application layer's shape, as checks (tools/lint/architecture-rules.js)
    files: ['apps/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.test-helpers.ts'],
    plugins: { carers: architecture },
    rules: {
      'carers/no-unit-of-work-in-api': 'error',
      'carers/sql-in-infrastructure': 'error',
      'carers/http-exceptions-in-api': 'error',
      'carers/role-suffix': 'error',
    },
  },
];
