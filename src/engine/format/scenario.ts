import { z } from 'zod';
import { Condition } from './conditions';
import { Id, LocalText } from './text';

/** Meter changes: meter id → amount added (negative to lower). */
export const Effects = z
  .record(Id, z.int().min(-1000).max(1000))
  .meta({ description: 'Meter id → change, e.g. {"trust": 10, "legalRisk": -5}.' });
export type Effects = z.infer<typeof Effects>;

const flagChanges = {
  set: z.array(Id).max(32).optional().meta({ description: 'Flags to set.' }),
  clear: z.array(Id).max(32).optional().meta({ description: 'Flags to clear.' }),
};

const ScheduledEvent = z
  .strictObject({
    in: z.int().min(1).max(200).meta({ description: 'Turns from now (1 = next turn).' }),
    event: Id,
    when: Condition.optional().meta({
      description: 'Checked when due; if false the consequence is averted.',
    }),
  })
  .meta({ description: 'A delayed consequence: an event that takes priority when due.' });

const ScheduledEffects = z
  .strictObject({
    in: z.int().min(1).max(200),
    effects: Effects,
    ...flagChanges,
    note: LocalText.meta({ description: 'What happened, shown when it fires.' }),
    when: Condition.optional(),
  })
  .meta({ description: 'A delayed consequence: meter changes with a note, applied at the start of a turn.' });

export const Scheduled = z.union([ScheduledEvent, ScheduledEffects]);
export type Scheduled = z.infer<typeof Scheduled>;

const objectiveIds = z.array(Id).max(8);

/** The two ways to write objective tags, before they are normalised (the loader's messages name it). */
export const ObjectiveTagsInput = z.union([
  objectiveIds.meta({
    description: 'Objectives this decision shows (the short form of {"shows": [...]}).',
  }),
  z.strictObject({
    shows: objectiveIds.optional().meta({ description: 'Objectives this decision shows.' }),
    against: objectiveIds.optional().meta({ description: 'Objectives this decision goes against.' }),
  }),
]);

/**
 * Which learning objectives a decision shows and which it goes against. Authors may write a plain list
 * (read as "shows", the format before objectives could be gone against) or both lists; the parse turns
 * either into the one normalised shape, so nothing after loading ever sees the plain list.
 */
export const ObjectiveTags = ObjectiveTagsInput.transform((tags): { shows: string[]; against: string[] } =>
  Array.isArray(tags)
    ? { shows: tags, against: [] }
    : { shows: tags.shows ?? [], against: tags.against ?? [] },
).meta({
  description:
    'Learning objectives this decision touches: a list (it shows them) or {"shows": [...], "against": [...]}.',
});
export type ObjectiveTags = z.output<typeof ObjectiveTags>;

/**
 * The expert view of one option: in a few lines, what it protects and what it costs. A second opinion
 * the room can argue with after the decision, never a verdict.
 */
const expert = LocalText.optional().meta({
  description:
    'The expert view: what this option protects and what it costs, in a few lines (not a verdict).',
});

/** What any decision (a choice, a negotiation clause option or outcome) can do. */
const consequenceFields = {
  effects: Effects.optional(),
  ...flagChanges,
  schedule: z.array(Scheduled).max(16).optional(),
  feedback: LocalText.optional().meta({ description: 'Shown after the decision.' }),
  objectives: ObjectiveTags.optional(),
  references: z.array(Id).max(8).optional().meta({ description: '"Learn more" references for the debrief.' }),
};

export const Consequences = z.strictObject(consequenceFields);
export type Consequences = z.infer<typeof Consequences>;

export const Choice = z.strictObject({
  id: Id,
  text: LocalText,
  when: Condition.optional().meta({ description: 'Offered only when this holds.' }),
  lockedReason: LocalText.optional().meta({
    description: 'When given, the choice is shown locked with this reason instead of hidden.',
  }),
  expert,
  ...consequenceFields,
  next: Id.optional().meta({ description: 'An event presented right away, in the same turn.' }),
  endsRun: z
    .boolean()
    .optional()
    .meta({ description: 'The run ends after this choice; endings decide how.' }),
});
export type Choice = z.infer<typeof Choice>;

