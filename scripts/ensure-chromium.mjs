// Finds the Chromium the browser tests and the browser bench drive: $CHROMIUM_PATH, else Debian's
// /usr/bin/chromium. When it is missing and we are root on Debian (CI), installs Debian's package;
// otherwise exits 1 naming the one command to run. Prints the path it will use, on its last line.
// playwright-core never downloads a browser here (no downloads outside the package registries).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const DEBIAN_PATH = '/usr/bin/chromium';
const INSTALL = 'sudo apt-get install -y chromium';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(
      `ensure-chromium: ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`,
    );
    process.exit(1);
  }
}

function main() {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) {
    if (executable(wanted)) return wanted;
    console.error(`ensure-chromium: CHROMIUM_PATH=${wanted} is not an executable file`);
    process.exit(1);
  }
  if (executable(DEBIAN_PATH)) return DEBIAN_PATH;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!root || !debian) {
    console.error(
      `ensure-chromium: no Chromium at ${DEBIAN_PATH}. Install it with:\n  ${INSTALL}\n` +
        '(or set CHROMIUM_PATH to a Chromium or Chrome executable)',
    );
    process.exit(1);
  }
  console.log(`ensure-chromium: no Chromium at ${DEBIAN_PATH}; installing Debian's package`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
  if (!executable(DEBIAN_PATH)) {
    console.error(`ensure-chromium: apt-get installed chromium but ${DEBIAN_PATH} is still missing`);
    process.exit(1);
  }
  return DEBIAN_PATH;
}

console.log(`ensure-chromium: using ${main()}`);
