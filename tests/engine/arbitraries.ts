import fc from 'fast-check';
import type { Condition, ScenarioInput } from '../../src/engine/format';
import { t } from './test-scenario';

/**
 * Random VALID scenarios for property tests: every input passes `Scenario.parse`, and every id it names
 * (meters, flags, events, choices, clauses, options, objectives, references, characters) exists.
 *
 * Built in two stages: a shape (how many of each thing, meter numbers, which events negotiate) and then,
 * knowing every id, the content (conditions, effects, schedules, chains...). Deliberately allowed:
 * `next` cycles (the engine caps chains), a meter side with `fail` but no `warn` (rarely), choices that
 * are all conditional, and everything else lint only warns about.
 */

type EventInput = ScenarioInput['events'][number];
type ChoiceInput = NonNullable<EventInput['choices']>[number];
type NegotiationInput = NonNullable<EventInput['negotiation']>;
type ResponseInput = NegotiationInput['responses'][number];
type MeterInput = ScenarioInput['meters'][number];
type EndingInput = ScenarioInput['endings'][number];
type ScheduledInput = NonNullable<ChoiceInput['schedule']>[number];
type Effects = Record<string, number>;
type Consequences = Pick<
  ChoiceInput,
  'effects' | 'set' | 'clear' | 'schedule' | 'feedback' | 'objectives' | 'references'
>;

/** 'none': no threshold; 'warn': a warning line only; 'both': warn and fail; 'failOnly': fail with no warning (lint error LD306). */
export type SideMode = 'none' | 'warn' | 'both' | 'failOnly';

export interface MeterShape {
  readonly id: string;
  readonly good: 'high' | 'low';
  readonly min: number;
  readonly max: number;
  readonly start: number;
  /** min <= lowFail < lowWarn < start < highWarn < highFail <= max; used only as the side modes say. */
  readonly lowFail: number;
  readonly lowWarn: number;
  readonly highWarn: number;
  readonly highFail: number;
  readonly low: SideMode;
  readonly high: SideMode;
}

export interface EventShape {
  readonly id: string;
  readonly scheduledOnly: boolean;
  /** Number of choices, or 0 for a negotiation. */
  readonly choices: number;
  /** Options per clause for a negotiation, or null. */
  readonly clauses: readonly number[] | null;
}

export interface ScenarioShape {
  readonly turns: number;
  readonly meters: readonly MeterShape[];
  readonly flags: readonly string[];
  readonly events: readonly EventShape[];
  readonly endings: number;
  readonly doors: number;
  readonly objectives: readonly string[];
  readonly references: readonly string[];
  readonly characters: readonly string[];
}

const METER_IDS = ['trust', 'security', 'legalRisk', 'budget', 'talent', 'reputation'] as const;
const MAX_NEGOTIATIONS = 2;

/** Mostly small changes, sometimes a big jump that crosses a warning and a fail line at once. */
const amount = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -12, max: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: -60, max: 60 }) },
);

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Drops keys whose value is undefined, so inputs look like hand-written JSON. */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}

/** `arb` with the given chance, else undefined (an absent key once compacted). */
function maybe<T>(arb: fc.Arbitrary<T>, chance: number): fc.Arbitrary<T | undefined> {
  if (chance <= 0) return fc.constant(undefined);
  if (chance >= 1) return arb;
  return fc.oneof(
    { weight: Math.round((1 - chance) * 100), arbitrary: fc.constant(undefined) },
    { weight: Math.round(chance * 100), arbitrary: arb },
  );
}

const sideMode: fc.Arbitrary<SideMode> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<SideMode>('none') },
  { weight: 2, arbitrary: fc.constant<SideMode>('warn') },
  { weight: 5, arbitrary: fc.constant<SideMode>('both') },
  { weight: 1, arbitrary: fc.constant<SideMode>('failOnly') },
);

const meterNumbers = fc
  .record({
    good: fc.constantFrom<'high' | 'low'>('high', 'low'),
    min: fc.integer({ min: -50, max: 50 }),
    gaps: fc.tuple(
      fc.nat(10),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 40 }),
      fc.nat(10),
    ),
    low: sideMode,
    high: sideMode,
  })
  .map(({ good, min, gaps, low, high }) => {
    const [g0, g1, g2, g3, g4, g5] = gaps;
    const lowFail = min + g0;
    const lowWarn = lowFail + g1;
    const start = lowWarn + g2;
    const highWarn = start + g3;
    const highFail = highWarn + g4;
    return { good, min, max: highFail + g5, start, lowFail, lowWarn, highWarn, highFail, low, high };
  });