const ClauseOption = z.strictObject({
  id: Id,
  text: LocalText,
  appeal: z.int().min(-10).max(10).meta({ description: 'How much the partner likes this option.' }),
  expert,
  ...consequenceFields,
});

const Clause = z.strictObject({
  id: Id,
  label: LocalText,
  options: z.array(ClauseOption).min(2).max(6),
});

const PartnerResponse = z.strictObject({
  when: Condition,
  response: z.enum(['accept', 'counter', 'reject']),
  counter: z
    .record(Id, Id)
    .optional()
    .meta({ description: 'For "counter": clause id → the option the partner asks for instead.' }),
  text: LocalText,
});

export const Negotiation = z.strictObject({
  partner: Id.optional().meta({ description: 'The character who answers.' }),
  maxRounds: z.int().min(1).max(5).default(2),
  clauses: z.array(Clause).min(1).max(8),
  responses: z
    .array(PartnerResponse)
    .max(32)
    .meta({ description: 'Checked in order; the first match answers.' }),
  otherwise: z.strictObject({ response: z.enum(['accept', 'reject']), text: LocalText }),
  onAgreement: Consequences.optional(),
  onNoDeal: Consequences.optional(),
});
export type Negotiation = z.infer<typeof Negotiation>;

/** Where the risk in a risk-bearing event comes from, so a scenario can spread it (not one country, not one kind). */
export const RiskSource = z
  .strictObject({
    source: z.enum([
      'partner-abroad',
      'allied-partner',
      'domestic-firm',
      'consultant',
      'insider',
      'intruder',
      'own-institute',
    ]),
    country: z
      .string()
      .regex(/^[a-z]{2}$/, 'two lowercase letters (ISO 3166-1 alpha-2), e.g. "us"')
      .optional()
      .meta({
        description: 'The country the risk comes from, as two lowercase letters (ISO 3166-1 alpha-2).',
      }),
  })
  .meta({ description: 'Where the risk in this event comes from.' });
export type RiskSource = z.infer<typeof RiskSource>;

export const Event = z.strictObject({
  id: Id,
  title: LocalText,
  speaker: Id.optional().meta({ description: 'A character id.' }),
  text: LocalText,
  prompt: LocalText.optional().meta({ description: 'A discussion prompt for facilitators.' }),
  lesson: z
    .strictObject({ objective: Id.optional(), note: LocalText, references: z.array(Id).max(8).optional() })
    .optional()
    .meta({ description: 'The debrief note: the rule and the question a professional would ask.' }),
  risk: RiskSource.optional(),
  when: Condition.optional(),
  weight: z.number().positive().max(1000).default(1),
  cooldown: z.int().min(0).max(200).default(0).meta({ description: 'Turns before it can be drawn again.' }),
  once: z.boolean().optional(),
  maxTimes: z.int().min(1).max(200).optional(),
  priority: z
    .int()
    .min(-100)
    .max(100)
    .default(0)
    .meta({ description: 'Only the highest-priority eligible events are drawn.' }),
  scheduledOnly: z.boolean().optional().meta({
    description: 'Never drawn from the deck; appears only when scheduled, chained or as a warning.',
  }),
  choices: z.array(Choice).min(1).max(9).optional(),
  negotiation: Negotiation.optional(),
});
export type Event = z.infer<typeof Event>;

/** Meter numbers: wide enough for any scale an author picks, narrow enough to catch a typo like 1e9. */
const meterNumber = z.int().min(-10000).max(10000);

const threshold = z.strictObject({
  fail: meterNumber.optional().meta({ description: 'The run fails when the meter reaches this.' }),
  warn: meterNumber
    .optional()
    .meta({ description: 'Warning zone from here; a meter only fails once warned.' }),
  warningEvent: Id.optional().meta({ description: 'Shown first when the meter enters the warning zone.' }),
});

