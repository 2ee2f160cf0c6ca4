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
  | { readonly ok: false; readonly stopped: 'time' | 'error'; readonly limitMs: number }
  /**
   * The file's id is a shipped scenario's: played under it, the file and the shipped scenario would share
   * a saved run and a card, and a reload would resume the run on the shipped one. It is refused instead.
   */
  | { readonly ok: false; readonly shippedId: string };

/** A file the player opened and that checked clean, not yet played: see `adopt`. */
interface OpenedFile {
  readonly scenario: Scenario;
  readonly card: ScenarioCard;
  readonly text: string;
}

/**
 * The scenarios the game can play: shipped ones (checked at build time, loaded when chosen) and one the
 * player opened from a file (checked here, with the full loader loaded only for that). Implements the
 * game store's catalog, which needs scenarios compiled before a run starts or resumes.
 */
export class ScenarioLibrary implements ScenarioCatalog {
  private readonly compiled = new Map<string, CompiledScenario>();
  private customCard: ScenarioCard | null = null;
  private opened: OpenedFile | null = null;
  /** The remembered scenario file's text, once checked (whatever the outcome). */
  private customChecked: string | null = null;

  constructor(
    private readonly shipped: typeof shippedScenarios,
    private readonly storage: KeyValueStorage,
    private readonly checkOptions: CheckOptions = {},
  ) {}

  cards(): ScenarioCard[] {
    const cards = this.shipped.map((s) => s.card);
    const custom = this.opened?.card ?? this.customCard;
    return custom ? [...cards, custom] : cards;
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
    if (this.opened?.scenario.id === id) return true;
    const text = this.readCustom();
    // The remembered file is checked once: results or saves naming other scenarios would otherwise check
    // it again for each of them (a class debrief of a thousand results did).
    if (text === null || text === this.customChecked) return false;
    this.customChecked = text;
    const checked = await checkScenarioFile('saved scenario', text, this.checkOptions);
    if (checked.kind === 'stopped') return false;
    const { scenario, diagnostics } = checked.result;
    if (scenario === undefined || hasErrors(diagnostics) || this.isShipped(scenario.id)) return false;
    this.register(scenario);
    this.customCard = scenarioCard(scenario);
    return scenario.id === id;
  }

  /**
   * Checks a scenario file the player chose (in a worker, time-bound). One without errors is listed and
   * can be started, but it neither replaces a loaded scenario nor is remembered until `adopt`: the player
   * may still keep the saved run that needs the file remembered before it.
   */
  async open(fileName: string, text: string): Promise<OpenResult> {
    const checked = await checkScenarioFile(fileName, text, this.checkOptions);
    if (checked.kind === 'stopped') return { ok: false, stopped: checked.reason, limitMs: checked.limitMs };
    const { scenario, diagnostics } = checked.result;
    if (scenario === undefined || hasErrors(diagnostics)) return { ok: false, diagnostics };
    if (this.isShipped(scenario.id)) return { ok: false, shippedId: scenario.id };
    this.opened = { scenario, card: scenarioCard(scenario), text };
    return { ok: true, id: scenario.id, warnings: diagnostics };
  }

  /** A run of `id` is starting: an opened file of that id becomes the scenario played and remembered. */
  adopt(id: string): void {
    if (this.opened?.scenario.id !== id) return;
    this.register(this.opened.scenario);
    this.customCard = this.opened.card;
    this.writeCustom(this.opened.text);
    this.opened = null;
  }

  private isShipped(id: string): boolean {
    return this.shipped.some((s) => s.card.id === id);
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
