// Adds up the unit (Vitest) and browser (Playwright) JSON reports into one closing line for CI.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}

const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}

// A run that failed before any test (lint, typecheck, build) still counts as one failure.
const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) {
  console.log(`(npm test exited ${status} outside the test runners: counted as one failure)`);
  failed = 1;
}

if (!unit) console.log('(no unit test report: the run stopped before the unit tests)');
if (!e2e) console.log('(no browser test report: the run stopped before the browser tests)');
console.log(`${passed} passed, ${failed} failed`);
