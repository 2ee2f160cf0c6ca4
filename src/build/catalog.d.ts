declare module 'virtual:scenario-catalog' {
  type Scenario = import('../engine/format/scenario').Scenario;
  export type ScenarioCard = import('../engine/scenario-card').ScenarioCard;

  export const shippedScenarios: readonly { readonly card: ScenarioCard; load(): Promise<Scenario> }[];
}
