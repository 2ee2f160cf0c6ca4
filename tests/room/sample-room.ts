import { readFileSync } from 'node:fs';
import { type CompiledScenario, compile, hasErrors, loadScenario } from '../../src/engine';
import { createRoom, type RoomState } from '../../src/room';

let sample: CompiledScenario | undefined;

/** The shipped sample scenario, compiled once per test file. */
export function sampleScenario(): CompiledScenario {
  if (sample === undefined) {
    const file = 'scenarios/sample-visiting-lab.json';
    const { scenario, diagnostics } = loadScenario(file, readFileSync(file, 'utf8'));
    if (scenario === undefined || hasErrors(diagnostics)) throw new Error(`${file} does not load`);
    sample = compile(scenario);
  }
  return sample;
}

/** 22 base64url characters, distinct per label: tokens the way the server makes them, but readable. */
export const token = (label: string) => label.padEnd(22, '_').slice(0, 22);

export const CONTROL = token('control');

export function sampleRoom(settings: Parameters<typeof createRoom>[1]['settings'] = {}): RoomState {
  return createRoom(sampleScenario(), {
    id: 'room-1',
    code: 'ABCDE',
    controlToken: CONTROL,
    seed: 7,
    now: 1_000,
    settings,
  });
}
