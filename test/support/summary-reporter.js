/**
 * Prints the closing line CI reads, on stdout: "N passed, N failed, N skipped".
 * Suites that failed to load (syntax errors, missing modules) count as failures.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `\n${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests + results.numTodoTests} skipped\n`
    );
  }
}
module.exports = SummaryReporter;