const eventBody = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 4 }).map((choices) => ({ choices, clauses: null })) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.integer({ min: 2, max: 3 }), { minLength: 1, maxLength: 3 })
      .map((clauses) => ({ choices: 0, clauses })),
  },
);

export const scenarioShapeArb: fc.Arbitrary<ScenarioShape> = fc
  .record({
    turns: fc.integer({ min: 1, max: 12 }),
    meters: fc.array(meterNumbers, { minLength: 3, maxLength: 6 }),
    flags: fc.integer({ min: 0, max: 5 }),
    events: fc.array(
      fc.record({
        scheduledOnly: fc.oneof(
          { weight: 3, arbitrary: fc.constant(false) },
          { weight: 1, arbitrary: fc.constant(true) },
        ),
        body: eventBody,
      }),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
    endings: fc.integer({ min: 1, max: 4 }),
    doors: fc.integer({ min: 0, max: 2 }),
    objectives: fc.integer({ min: 0, max: 2 }),
    references: fc.integer({ min: 0, max: 2 }),
    characters: fc.integer({ min: 0, max: 1 }),
  })
  .map((raw) => {
    let negotiations = 0;
    const events = raw.events.map(({ scheduledOnly, body }, i): EventShape => {
      const negotiates = body.clauses !== null && negotiations < MAX_NEGOTIATIONS;
      if (negotiates) negotiations += 1;
      return negotiates
        ? { id: `e${i}`, scheduledOnly, choices: 0, clauses: body.clauses }
        : { id: `e${i}`, scheduledOnly, choices: Math.max(1, body.choices), clauses: null };
    });
    return {
      turns: raw.turns,
      meters: raw.meters.map((m, i) => ({ ...m, id: METER_IDS[i] as string })),
      flags: ids('f', raw.flags),
      events,
      endings: raw.endings,
      doors: raw.doors,
      objectives: ids('obj', raw.objectives),
      references: ids('ref', raw.references),
      characters: ids('char', raw.characters),
    };
  });

/** Arbitraries that need to know every id of the scenario being built. */
class Content {
  readonly meterIds: string[];
  readonly eventIds: string[];
  readonly general: fc.Arbitrary<Condition>;
  readonly ending: fc.Arbitrary<Condition>;

  constructor(readonly shape: ScenarioShape) {
    this.meterIds = shape.meters.map((m) => m.id);
    this.eventIds = shape.events.map((e) => e.id);
    const leaves = this.generalLeaves();
    this.general = tree(fc.oneof(...leaves), 2);
    const failing = shape.meters.filter((m) => hasFail(m.low) || hasFail(m.high));
    const failed = failing.length === 0 ? [] : [fc.constantFrom(...failing).chain((m) => failedCondition(m))];
    this.ending = fc.oneof(
      { weight: 2, arbitrary: failed.length > 0 ? (failed[0] as fc.Arbitrary<Condition>) : this.general },
      { weight: 3, arbitrary: this.general },
    );
  }

  private generalLeaves(): fc.Arbitrary<Condition>[] {
    const { shape } = this;
    const leaves: fc.Arbitrary<Condition>[] = [
      this.meterCondition(),
      bounds(1, shape.turns).map((turn): Condition => ({ turn })),
      fc
        .tuple(fc.constantFrom(...this.eventIds), bounds(0, 3))
        .map(([visits, b]): Condition => ({ visits, ...b })),
      fc
        .tuple(fc.constantFrom(...this.eventIds), bounds(0, shape.turns))
        .map(([turnsSince, b]): Condition => ({ turnsSince, ...b })),
    ];
    if (shape.flags.length > 0)
      leaves.push(fc.constantFrom(...shape.flags).map((flag): Condition => ({ flag })));
    const chose = shape.events.flatMap((e) =>
      ids('ch', e.choices).map((choice) => ({ event: e.id, choice })),
    );
    if (chose.length > 0) leaves.push(fc.constantFrom(...chose).map((c): Condition => ({ chose: c })));
    const agreed = shape.events.flatMap((e) =>
      (e.clauses ?? []).flatMap((options, k) =>
        ids('o', options).map((option) => ({ event: e.id, clause: `k${k}`, option })),
      ),
    );
    if (agreed.length > 0) leaves.push(fc.constantFrom(...agreed).map((a): Condition => ({ agreed: a })));
    return leaves;
  }

  meterCondition(): fc.Arbitrary<Condition> {
    return fc
      .constantFrom(...this.shape.meters)
      .chain((m) => bounds(m.min, m.max).map((b): Condition => ({ meter: m.id, ...b })));
  }

  /** Response conditions: terms of this negotiation, its appeal, meters, combined. */
  response(clauses: readonly number[]): fc.Arbitrary<Condition> {
    const terms = clauses.flatMap((options, k) => ids('o', options).map((is) => ({ term: `k${k}`, is })));
    const leaf = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...terms).map((c): Condition => c) },
      { weight: 2, arbitrary: bounds(-6, 6).map((appeal): Condition => ({ appeal })) },
      { weight: 1, arbitrary: this.meterCondition() },
    );
    return tree(leaf, 1);
  }

  effects(): fc.Arbitrary<Effects> {
    return fc
      .array(fc.tuple(fc.constantFrom(...this.meterIds), amount), { maxLength: 3 })
      .map((pairs) => Object.fromEntries(pairs));
  }

  flagList(): fc.Arbitrary<string[] | undefined> {
    const { flags } = this.shape;
    return flags.length === 0
      ? fc.constant(undefined)
      : maybe(fc.subarray([...flags], { minLength: 1 }), 0.3);
  }

  scheduled(): fc.Arbitrary<ScheduledInput> {
    const when = maybe(this.general, 0.3);
    // Mostly soon, so that several consequences often come due on the same turn.
    const delay = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 2 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: this.shape.turns + 1 }) },
    );
    return fc.oneof(
      {
        weight: 1,
        arbitrary: fc
          .record({ in: delay, event: fc.constantFrom(...this.eventIds), when })
          .map((s): ScheduledInput => compact(s)),
      },
      {
        weight: 2,
        arbitrary: fc
          .record({
            in: delay,
            effects: this.effects(),
            set: this.flagList(),
            clear: this.flagList(),
            when,
          })
          .map((s): ScheduledInput => compact({ ...s, note: t('Something happened') })),
      },
    );
  }

  consequences(): fc.Arbitrary<Consequences> {
    const { objectives, references } = this.shape;
    return fc
      .record({
        effects: maybe(this.effects(), 0.8),
        set: this.flagList(),
        clear: this.flagList(),
        schedule: maybe(fc.array(this.scheduled(), { minLength: 1, maxLength: 3 }), 0.5),
        feedback: maybe(fc.constant(t('Feedback')), 0.3),
        objectives: objectives.length === 0 ? fc.constant(undefined) : maybe(this.objectiveTags(), 0.4),
        references:
          references.length === 0
            ? fc.constant(undefined)
            : maybe(fc.subarray([...references], { minLength: 1 }), 0.2),
      })
      .map((c) => compact(c));
  }

  /** Both ways an author writes tags: a plain list (shows), or shows and against (possibly overlapping). */
  objectiveTags(): fc.Arbitrary<NonNullable<Consequences['objectives']>> {
    const some = fc.subarray([...this.shape.objectives], { minLength: 1 });
    return fc.oneof(
      some,
      fc.record({ shows: some, against: some }),
      fc.record({ against: some }),
      fc.record({ shows: some }),
    );
  }

  choice(id: string): fc.Arbitrary<ChoiceInput> {
    return fc
      .record({
        consequences: this.consequences(),
        when: maybe(this.general, 0.3),
        locked: fc.boolean(),
        next: maybe(fc.constantFrom(...this.eventIds), 0.15),
        endsRun: maybe(fc.constant(true), 0.04),
      })
      .map(({ consequences, when, locked, next, endsRun }) =>
        compact({
          id,
          text: t(`Choice ${id}`),
          when,
          lockedReason: when !== undefined && locked ? t('Not yet') : undefined,
          ...consequences,
          next,
          endsRun,
        }),
      );
  }

  negotiation(clauses: readonly number[]): fc.Arbitrary<NegotiationInput> {
    const clauseArbs = clauses.map((options, k) =>
      fc
        .tuple(...ids('o', options).map((id) => this.option(id)))
        .map((opts) => ({ id: `k${k}`, label: t(`Clause ${k}`), options: opts })),
    );
    const counterPick = fc.tuple(...clauses.map((options) => maybe(fc.nat(options - 1), 0.5)));
    const response = fc
      .record({
        when: this.response(clauses),
        response: fc.constantFrom<ResponseInput['response']>('accept', 'counter', 'reject'),
        counter: counterPick,
      })
      .map(({ when, response, counter }): ResponseInput => {
        if (response !== 'counter') return { when, response, text: t(response) };
        const wanted: Record<string, string> = {};
        counter.forEach((option, k) => {
          if (option !== undefined) wanted[`k${k}`] = `o${option}`;
        });
        if (Object.keys(wanted).length === 0) wanted.k0 = 'o0';
        return { when, response, counter: wanted, text: t('How about this') };
      });
    const { characters } = this.shape;
    return fc
      .record({
        partner:
          characters.length === 0 ? fc.constant(undefined) : maybe(fc.constantFrom(...characters), 0.5),
        maxRounds: fc.integer({ min: 1, max: 3 }),
        clauses: fc.tuple(...clauseArbs),
        responses: fc.array(response, { maxLength: 3 }),
        otherwise: fc
          .constantFrom<'accept' | 'reject'>('accept', 'reject')
          .map((r) => ({ response: r, text: t(r) })),
        onAgreement: maybe(this.consequences(), 0.5),
        onNoDeal: maybe(this.consequences(), 0.5),
      })
      .map((n) => compact(n));
  }

  option(id: string) {
    return fc
      .record({ appeal: fc.integer({ min: -3, max: 3 }), consequences: this.consequences() })
      .map(({ appeal, consequences }) => ({ id, text: t(`Option ${id}`), appeal, ...consequences }));
  }

  event(shape: EventShape): fc.Arbitrary<EventInput> {
    const { objectives, references, characters } = this.shape;
    const body: fc.Arbitrary<Pick<EventInput, 'choices' | 'negotiation'>> =
      shape.clauses === null
        ? fc.tuple(...ids('ch', shape.choices).map((id) => this.choice(id))).map((choices) => ({ choices }))
        : this.negotiation(shape.clauses).map((negotiation) => ({ negotiation }));
    return fc
      .record({
        body,
        speaker:
          characters.length === 0 ? fc.constant(undefined) : maybe(fc.constantFrom(...characters), 0.5),
        lesson: maybe(
          fc.record({
            objective:
              objectives.length === 0 ? fc.constant(undefined) : maybe(fc.constantFrom(...objectives), 0.7),
            references:
              references.length === 0
                ? fc.constant(undefined)
                : maybe(fc.subarray([...references], { minLength: 1 }), 0.5),
          }),
          0.3,
        ),
        when: maybe(this.general, 0.25),
        weight: maybe(fc.constantFrom(0.5, 1, 2, 5), 0.4),
        cooldown: maybe(fc.integer({ min: 0, max: 3 }), 0.3),
        limit: fc.oneof(
          { weight: 3, arbitrary: fc.constant({}) },
          { weight: 1, arbitrary: fc.constant({ once: true }) },
          { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((maxTimes) => ({ maxTimes })) },
        ),
        priority: maybe(fc.integer({ min: -2, max: 2 }), 0.4),
      })
      .map(({ body, speaker, lesson, when, weight, cooldown, limit, priority }) =>
        compact({
          id: shape.id,
          title: t(`Event ${shape.id}`),
          speaker,
          text: t('What now?'),
          lesson: lesson === undefined ? undefined : compact({ ...lesson, note: t('The lesson') }),
          when,
          weight,
          cooldown,
          ...limit,
          priority,
          scheduledOnly: shape.scheduledOnly ? true : undefined,
          ...body,
        }),
      );
  }

  meter(m: MeterShape): fc.Arbitrary<MeterInput> {
    const scheduledOnly = this.shape.events.filter((e) => e.scheduledOnly).map((e) => e.id);
    const target = fc.constantFrom(...(scheduledOnly.length > 0 ? scheduledOnly : this.eventIds));
    const side = (mode: SideMode, fail: number, warn: number) =>
      mode === 'none'
        ? fc.constant(undefined)
        : maybe(target, hasWarn(mode) ? 0.5 : 0).map((warningEvent) =>
            compact({
              fail: hasFail(mode) ? fail : undefined,
              warn: hasWarn(mode) ? warn : undefined,
              warningEvent,
            }),
          );
    return fc
      .record({ low: side(m.low, m.lowFail, m.lowWarn), high: side(m.high, m.highFail, m.highWarn) })
      .map(({ low, high }) =>
        compact({
          id: m.id,
          label: t(m.id),
          good: m.good,
          min: m.min,
          max: m.max,
          start: m.start,
          low,
          high,
        }),
      );
  }

  endings(): fc.Arbitrary<EndingInput[]> {
    const n = this.shape.endings;
    const tone = fc.constantFrom<EndingInput['tone']>('best', 'good', 'mixed', 'bad');
    const ending = (i: number, when: fc.Arbitrary<Condition | undefined>) =>
      fc.record({ tone, when }).map(({ tone, when }) =>
        compact({
          id: `end${i}`,
          title: t(`Ending ${i}`),
          text: t('The end'),
          why: t('Because'),
          tone,
          when,
        }),
      );
    return fc.tuple(
      ...Array.from({ length: n }, (_, i) => ending(i, i < n - 1 ? this.ending : maybe(this.ending, 0.5))),
    );
  }

  scenario(): fc.Arbitrary<ScenarioInput> {
    const { shape } = this;
    const doorKinds = ['lab', 'fab', 'datacentre', 'talent', 'legal', 'office'] as const;
    return fc
      .record({
        meters: fc.tuple(...shape.meters.map((m) => this.meter(m))),
        events: fc.tuple(...shape.events.map((e) => this.event(e))),
        endings: this.endings(),
        doors: fc.tuple(
          ...ids('door', shape.doors).map((id) =>
            fc
              .record({ kind: fc.constantFrom(...doorKinds), open: this.general })
              .map(({ kind, open }) => ({ id, kind, label: t(`Door ${id}`), open })),
          ),
        ),
      })
      .map(
        ({ meters, events, endings, doors }): ScenarioInput => ({
          format: 1,
          id: 'generated',
          version: '1.0.0',
          title: t('Generated'),
          summary: t('A generated scenario'),
          disclaimer: t('Training, not legal advice'),
          minutes: 5,
          calendar: {
            turns: shape.turns,
            labels: Array.from({ length: shape.turns }, (_, i) => t(`Turn ${i + 1}`)),
          },
          meters,
          flags: shape.flags.map((id) => ({ id })),
          characters: shape.characters.map((id) => ({ id, name: t(id), role: t('Partner') })),
          objectives: shape.objectives.map((id) => ({ id, title: t(id), summary: t('An objective') })),
          references: shape.references.map((id) => ({ id, title: t(id), url: `https://example.org/${id}` })),
          doors,
          events,
          endings,
        }),
      );
  }
}

