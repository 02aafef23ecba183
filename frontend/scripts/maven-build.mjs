#!/usr/bin/env node
// Called by Maven (generate-resources) to install dependencies and build the app, each only
// when its inputs changed, so an unchanged `./mvnw spring-boot:run` spends about a second here.
//
//   npm ci     when node_modules is missing, or package.json / package-lock.json / the Node
//              major version differ from the last install (hash in node_modules/.trae-install-hash)
//   npm run build  when src/, public/, index.html or a config file changed since the last build
//              (hash in dist/.trae-build-hash, written only after a successful build)
//
// Maven then copies dist/ into target/classes/META-INF/resources (process-resources).
// Set TRAE_FRONTEND_FORCE=1 to install and build regardless.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const nodeModules = join(root, 'node_modules');
const dist = join(root, 'dist');
const installStamp = join(nodeModules, '.trae-install-hash');
const buildStamp = join(dist, '.trae-build-hash');
const force = process.env.TRAE_FRONTEND_FORCE === '1';

const installInputs = ['package.json', 'package-lock.json', '.npmrc'];
const buildInputs = [
  'src',
  'public',
  'index.html',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'postcss.config.cjs',
  'tsconfig.json',
  'tsconfig.app.json',
  'tsconfig.node.json',
];

function listFiles(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => listFiles(join(path, entry.name)));
}

function hashOf(inputs, extra = '') {
  const hash = createHash('sha256').update(extra);
  for (const file of inputs.flatMap((input) => listFiles(join(root, input)))) {
    hash.update(relative(root, file).split(sep).join('/')).update('\0');
    hash.update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function readStamp(file) {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

function npm(...args) {
  const result = spawnSync('npm', args, {
    cwd: root,
    stdio: 'inherit',
    // npm is a .cmd script on Windows, which only a shell can start.
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(
      `trae-frontend: npm ${args.join(' ')} failed (exit ${result.status ?? result.signal})`,
    );
    process.exit(result.status ?? 1);
  }
}

const started = Date.now();
const nodeMajor = process.versions.node.split('.')[0];

const installHash = hashOf(installInputs, `node ${nodeMajor}\n`);
const installed = !force && existsSync(nodeModules) && readStamp(installStamp) === installHash;
if (!installed) {
  npm('ci', '--no-audit', '--no-fund');
  writeFileSync(installStamp, `${installHash}\n`);
}

const buildHash = hashOf(buildInputs);
const built = !force && existsSync(join(dist, 'index.html')) && readStamp(buildStamp) === buildHash;
if (!built) {
  npm('run', 'build');
  writeFileSync(buildStamp, `${buildHash}\n`);
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `trae-frontend: ${installed ? 'install skipped (lock unchanged)' : 'installed (npm ci)'}, ` +
    `${built ? 'build skipped (inputs unchanged)' : 'built (npm run build)'} in ${seconds}s`,
);
