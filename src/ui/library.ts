import type { ScenarioCard, shippedScenarios } from 'virtual:scenario-catalog';
import { type CompiledScenario, compile, hasErrors, type Scenario, scenarioCard } from '../engine';
import type { ScenarioCatalog } from '../store/game';
import type { KeyValueStorage } from '../store/slot';
import { type CheckOptions, checkScenarioFile, type ShownDiagnostic } from './scenario-check';

/** The last scenario file a player opened, kept so that a saved run of it can be resumed after a reload. */
export const CUSTOM_SCENARIO_KEY = 'lab-doors.custom-scenario';
/** Larger files are refused before they are read: the loader's own limit is 2,000,000 characters. */
export const MAX_SCENARIO_FILE_BYTES = 4_000_000;

export type OpenResult =
  | { readonly ok: true; readonly id: string; readonly warnings: readonly ShownDiagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly ShownDiagnostic[] }
  /** The check was stopped (too slow, or it failed): see `checkScenarioFile`. */
  | { readonly ok: false; readonly stopped: 'time' | 'error'; readonly limitMs: number };

/**
 * The scenarios the game can play: shipped ones (checked at build time, loaded when chosen) and one the
 * player opened from a file (checked here, with the full loader loaded only for that). Implements the
 * game store's catalog, which needs scenarios compiled before a run starts or resumes.
 */
export class ScenarioLibrary implements ScenarioCatalog {
  private readonly compiled = new Map<string, CompiledScenario>();
  private customCard: ScenarioCard | null = null;
  /** The remembered scenario file's text, once checked (whatever the outcome). */
  private customChecked: string | null = null;

  constructor(
    private readonly shipped: typeof shippedScenarios,
    private readonly storage: KeyValueStorage,
    private readonly checkOptions: CheckOptions = {},
  ) {}

  cards(): ScenarioCard[] {
    const cards = this.shipped.map((s) => s.card);
    return this.customCard ? [...cards, this.customCard] : cards;
  }

  get(id: string): CompiledScenario | undefined {
    return this.compiled.get(id);
  }

  /** Makes a scenario ready to play; false when it is neither shipped nor the player's last opened file. */
  async ensure(id: string): Promise<boolean> {
    if (this.compiled.has(id)) return true;
    const shipped = this.shipped.find((s) => s.card.id === id);
    if (shipped) {
      this.register(await shipped.load());
      return true;
    }
    const text = this.readCustom();
    // The remembered file is checked once: results or saves naming other scenarios would otherwise check
    // it again for each of them (a class debrief of a thousand results did).
    if (text === null || text === this.customChecked) return false;
    this.customChecked = text;
    const opened = await this.open('saved scenario', text, false);
    return opened.ok && opened.id === id;
  }

  /** Checks a scenario file the player chose (in a worker, time-bound); registers it when it has no errors. */
  async open(fileName: string, text: string, remember = true): Promise<OpenResult> {
    const checked = await checkScenarioFile(fileName, text, this.checkOptions);
    if (checked.kind === 'stopped') return { ok: false, stopped: checked.reason, limitMs: checked.limitMs };
    const { scenario, diagnostics } = checked.result;
    if (scenario === undefined || hasErrors(diagnostics)) return { ok: false, diagnostics };
    this.register(scenario);
    this.customCard = scenarioCard(scenario);
    if (remember) this.writeCustom(text);
    return { ok: true, id: scenario.id, warnings: diagnostics };
  }

  private register(scenario: Scenario): void {
    this.compiled.set(scenario.id, compile(scenario));
  }

  private readCustom(): string | null {
    try {
      return this.storage.getItem(CUSTOM_SCENARIO_KEY);
    } catch {
      return null;
    }
  }

  private writeCustom(text: string): void {
    try {
      this.storage.setItem(CUSTOM_SCENARIO_KEY, text);
    } catch {
      // Too large for storage: it still plays now, it just cannot be resumed after a reload.
    }
  }
}