export const Meter = z.strictObject({
  id: Id,
  label: LocalText,
  description: LocalText.optional(),
  good: z.enum(['high', 'low']).default('high').meta({ description: 'Which end is desirable.' }),
  min: meterNumber.default(0),
  max: meterNumber.default(100),
  start: meterNumber,
  low: threshold.optional(),
  high: threshold.optional(),
});
export type Meter = z.infer<typeof Meter>;

export const Ending = z.strictObject({
  id: Id,
  title: LocalText,
  text: LocalText,
  why: LocalText.meta({ description: 'Why this ending happened, for the debrief.' }),
  tone: z.enum(['best', 'good', 'mixed', 'bad']),
  when: Condition.optional().meta({
    description: 'Endings are checked in order; the first that holds is the one.',
  }),
});
export type Ending = z.infer<typeof Ending>;

export const Scenario = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(1),
  id: Id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0'),
  title: LocalText,
  summary: LocalText,
  disclaimer: LocalText.meta({ description: 'Says that this is training, not legal advice.' }),
  minutes: z.int().min(1).max(240),
  calendar: z.strictObject({
    turns: z.int().min(1).max(200),
    eventsPerTurn: z.int().min(1).max(6).default(1).meta({
      description: 'Events drawn each turn (chained events come on top), e.g. 2 for two decisions a month.',
    }),
    labels: z
      .array(LocalText)
      .min(1)
      .max(200)
      .meta({ description: 'One label per turn, e.g. "Spring 2026".' }),
    // The labels are for people; these two give each turn real dates, so that a test can hold a card
    // citing a dated rule to the turns on which that rule is what the card says it is.
    start: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month like 2026-03')
      .optional()
      .meta({ description: 'The month the first turn begins, e.g. "2026-03". Optional.' }),
    monthsPerTurn: z.int().min(1).max(24).optional().meta({
      description: 'How many months each turn spans (default 1); read together with start.',
    }),
  }),
  meters: z.array(Meter).min(3).max(12),
  flags: z
    // A flag's note is for authors only (never shown to players), so it is plain text, not LocalText.
    .array(z.strictObject({ id: Id, note: z.string().max(500).optional() }))
    .max(256)
    .default([]),
  characters: z
    .array(z.strictObject({ id: Id, name: LocalText, role: LocalText }))
    .max(32)
    .default([]),
  objectives: z.array(z.strictObject({ id: Id, title: LocalText, summary: LocalText })).max(32),
  references: z
    .array(
      z.strictObject({
        id: Id,
        title: LocalText,
        url: z
          .url({ protocol: /^https$/, error: 'expected an https:// web address' })
          .max(500)
          .optional(),
      }),
    )
    .max(128)
    .default([]),
  doors: z
    .array(
      z.strictObject({
        id: Id,
        kind: z.enum(['lab', 'fab', 'datacentre', 'talent', 'legal', 'office']),
        label: LocalText,
        open: Condition.meta({ description: 'The door stands open while this holds.' }),
      }),
    )
    .max(8)
    .default([]),
  events: z.array(Event).min(1).max(1000),
  endings: z.array(Ending).min(1).max(32),
  debriefQuestions: z.array(LocalText).max(16).default([]),
  classKey: z
    .string()
    .regex(/^[A-Z]{2}$/, 'two capital letters, e.g. "AS"')
    .optional()
    .meta({
      description: 'Starts the class codes of this scenario (e.g. AS-7F3Q); unique among shipped scenarios.',
    }),
  rubric: z
    .strictObject({
      endings: z
        .record(Id, z.int().min(0).max(100))
        .meta({ description: 'Ending id → score out of 100, reported to an LMS.' }),
      passingScore: z.int().min(0).max(100).meta({ description: 'From this score an LMS records "passed".' }),
    })
    .optional()
    .meta({ description: 'How an LMS scores a finished run; without it, the ending tone decides.' }),
});
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
