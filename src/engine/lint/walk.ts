import type { JsonPath } from '../diagnostics';
import type { Condition } from '../format/conditions';
import type {
  Choice,
  Consequences,
  Ending,
  Event,
  Meter,
  Negotiation,
  Scenario,
  Scheduled,
} from '../format/scenario';
import type { LocalText } from '../format/text';
import type { IdKind } from './catalog';

/**
 * How a place uses an id: conditions `read` meters, flags and events; effects and `set` `write` them;
 * `target` events are presented by a `next`, a schedule or a warning; everything else is a `mention`.
 */
type IdRole = 'read' | 'write' | 'clear' | 'target' | 'mention';

interface IdUse {
  readonly kind: IdKind;
  readonly id: string;
  readonly role: IdRole;
  readonly path: JsonPath;
}

/** Where a condition sits decides which kinds it may use (`failed` in endings, `term` in responses). */
type ConditionScope =
  | { readonly place: 'ending' }
  | { readonly place: 'response'; readonly negotiation: Negotiation }
  | { readonly place: 'elsewhere' };

export interface ConditionSite {
  readonly condition: Condition;
  readonly path: JsonPath;
  readonly scope: ConditionScope;
}

interface ScheduleSite {
  readonly entry: Scheduled;
  readonly path: JsonPath;
}

interface TextSite {
  readonly text: LocalText;
  readonly path: JsonPath;
}

/** Everything the checks look at, gathered in one pass, each list in document order. */
export interface ScenarioSites {
  readonly texts: TextSite[];
  readonly ids: IdUse[];
  /** Every condition node, nested ones included, parents before children. */
  readonly conditions: ConditionSite[];
  readonly schedules: ScheduleSite[];
}

const ELSEWHERE: ConditionScope = { place: 'elsewhere' };

export function collectSites(scenario: Scenario): ScenarioSites {
  const collector = new SiteCollector();
  collector.scenario(scenario);
  return collector.sites;
}

class SiteCollector {
  readonly sites: ScenarioSites = { texts: [], ids: [], conditions: [], schedules: [] };

  scenario(s: Scenario): void {
    this.text(s.title, ['title']);
    this.text(s.summary, ['summary']);
    this.text(s.disclaimer, ['disclaimer']);
    s.calendar.labels.forEach((label, i) => {
      this.text(label, ['calendar', 'labels', i]);
    });
    s.meters.forEach((meter, i) => {
      this.meter(meter, ['meters', i]);
    });
    s.characters.forEach((character, i) => {
      this.text(character.name, ['characters', i, 'name']);
      this.text(character.role, ['characters', i, 'role']);
    });
    s.objectives.forEach((objective, i) => {
      this.text(objective.title, ['objectives', i, 'title']);
      this.text(objective.summary, ['objectives', i, 'summary']);
    });
    s.references.forEach((reference, i) => {
      this.text(reference.title, ['references', i, 'title']);
    });
    s.doors.forEach((door, i) => {
      this.text(door.label, ['doors', i, 'label']);
      this.condition(door.open, ['doors', i, 'open'], ELSEWHERE);
    });
    s.events.forEach((event, i) => {
      this.event(event, ['events', i]);
    });
    s.endings.forEach((ending, i) => {
      this.ending(ending, ['endings', i]);
    });
    s.debriefQuestions.forEach((question, i) => {
      this.text(question, ['debriefQuestions', i]);
    });
  }

  private meter(meter: Meter, path: JsonPath): void {
    this.text(meter.label, [...path, 'label']);
    this.text(meter.description, [...path, 'description']);
    for (const side of ['low', 'high'] as const) {
      this.id('event', meter[side]?.warningEvent, 'target', [...path, side, 'warningEvent']);
    }
  }

  private ending(ending: Ending, path: JsonPath): void {
    this.text(ending.title, [...path, 'title']);
    this.text(ending.text, [...path, 'text']);
    this.text(ending.why, [...path, 'why']);
    this.condition(ending.when, [...path, 'when'], { place: 'ending' });
  }

  private event(event: Event, path: JsonPath): void {
    this.text(event.title, [...path, 'title']);
    this.id('character', event.speaker, 'mention', [...path, 'speaker']);
    this.text(event.text, [...path, 'text']);
    this.text(event.prompt, [...path, 'prompt']);
    if (event.lesson !== undefined) {
      this.id('objective', event.lesson.objective, 'mention', [...path, 'lesson', 'objective']);
      this.text(event.lesson.note, [...path, 'lesson', 'note']);
      this.ids('reference', event.lesson.references, 'mention', [...path, 'lesson', 'references']);
    }
    this.condition(event.when, [...path, 'when'], ELSEWHERE);
    event.choices?.forEach((choice, i) => {
      this.choice(choice, [...path, 'choices', i]);
    });
    if (event.negotiation !== undefined) this.negotiation(event.negotiation, [...path, 'negotiation']);
  }

