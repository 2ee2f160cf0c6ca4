import { useMemo } from 'preact/hooks';
import type { ResultDecision } from '../../classroom/result-schema';
import type { CompiledScenario } from '../../engine';
import { localize, useUi } from '../context';

export type Labels = ReturnType<typeof useLabels>;

/** Labels of the scenario's things, in the player's language, falling back to ids. */
export function useLabels(scenario: CompiledScenario) {
  const { m, locale } = useUi();
  return useMemo(() => {
    const eventOf = (id: string) => scenario.events[scenario.index.event.get(id) ?? -1]?.source;
    const event = (id: string) => localize(eventOf(id)?.title, locale) || id;
    const choice = (eventId: string, key: string) => {
      if (key === 'agreement') return m.agreementReached;
      if (key === 'no-deal') return m.noDeal;
      return localize(eventOf(eventId)?.choices?.find((c) => c.id === key)?.text, locale) || key;
    };
    const clauseOf = (eventId: string, clauseId: string) =>
      eventOf(eventId)?.negotiation?.clauses.find((c) => c.id === clauseId);
    const clause = (eventId: string, clauseId: string) =>
      localize(clauseOf(eventId, clauseId)?.label, locale) || clauseId;
    const option = (eventId: string, clauseId: string, optionId: string) =>
      localize(clauseOf(eventId, clauseId)?.options.find((o) => o.id === optionId)?.text, locale) || optionId;
    const ending = (id: string) =>
      localize(scenario.source.endings.find((e) => e.id === id)?.title, locale) ||
      (id === 'unfinished' ? m.classDebriefUnfinished : id);
    const step = (d: ResultDecision) => {
      if (d.kind === 'agreement' && d.terms) {
        return Object.entries(d.terms)
          .map(([c, o]) => `${clause(d.event, c)}: ${option(d.event, c, o)}`)
          .join(' · ');
      }
      return choice(d.event, d.kind === 'choice' ? (d.choice ?? '') : d.kind);
    };
    return { event, choice, clause, option, ending, step };
  }, [scenario, locale, m]);
}
