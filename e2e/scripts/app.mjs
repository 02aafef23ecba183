// Starts and stops the packaged TRAE app (backend/target/trae.jar) for the browser tests.
//
//   node scripts/app.mjs start   java -jar trae.jar in the background on a free port with a fresh,
//                                temporary data directory; returns once readiness is UP
//   node scripts/app.mjs stop    SIGTERM (graceful), SIGKILL after a grace period, then makes
//                                sure the embedded PostgreSQL is gone too
//
// State (pid, port, data directory) lives in target/e2e-app.json. `start` also leaves a small
// watchdog that stops the app if the Maven JVM that started it dies without running `stop`
// (Ctrl-C, a failing phase, kill), so no Java or PostgreSQL process outlives the build.
//
// Environment (set by e2e/pom.xml):
//   TRAE_E2E_JAVA_HOME  the JDK of the Maven toolchain (exec-maven-plugin toolchainJavaHomeEnvName);
//                       falls back to JAVA_HOME, then to `java` on the PATH. Must be >= 21.
//   TRAE_E2E_JAR        the app jar (default ../backend/target/trae.jar)
//   TRAE_E2E_TARGET     where state, log and data go (default ./target)
//   TRAE_E2E_PORT       a fixed port instead of a free one
//   TRAE_E2E_START_TIMEOUT  seconds to wait for readiness (default 180)
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_JAVA = 21;
const STOP_GRACE_MS = 45_000; // Spring's graceful shutdown phase is 20 s
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(process.env.TRAE_E2E_TARGET || join(root, 'target'));
const stateFile = join(target, 'e2e-app.json');
const logFile = join(target, 'e2e-app.log');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function alive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === 'EPERM';
  }
  // a zombie (exited, not yet reaped) counts as gone
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

async function waitGone(pid, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!alive(pid)) return true;
    await sleep(200);
  }
  return !alive(pid);
}

function readState() {
  try {
    return JSON.parse(readFileSync(stateFile, 'utf8'));
  } catch {
    return null;
  }
}

function logTail(lines = 60) {
  try {
    return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function javaExecutable() {
  const home = process.env.TRAE_E2E_JAVA_HOME || process.env.JAVA_HOME;
  return home ? join(home, 'bin', 'java') : 'java';
}

function javaMajor(java) {
  const out = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (out.error) throw new Error(`cannot run ${java}: ${out.error.message}`);
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr || '');
  if (!m) throw new Error(`cannot read the version of ${java}:\n${out.stderr}`);
  // 1.8 style
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

function freePort() {
  return new Promise((res, rej) => {
    const server = createServer();
    server.unref();
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => res(port));
    });
  });
}

/** The Maven JVM that runs this script (exec may put a shell in between). */
function mavenPid() {
  let pid = process.ppid;
  for (let i = 0; i < 3; i++) {
    let comm;
    try {
      comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    } catch {
      return process.ppid;
    }
    if (comm === 'java') return pid;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      return process.ppid;
    }
    if (!pid || pid === 1) break;
  }
  return process.ppid;
}

async function get(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, json, text };
}

