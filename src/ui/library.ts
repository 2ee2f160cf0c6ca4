import type { ScenarioCard, shippedScenarios } from 'virtual:scenario-catalog';
import { compile } from '../engine/compile';
import type { CompiledScenario } from '../engine/compile/types';
import { type Diagnostic, hasErrors, type Phrase } from '../engine/diagnostics';
import type { Scenario } from '../engine/format/scenario';
import { scenarioCard } from '../engine/scenario-card';
import type { ScenarioCatalog } from '../store/game';
import type { KeyValueStorage } from '../store/slot';

/** The last scenario file a player opened, kept so that a saved run of it can be resumed after a reload. */
export const CUSTOM_SCENARIO_KEY = 'lab-doors.custom-scenario';
/** Larger files are refused before they are read: the loader's own limit is 2,000,000 characters. */
export const MAX_SCENARIO_FILE_BYTES = 4_000_000;

/** A finding with its message in both languages, so the list can follow a language switch. */
export interface ShownDiagnostic extends Diagnostic {
  readonly text: Phrase;
}

export type OpenResult =
  | { readonly ok: true; readonly id: string; readonly warnings: readonly ShownDiagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly ShownDiagnostic[] };

/**
 * The scenarios the game can play: shipped ones (checked at build time, loaded when chosen) and one the
 * player opened from a file (checked here, with the full loader loaded only for that). Implements the
 * game store's catalog, which needs scenarios compiled before a run starts or resumes.
 */
export class ScenarioLibrary implements ScenarioCatalog {
  private readonly compiled = new Map<string, CompiledScenario>();
  private customCard: ScenarioCard | null = null;

  constructor(
    private readonly shipped: typeof shippedScenarios,
    private readonly storage: KeyValueStorage,
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
    if (text === null) return false;
    const opened = await this.open('saved scenario', text, false);
    return opened.ok && opened.id === id;
  }

  /** Checks a scenario file the player chose; registers it when it has no errors. */
  async open(fileName: string, text: string, remember = true): Promise<OpenResult> {
    // The loader and the message tables load only now, when a player opens a file.
    const [{ loadScenario }, { messageIn }] = await Promise.all([
      import('../engine/load'),
      import('../engine/diagnostics/messages'),
    ]);
    const { scenario, diagnostics: found } = loadScenario(fileName, text);
    const diagnostics = found.map((d) => ({ ...d, text: { en: d.message, ko: messageIn(d, 'ko') } }));
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
