import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MemoryStorage, Slot } from '../../src/store/slot';
import { FullStorage } from './full-storage';

const schema = z.strictObject({ name: z.string(), count: z.int() });
const makeSlot = (storage: MemoryStorage, migrations = {}) =>
  new Slot({ key: 'test', version: 2, migrations, schema, storage, now: () => 1234 });

describe('Slot', () => {
  it('reads back what it wrote', () => {
    const storage = new MemoryStorage();
    makeSlot(storage).write({ name: 'a', count: 1 });
    expect(makeSlot(storage).read()).toEqual({
      kind: 'ok',
      data: { name: 'a', count: 1 },
      migratedFrom: null,
    });
  });

  it('is empty when nothing was saved', () => {
    expect(makeSlot(new MemoryStorage()).read()).toEqual({ kind: 'empty' });
  });

  it('migrates an older version step by step', () => {
    const storage = new MemoryStorage();
    storage.setItem('test', JSON.stringify({ saveVersion: 1, data: { name: 'old' } }));
    const slot = makeSlot(storage, { 1: (data: unknown) => ({ ...(data as object), count: 0 }) });
    expect(slot.read()).toEqual({ kind: 'ok', data: { name: 'old', count: 0 }, migratedFrom: 1 });
  });

  it.each([
    ['not JSON', '{"saveVersion": 2, "data": ', 'not valid JSON'],
    ['no envelope', '[1,2,3]', 'no saveVersion'],
    ['a future version', JSON.stringify({ saveVersion: 9, data: {} }), 'version 9'],
    [
      'a version with no migration',
      JSON.stringify({ saveVersion: 1, data: {} }),
      'no migration from save version 1',
    ],
    ['the wrong shape', JSON.stringify({ saveVersion: 2, data: { name: 3, count: 1 } }), 'expected shape'],
  ])('keeps %s aside, unchanged, and reports why', (_label, raw, reason) => {
    const storage = new MemoryStorage();
    storage.setItem('test', raw);
    const read = makeSlot(storage).read();
    expect(read).toMatchObject({ kind: 'kept-aside', keptAs: 'test.corrupt.1234' });
    if (read.kind === 'kept-aside') expect(read.reason).toContain(reason);
    expect(storage.getItem('test.corrupt.1234')).toBe(raw);
    expect(storage.getItem('test')).toBeNull();
  });

  it('reports a failing migration instead of throwing', () => {
    const storage = new MemoryStorage();
    storage.setItem('test', JSON.stringify({ saveVersion: 1, data: {} }));
    const read = makeSlot(storage, {
      1: () => {
        throw new Error('boom');
      },
    }).read();
    expect(read).toMatchObject({ kind: 'kept-aside', reason: 'migrating from save version 1 failed: boom' });
  });

  it('goes on when storage refuses to write', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(makeSlot(storage).write({ name: 'a', count: 1 })).toBe(false);
  });

  it('says an unreadable save was not kept aside when storage has no room, and hands over its data', () => {
    const storage = new FullStorage();
    storage.items.set('test', '{oops');
    const read = makeSlot(storage).read();
    expect(read).toEqual({ kind: 'not-kept', reason: 'the save is not valid JSON', raw: '{oops' });
    // Nothing was moved or removed: the data is still in its place (and in the report, to download).
    expect([...storage.items]).toEqual([['test', '{oops']]);
  });
});
