import type { Reporter, TestModule } from "vitest/node";

/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", that any CI log reader understands, beside
 * vitest's own summary.
 */
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const byProject = new Map<string, typeof counts>();
    for (const testModule of testModules) {
      const project = testModule.project.name || "default";
      if (!byProject.has(project)) byProject.set(project, { passed: 0, failed: 0, skipped: 0 });
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        const key = state === "passed" ? "passed" : state === "failed" ? "failed" : "skipped";
        counts[key]++;
        byProject.get(project)![key]++;
      }
    }
    for (const [project, c] of byProject) {
      console.log(`${project}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    }
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