function hasFail(mode: SideMode): boolean {
  return mode === 'both' || mode === 'failOnly';
}

function hasWarn(mode: SideMode): boolean {
  return mode === 'both' || mode === 'warn';
}

/** A bound with atLeast, atMost or both (in order), drawn a little beyond [lo, hi]. */
function bounds(lo: number, hi: number): fc.Arbitrary<{ atLeast?: number; atMost?: number }> {
  const value = fc.integer({ min: lo - 2, max: hi + 2 });
  return fc.oneof(
    value.map((atLeast) => ({ atLeast })),
    value.map((atMost) => ({ atMost })),
    fc.tuple(value, value).map(([a, b]) => ({ atLeast: Math.min(a, b), atMost: Math.max(a, b) })),
  );
}

/** Leaves, or all/any/not of smaller trees, at most `depth` levels of combinators deep. */
function tree(leaf: fc.Arbitrary<Condition>, depth: number): fc.Arbitrary<Condition> {
  if (depth <= 0) return leaf;
  const sub = tree(leaf, depth - 1);
  const list = fc.array(sub, { minLength: 1, maxLength: 3 });
  return fc.oneof(
    { weight: 6, arbitrary: leaf },
    { weight: 1, arbitrary: list.map((all): Condition => ({ all })) },
    { weight: 1, arbitrary: list.map((any): Condition => ({ any })) },
    { weight: 1, arbitrary: sub.map((not): Condition => ({ not })) },
  );
}

/** `failed` on a side the meter can fail on (or on any side, when `side` is left out). */
function failedCondition(m: MeterShape): fc.Arbitrary<Condition> {
  const sides: ('low' | 'high')[] = [];
  if (hasFail(m.low)) sides.push('low');
  if (hasFail(m.high)) sides.push('high');
  return maybe(fc.constantFrom(...sides), 0.7).map(
    (side): Condition => (side === undefined ? { failed: m.id } : { failed: m.id, side }),
  );
}

/** A valid scenario input, with its shape (handy for assertions that need to know what was generated). */
export const scenarioWithShapeArb: fc.Arbitrary<{ shape: ScenarioShape; input: ScenarioInput }> =
  scenarioShapeArb.chain((shape) => new Content(shape).scenario().map((input) => ({ shape, input })));

/** A valid scenario input: passes `Scenario.parse`, and every id it names exists. */
export const scenarioInputArb: fc.Arbitrary<ScenarioInput> = scenarioWithShapeArb.map(({ input }) => input);
