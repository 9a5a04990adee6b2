'use strict';
/**
 * Jest for the scoring library: plain TypeScript compiled to CommonJS by @swc/jest. The domain library is read from
 * its source, so the tests never depend on a stale build.
 */

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'scoring',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { sourceMaps: 'inline', module: { type: 'commonjs' }, jsc: { target: 'es2022', parser: { syntax: 'typescript' } } },
    ],
  },
  moduleNameMapper: {
    '^@common-ground/domain$': '<rootDir>/../domain/src/index.ts',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  reporters: ['default', ['<rootDir>/test/summary-reporter.cjs', { file: 'scoring-jest.json' }]],
};