/** Stops the app and the PostgreSQL it started; safe to call twice. */
export async function stop({ quiet = false } = {}) {
  const state = readState();
  if (!state) {
    if (!quiet) console.log('TRAE e2e app: not running (no state file)');
    return;
  }
  const started = Date.now();
  if (alive(state.pid)) {
    signal(state.pid, 'SIGTERM');
    if (!(await waitGone(state.pid, STOP_GRACE_MS))) {
      console.warn(
        `TRAE e2e app: pid ${state.pid} ignored SIGTERM for ${STOP_GRACE_MS / 1000}s, killing it`,
      );
      signal(state.pid, 'SIGKILL');
      await waitGone(state.pid, 5_000);
    }
  }
  // The app stops its embedded PostgreSQL on a graceful shutdown; after a kill it cannot.
  const postmaster = join(state.dataDir, 'postgres', 'postmaster.pid');
  if (existsSync(postmaster)) {
    const pgPid = Number(readFileSync(postmaster, 'utf8').split('\n')[0]);
    if (alive(pgPid)) {
      console.warn(`TRAE e2e app: embedded PostgreSQL (pid ${pgPid}) still running, stopping it`);
      signal(pgPid, 'SIGINT'); // fast shutdown
      if (!(await waitGone(pgPid, 15_000))) signal(pgPid, 'SIGKILL');
    }
  }
  if (state.watchdogPid && state.watchdogPid !== process.pid) signal(state.watchdogPid, 'SIGTERM');
  rmSync(stateFile, { force: true });
  if (!quiet) {
    console.log(
      `TRAE e2e app: stopped pid ${state.pid} in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
  }
}

async function start() {
  const jar = resolve(
    process.env.TRAE_E2E_JAR || join(root, '..', 'backend', 'target', 'trae.jar'),
  );
  if (!existsSync(jar)) {
    throw new Error(
      `${jar} does not exist: build the backend first (./mvnw verify -Pe2e builds everything)`,
    );
  }
  const java = javaExecutable();
  const major = javaMajor(java);
  if (major < MIN_JAVA) {
    throw new Error(
      `${java} is Java ${major}; TRAE needs Java >= ${MIN_JAVA} (is a JDK toolchain selected?)`,
    );
  }

  mkdirSync(target, { recursive: true });
  // A previous run that died half-way: stop what it left before anything else.
  await stop({ quiet: true });
  for (const name of readdirSync(target)) {
    if (name.startsWith('e2e-data-')) rmSync(join(target, name), { recursive: true, force: true });
  }

  const port = Number(process.env.TRAE_E2E_PORT) || (await freePort());
  const dataDir = join(target, `e2e-data-${port}-${Date.now().toString(36)}`);
  rmSync(dataDir, { recursive: true, force: true });
  const baseURL = `http://127.0.0.1:${port}`;

  const log = openSync(logFile, 'w');
  const app = spawn(java, ['-jar', jar, `--server.port=${port}`], {
    cwd: target,
    detached: true, // its own process group: a Ctrl-C meant for Maven reaches it through stop()
    stdio: ['ignore', log, log],
    // jobs looked for every 2 s: a scheduled post in publishing.spec.ts goes out within seconds
    env: {
      TRAE_JOBS_POLLING_INTERVAL: '2s',
      ...process.env,
      TRAE_DATA_DIR: dataDir,
    },
  });
  closeSync(log);
  let exited = null;
  app.on('exit', (code, sig) => {
    exited = sig ?? code;
  });
  app.unref();

  const watchdog = spawn(
    process.execPath,
    [fileURLToPath(import.meta.url), 'watchdog', String(mavenPid()), String(app.pid)],
    {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, TRAE_E2E_TARGET: target },
    },
  );
  watchdog.unref();

  const state = {
    pid: app.pid,
    watchdogPid: watchdog.pid,
    port,
    baseURL,
    dataDir,
    jar,
    java,
    log: logFile,
  };
  writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
  console.log(
    `TRAE e2e app: starting ${jar} with ${java} (Java ${major}) on port ${port}, pid ${app.pid}`,
  );
  console.log(`TRAE e2e app: data ${dataDir}, log ${logFile}`);

  const began = Date.now();
  const timeoutMs = (Number(process.env.TRAE_E2E_START_TIMEOUT) || 180) * 1000;
  let last = 'no answer yet';
  for (;;) {
    if (exited !== null) {
      throw new Error(`the app exited (${exited}) before it was ready; log tail:\n${logTail()}`);
    }
    if (Date.now() - began > timeoutMs) {
      throw new Error(
        `the app was not ready after ${timeoutMs / 1000}s (${last}); log tail:\n${logTail()}`,
      );
    }
    try {
      const r = await get(`${baseURL}/actuator/health/readiness`);
      if (r.status === 200 && r.json?.status === 'UP') break;
      last = `readiness answered ${r.status} ${r.text.slice(0, 100)}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await sleep(250);
  }
  // /api/v1/system needs an admin, and the database is fresh: the start-up log tells the rest
  console.log(
    `TRAE e2e app: ready at ${baseURL} in ${((Date.now() - began) / 1000).toFixed(1)}s`,
  );
}

/** Runs detached: stops the app when the Maven JVM that started it is gone. */
async function watchdog(parentPid, appPid) {
  for (;;) {
    await sleep(1_000);
    if (!alive(appPid)) return;
    if (!alive(parentPid)) {
      const state = readState();
      if (state?.pid === appPid) {
        await stop({ quiet: true });
      } else {
        signal(appPid, 'SIGTERM');
      }
      return;
    }
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [command, ...args] = process.argv.slice(2);
  try {
    if (command === 'start') {
      try {
        await start();
      } catch (e) {
        await stop({ quiet: true });
        throw e;
      }
    } else if (command === 'stop') {
      await stop();
    } else if (command === 'watchdog') {
      await watchdog(Number(args[0]), Number(args[1]));
    } else {
      console.error('usage: node scripts/app.mjs start|stop');
      process.exit(2);
    }
  } catch (e) {
    console.error(`TRAE e2e app: ${e.message}`);
    process.exit(1);
  }
}
