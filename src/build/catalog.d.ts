declare module 'virtual:scenario-catalog' {
  type Scenario = import('../engine/format/scenario').Scenario;
  export type ScenarioCard = import('../engine/scenario-card').ScenarioCard;

  export const shippedScenarios: readonly { readonly card: ScenarioCard; load(): Promise<Scenario> }[];
}

/** The shipped files' exact text by scenario id, for the studio's templates only (its own chunks). */
declare module 'virtual:scenario-sources' {
  export const shippedSources: Readonly<Record<string, () => Promise<string>>>;
}
