// integration-test phase: runs Playwright against the app that `app.mjs start` left running.
// Like Failsafe, a failing test does not stop the build here: the outcome goes to
// target/e2e-result.json, post-integration-test stops the app, and `check-results.mjs` fails
// the build in the verify phase. Extra Playwright arguments: -Dtrae.e2e.args="--grep System".
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { stop } from './app.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(process.env.TRAE_E2E_TARGET || join(root, 'target'));
const resultFile = join(target, 'e2e-result.json');

let state;
try {
  state = JSON.parse(readFileSync(join(target, 'e2e-app.json'), 'utf8'));
} catch {
  console.error('TRAE e2e: the app is not running (no target/e2e-app.json); run through Maven');
  process.exit(1);
}

rmSync(resultFile, { force: true });
rmSync(join(target, 'playwright-results.json'), { force: true });

const extra = (process.env.TRAE_E2E_ARGS || '').split(/\s+/).filter(Boolean);
const cli = join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const child = spawn(process.execPath, [cli, 'test', ...extra], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TRAE_E2E_BASE_URL: state.baseURL, TRAE_E2E_TARGET: target },
});

// A Ctrl-C reaches Playwright itself (same process group); stop the app too and leave.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    child.kill(sig);
    await stop();
    process.exit(130);
  });
}

const exitCode = await new Promise((res) => {
  child.on('error', (e) => {
    console.error(`TRAE e2e: cannot run Playwright: ${e.message}`);
    res(1);
  });
  child.on('exit', (code, sig) => res(code ?? (sig ? 1 : 0)));
});

let stats = null;
try {
  stats = JSON.parse(readFileSync(join(target, 'playwright-results.json'), 'utf8')).stats;
} catch {
  // Playwright did not get as far as writing results
}
writeFileSync(resultFile, `${JSON.stringify({ exitCode, stats }, null, 2)}\n`);