  private choice(choice: Choice, path: JsonPath): void {
    this.text(choice.text, [...path, 'text']);
    this.condition(choice.when, [...path, 'when'], ELSEWHERE);
    this.text(choice.lockedReason, [...path, 'lockedReason']);
    this.text(choice.expert, [...path, 'expert']);
    this.consequences(choice, path);
    this.id('event', choice.next, 'target', [...path, 'next']);
  }

  private negotiation(negotiation: Negotiation, path: JsonPath): void {
    this.id('character', negotiation.partner, 'mention', [...path, 'partner']);
    negotiation.clauses.forEach((clause, i) => {
      this.text(clause.label, [...path, 'clauses', i, 'label']);
      clause.options.forEach((option, j) => {
        const optionPath = [...path, 'clauses', i, 'options', j];
        this.text(option.text, [...optionPath, 'text']);
        this.text(option.expert, [...optionPath, 'expert']);
        this.consequences(option, optionPath);
      });
    });
    negotiation.responses.forEach((response, i) => {
      this.condition(response.when, [...path, 'responses', i, 'when'], { place: 'response', negotiation });
      this.text(response.text, [...path, 'responses', i, 'text']);
    });
    this.text(negotiation.otherwise.text, [...path, 'otherwise', 'text']);
    for (const outcome of ['onAgreement', 'onNoDeal'] as const) {
      const consequences = negotiation[outcome];
      if (consequences !== undefined) this.consequences(consequences, [...path, outcome]);
    }
  }

  private consequences(c: Consequences, path: JsonPath): void {
    this.effects(c, path);
    c.schedule?.forEach((entry, i) => {
      const entryPath = [...path, 'schedule', i];
      this.sites.schedules.push({ entry, path: entryPath });
      if ('event' in entry) {
        this.id('event', entry.event, 'target', [...entryPath, 'event']);
      } else {
        this.effects(entry, entryPath);
        this.text(entry.note, [...entryPath, 'note']);
      }
      this.condition(entry.when, [...entryPath, 'when'], ELSEWHERE);
    });
    this.text(c.feedback, [...path, 'feedback']);
    // A plain list was read as `shows`; the locator finds its items under that path too.
    this.ids('objective', c.objectives?.shows, 'mention', [...path, 'objectives', 'shows']);
    this.ids('objective', c.objectives?.against, 'mention', [...path, 'objectives', 'against']);
    this.ids('reference', c.references, 'mention', [...path, 'references']);
  }

  /** Meter changes and flag changes, shared by consequences and scheduled effects. */
  private effects(c: Pick<Consequences, 'effects' | 'set' | 'clear'>, path: JsonPath): void {
    for (const meter of Object.keys(c.effects ?? {})) {
      this.id('meter', meter, 'write', [...path, 'effects', meter]);
    }
    this.ids('flag', c.set, 'write', [...path, 'set']);
    this.ids('flag', c.clear, 'clear', [...path, 'clear']);
  }

  private condition(condition: Condition | undefined, path: JsonPath, scope: ConditionScope): void {
    if (condition === undefined) return;
    this.sites.conditions.push({ condition, path, scope });
    const use = conditionIdUse(condition, path);
    if (use !== undefined) this.sites.ids.push(use);
    for (const child of childConditions(condition, path)) this.condition(child.condition, child.path, scope);
  }

  private text(text: LocalText | undefined, path: JsonPath): void {
    if (text !== undefined) this.sites.texts.push({ text, path });
  }

  private id(kind: IdKind, id: string | undefined, role: IdRole, path: JsonPath): void {
    if (id !== undefined) this.sites.ids.push({ kind, id, role, path });
  }

  private ids(kind: IdKind, ids: readonly string[] | undefined, role: IdRole, path: JsonPath): void {
    ids?.forEach((id, i) => {
      this.id(kind, id, role, [...path, i]);
    });
  }
}

function childConditions(condition: Condition, path: JsonPath): { condition: Condition; path: JsonPath }[] {
  if ('not' in condition) return [{ condition: condition.not, path: [...path, 'not'] }];
  if ('all' in condition) {
    return condition.all.map((child, i) => ({ condition: child, path: [...path, 'all', i] }));
  }
  if ('any' in condition) {
    return condition.any.map((child, i) => ({ condition: child, path: [...path, 'any', i] }));
  }
  return [];
}

/** The id a leaf condition reads, if any; `term` names a clause of its own negotiation, not an id. */
function conditionIdUse(condition: Condition, path: JsonPath): IdUse | undefined {
  const read = (kind: IdKind, id: string, ...at: string[]): IdUse => ({
    kind,
    id,
    role: 'read',
    path: [...path, ...at],
  });
  if ('meter' in condition) return read('meter', condition.meter, 'meter');
  if ('flag' in condition) return read('flag', condition.flag, 'flag');
  if ('visits' in condition) return read('event', condition.visits, 'visits');
  if ('turnsSince' in condition) return read('event', condition.turnsSince, 'turnsSince');
  if ('chose' in condition) return read('event', condition.chose.event, 'chose', 'event');
  if ('agreed' in condition) return read('event', condition.agreed.event, 'agreed', 'event');
  if ('failed' in condition) return read('meter', condition.failed, 'failed');
  return undefined;
}
