// Installs the e2e module's npm packages, but only when package-lock.json changed since the
// last install (a hash kept in node_modules/), so a repeated `./mvnw verify -Pe2e` costs nothing.
// Browsers are never downloaded: the tests drive Debian's /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.package-lock.sha256');

const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');
const installed = existsSync(join(root, 'node_modules', '@playwright', 'test', 'package.json'));
if (installed && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
  console.log('e2e npm packages are up to date');
  process.exit(0);
}

console.log('package-lock.json changed (or node_modules missing): npm ci');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
if (result.error) {
  console.error(`cannot run npm: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  process.exit(result.status ?? 1);
}
writeFileSync(stamp, `${hash}\n`);
