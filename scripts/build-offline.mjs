// `npm run build:offline`: dist-offline/lab-doors.html, the game in one file that runs from file://
// (see src/build/vite.offline.config.ts). Fails when anything besides that file was emitted, or when the
// page would still request a file.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const OUT = 'dist-offline';
const FILE = `${OUT}/lab-doors.html`;

await build({ configFile: 'src/build/vite.offline.config.ts', configLoader: 'runner', logLevel: 'warn' });

const extra = readdirSync(OUT).filter((name) => name !== 'lab-doors.html');
// Build output: kept out of git and of the linter (which reads .gitignore files).
writeFileSync(`${OUT}/.gitignore`, '*\n');
if (extra.length > 0) throw new Error(`build:offline: files not inlined: ${extra.join(', ')}`);
const html = readFileSync(FILE, 'utf8');
const external = html.match(/\b(?:src|href)="(?!data:)[^"#][^"]*"/g) ?? [];
if (external.length > 0) throw new Error(`build:offline: the page still links files: ${external.join(', ')}`);
const styles = (html.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? []).join('\n');
const fontUrls = styles.match(/url\((?!["']?data:)[^)]*\)/g) ?? [];
if (fontUrls.length > 0)
  throw new Error(`build:offline: CSS still loads files: ${fontUrls.slice(0, 5).join(', ')}`);
console.log(`${FILE}: ${(statSync(FILE).size / 1024 / 1024).toFixed(2)} MB`);
