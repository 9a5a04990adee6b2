'use strict';
/**
 * Jest for the API: TypeScript and the ESM-only packages NestJS 12 brings are compiled to CommonJS by swc
 * (test/swc-transformer.cjs wraps @swc/jest and rewrites `import.meta`). Tests run against a real PostgreSQL
 * server chosen once in test/global-setup.ts; each test file clones a migrated template database
 * (test/test-database.ts).
 */

/** swc options shared by TypeScript and JavaScript: ES2022, CommonJS (set by @swc/jest), class names kept. */
const common = {
  sourceMaps: 'inline',
  module: { type: 'commonjs' },
  jsc: {
    target: 'es2022',
    keepClassNames: true,
  },
};

const typescript = {
  ...common,
  jsc: {
    ...common.jsc,
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
};

const javascript = {
  ...common,
  jsc: { ...common.jsc, parser: { syntax: 'ecmascript' } },
};

/**
 * ESM-only packages (package.json "type": "module" without a CommonJS build) a test may load, compiled by swc.
 * Everything else in node_modules is CommonJS and runs as is.
 * - @nestjs/*: core, common, platform-fastify, typeorm, swagger, testing, mapped-types
 * - file-type and its dependencies: imported by @nestjs/common's FileTypeValidator
 * - content-disposition (2.x): @fastify/static's, for the SPA's files and the API docs' assets
 * - cookie (2.x), and @fastify/cookie, which loads it with import(): compiled, that becomes a require jest can run
 */
const ESM_ONLY = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer/inflate',
  '@borewit/text-codec',
  'uint8array-extras',
  '@standard-schema/spec',
  'content-disposition',
  'cookie',
  '@fastify/cookie',
];
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  // Each file starts a real app on its own database and hashes passwords with argon2: on a busy 2-core CI machine
  // setup can take seconds, which is not a failure of what is being tested.
  testTimeout: 30_000,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'node'],
  transform: {
    '^.+\\.ts$': ['<rootDir>/test/swc-transformer.cjs', typescript],
    '^.+\\.js$': ['<rootDir>/test/swc-transformer.cjs', javascript],
  },
  // Everything under node_modules is left as is unless the path names one of ESM_ONLY as a package, nested in
  // another's node_modules too (@fastify/static/node_modules/content-disposition).
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_ONLY.map(escape).join('|')})/).*/node_modules/`],
  moduleNameMapper: {
    '^@common-ground/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@common-ground/scoring$': '<rootDir>/../../libs/scoring/src/index.ts',
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  reporters: ['default', '<rootDir>/test/summary-reporter.cjs'],
};
