'use strict';
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Writes jest's totals to $CG_TEST_REPORT_DIR/<file>, so .ci/run can run plain `npm test` (the README's command)
 * and still count every runner's results. The file name comes from the reporter's options.
 */
class SummaryReporter {
  constructor(_globalConfig, options) {
    this.file = options.file;
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.CG_TEST_REPORT_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const { numPassedTests, numFailedTests, numPendingTests, numRuntimeErrorTestSuites, numTotalTests } = results;
    writeFileSync(
      join(dir, this.file),
      JSON.stringify({ numPassedTests, numFailedTests, numPendingTests, numRuntimeErrorTestSuites, numTotalTests }),
    );
  }
}

module.exports = SummaryReporter;
