import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildIsStale } from '../../src/server/fresh-build';
import { roomLinks } from '../../src/server/links';
import { parseOptions } from '../../src/server/options';

const dir = mkdtempSync(path.join(tmpdir(), 'lab-doors-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run room', () => {
  test('reads its options, and says which one is wrong', () => {
    expect(parseOptions([])).toMatchObject({ port: 4180, host: '0.0.0.0', expireDays: 7, build: true });
    expect(
      parseOptions([
        '--port',
        '0',
        '--data',
        'x.sqlite',
        '--public-url',
        'https://room.example',
        '--expire-days',
        '2',
      ]),
    ).toMatchObject({ port: 0, dataFile: 'x.sqlite', publicUrl: 'https://room.example', expireDays: 2 });
    expect(() => parseOptions(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseOptions(['--expire-days', '0'])).toThrow(/--expire-days/);
    expect(() => parseOptions(['--public-url', 'javascript:alert(1)'])).toThrow(/--public-url/);
    expect(() => parseOptions(['--colour'])).toThrow();
    expect(parseOptions([], {})).toMatchObject({ redisUrl: undefined });
    expect(parseOptions(['--redis', 'redis://10.0.0.5:6379'], {})).toMatchObject({
      redisUrl: 'redis://10.0.0.5:6379',
    });
    expect(parseOptions([], { ROOM_REDIS_URL: 'rediss://cache.example:6380' }).redisUrl).toBe(
      'rediss://cache.example:6380',
    );
    expect(() => parseOptions(['--redis', 'http://10.0.0.5'], {})).toThrow(/--redis/);
  });

  test('builds when dist/ is missing or older than a source, not otherwise', () => {
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', 'a.ts'), '');
    const dist = path.join(dir, 'dist');
    expect(buildIsStale(dir, dist)).toBe(true);
    mkdirSync(dist);
    writeFileSync(path.join(dist, 'index.html'), '');
    const old = new Date('2020-01-01');
    const recent = new Date('2024-01-01');
    utimesSync(path.join(dir, 'src', 'a.ts'), old, old);
    utimesSync(path.join(dir, 'src'), old, old);
    utimesSync(path.join(dist, 'index.html'), recent, recent);
    expect(buildIsStale(dir, dist)).toBe(false);
    utimesSync(path.join(dir, 'src', 'a.ts'), new Date('2025-01-01'), new Date('2025-01-01'));
    expect(buildIsStale(dir, dist)).toBe(true);
  });

  test('the control link keeps its token in the fragment; the projector and join links carry none', () => {
    const links = roomLinks('http://192.168.0.5:4180', 'T'.repeat(22));
    expect(new URL(links.control).hash).toBe(`#host=${'T'.repeat(22)}`);
    expect(new URL(links.control).search).toBe('');
    expect(links.display).not.toContain('T'.repeat(22));
    expect(links.join).toBe('http://192.168.0.5:4180/join');
  });
});
