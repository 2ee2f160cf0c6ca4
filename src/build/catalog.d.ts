declare module 'virtual:scenario-catalog' {
  type Scenario = import('../engine/format/scenario').Scenario;
  type LocalText = import('../engine/format/text').LocalText;

  /** What the scenario select screen shows before a scenario is loaded. */
  export interface ScenarioCard {
    readonly id: string;
    readonly version: string;
    readonly title: LocalText;
    readonly summary: LocalText;
    readonly minutes: number;
    readonly objectives: Scenario['objectives'];
    /** The two letters that start the scenario's class codes (e.g. "VL"), when it has them. */
    readonly classKey?: string;
  }

  export const shippedScenarios: readonly { readonly card: ScenarioCard; load(): Promise<Scenario> }[];
}
