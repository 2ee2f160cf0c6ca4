// `npm test`: every check the project has, one after another, ending with the plain line
// "N passed, N failed" that CI reads. Lint, type checks and the build count as one check each; Vitest's
// tests (unit, then the browser tests in Chromium against the built game) are counted from their JSON
// reports. Exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;

function check(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status === 0) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${name} failed (exit ${run.status ?? run.signal})`);
  }
  return run.status === 0;
}

/** A step the checks after it need (not a check itself): a failure counts once and stops them. */
function prepare(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status === 0) return true;
  failed += 1;
  console.log(`✗ ${name} failed (exit ${run.status ?? run.signal})`);
  return false;
}

function vitest(name, args) {
  const report = `${results}/${name}.json`;
  rmSync(report, { force: true });
  console.log(`\n▶ ${name}: vitest ${args.join(' ')}`);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...args],
    {
      stdio: 'inherit',
    },
  );
  if (!existsSync(report)) {
    // Vitest could not even start (config error, crash): count that as one failure, not as nothing.
    failed += 1;
    console.log(`✗ ${name}: no report (exit ${run.status ?? run.signal})`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed +=
    json.numFailedTests +
    (json.numTotalTestSuites > 0 && json.success === false && json.numFailedTests === 0 ? 1 : 0);
  if (json.numTotalTests === 0) {
    failed += 1;
    console.log(`✗ ${name}: ran no test`);
  }
}

check('lint and format (biome)', 'npx', ['biome', 'check', '.']);
// The whole project, then the engine alone without DOM or Node types (src/engine/tsconfig.json).
check('types (tsc)', 'npm', ['run', '--silent', 'typecheck']);
// The room server's Redis tests start their own redis-server (installed from Debian when missing and root).
prepare('redis-server', 'node', ['scripts/ensure-redis.mjs']);
vitest('unit', []);

// The browser tests need Chromium (installed from Debian when missing and root) and the built game.
if (prepare('chromium', 'node', ['scripts/ensure-chromium.mjs'])) {
  if (check('build (vite)', 'npx', ['vite', 'build', '--configLoader', 'runner'])) {
    vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
  } else {
    console.log('✗ browser tests skipped: the game did not build');
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
