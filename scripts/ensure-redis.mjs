// Finds the redis-server the Redis tests start (each its own, on a free loopback port, in a temp dir):
// $REDIS_SERVER_PATH, else Debian's /usr/bin/redis-server. When it is missing and we are root on Debian
// (CI), installs Debian's package (without starting its system service); otherwise exits 1 naming the
// one command to run. Prints the path it will use, on its last line.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, rmSync, writeFileSync } from 'node:fs';

const DEBIAN_PATH = '/usr/bin/redis-server';
const INSTALL = 'sudo apt-get install -y redis-server';
// Debian's maintainer scripts start services through invoke-rc.d, which asks policy-rc.d first:
// exit 101 means "not now", so installing the package leaves no Redis running in the background.
const POLICY = '/usr/sbin/policy-rc.d';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`ensure-redis: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(
      `ensure-redis: ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`,
    );
    process.exit(1);
  }
}

function installWithoutService() {
  const ownPolicy = !existsSync(POLICY);
  if (ownPolicy) writeFileSync(POLICY, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server']);
  } finally {
    if (ownPolicy) rmSync(POLICY, { force: true });
  }
}

function main() {
  const wanted = process.env.REDIS_SERVER_PATH;
  if (wanted) {
    if (executable(wanted)) return wanted;
    console.error(`ensure-redis: REDIS_SERVER_PATH=${wanted} is not an executable file`);
    process.exit(1);
  }
  if (executable(DEBIAN_PATH)) return DEBIAN_PATH;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!root || !debian) {
    console.error(
      `ensure-redis: no redis-server at ${DEBIAN_PATH}. Install it with:\n  ${INSTALL}\n` +
        '(or set REDIS_SERVER_PATH to a redis-server executable)',
    );
    process.exit(1);
  }
  console.log(`ensure-redis: no redis-server at ${DEBIAN_PATH}; installing Debian's package`);
  installWithoutService();
  if (!executable(DEBIAN_PATH)) {
    console.error(`ensure-redis: apt-get installed redis-server but ${DEBIAN_PATH} is still missing`);
    process.exit(1);
  }
  return DEBIAN_PATH;
}

console.log(`ensure-redis: using ${main()}`);
