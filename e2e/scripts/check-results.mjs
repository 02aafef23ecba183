// verify phase: fails the build when the browser tests failed (see run-tests.mjs).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(process.env.TRAE_E2E_TARGET || join(root, 'target'));

let result;
try {
  result = JSON.parse(readFileSync(join(target, 'e2e-result.json'), 'utf8'));
} catch {
  console.error('TRAE e2e: no target/e2e-result.json: the browser tests did not run');
  process.exit(1);
}
const s = result.stats ?? {};
const passed = (s.expected ?? 0) + (s.flaky ?? 0);
const failed = s.unexpected ?? 0;
const skipped = s.skipped ?? 0;
console.log(
  `Report: ${join(target, 'playwright-report', 'index.html')}, screenshots: ${join(target, 'screenshots')}`,
);
console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (result.exitCode !== 0 || failed > 0 || passed === 0) {
  console.error(
    passed === 0 && failed === 0
      ? 'TRAE e2e: no browser test ran'
      : `TRAE e2e: browser tests failed (Playwright exit code ${result.exitCode})`,
  );
  process.exit(1);
}
