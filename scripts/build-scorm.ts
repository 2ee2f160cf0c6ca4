// `npm run build:scorm`: dist-scorm/lab-doors-scorm12.zip, a SCORM 1.2 package an LMS (e.g. Moodle)
// imports. It is the normal build (relative paths, base './'), in dist-scorm/package, plus an
// imsmanifest.xml naming index.html as the one SCO and listing every file. The game finds the LMS's API
// itself (src/lms); outside an LMS the same files play normally.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { scormManifest } from '../src/build/scorm-manifest';

const OUT = 'dist-scorm';
const PACKAGE = path.join(OUT, 'package');
const ZIP = path.join(OUT, 'lab-doors-scorm12.zip');

await build({
  configLoader: 'runner',
  // Its own mode, so the game leaves out what an LMS course has no use for (the scenario studio).
  mode: 'scorm',
  logLevel: 'warn',
  build: { outDir: PACKAGE, emptyOutDir: true },
});

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

const files = listFiles(PACKAGE).filter((file) => file !== 'imsmanifest.xml');
if (!files.includes('index.html')) throw new Error('build:scorm: the build has no index.html');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const manifest = scormManifest({
  identifier: `lab-doors-${version}`,
  title: 'Lab Doors · 연구실의 문',
  href: 'index.html',
  files,
});
writeFileSync(path.join(PACKAGE, 'imsmanifest.xml'), manifest);

// A fixed date keeps the zip the same for the same build.
const mtime = new Date('2026-01-01T00:00:00Z');
const entries: Record<string, [Uint8Array, { level: 0 | 9; mtime: Date }]> = {
  'imsmanifest.xml': [new TextEncoder().encode(manifest), { level: 9, mtime }],
};
for (const file of files) {
  // Fonts are compressed already.
  const level = file.endsWith('.woff2') ? 0 : 9;
  entries[file] = [readFileSync(path.join(PACKAGE, file)), { level, mtime }];
}
mkdirSync(OUT, { recursive: true });
// Build output: kept out of git and of the linter (which reads .gitignore files).
writeFileSync(path.join(OUT, '.gitignore'), '*\n');
writeFileSync(ZIP, zipSync(entries));
console.log(`${ZIP}: ${files.length + 1} files, ${(statSync(ZIP).size / 1024 / 1024).toFixed(2)} MB`);
