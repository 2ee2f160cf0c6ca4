import type { LocalText } from '../format/text';
import type { EventSource } from '../run/types';

/**
 * Everything one screen of a run shows, as plain JSON: ids resolved, scenario texts attached in both
 * languages (the language can switch mid-run, and in a room the projector and each phone may show
 * different ones). No functions, class instances or Maps, and never `undefined` (absent is `null`), so
 * `JSON.parse(JSON.stringify(view))` equals the view and a server can send it as it is.
 */
export interface PresentedView {
  readonly scenario: ScenarioHeading;
  /** What the screen is doing: deciding on a card, negotiating, reading an outcome, or the ending. */
  readonly phase: PhaseKind;
  /** Actions taken so far: a new number for every step, so a screen can tell one view from the next. */
  readonly step: number;
  /** Decisions made so far (choices and concluded negotiations). */
  readonly decisions: number;
  readonly calendar: CalendarView;
  readonly meters: readonly MeterView[];
  readonly doors: readonly DoorView[];
  /** The card on screen; null once the run has ended. */
  readonly card: CardView | null;
  /** What happened since the last decision, oldest first (empty on the outcome and ending screens). */
  readonly notices: readonly NoticeView[];
  /** The choices as displayed, numbered 1–9 (hidden ones left out); empty unless choosing. */
  readonly choices: readonly ChoiceView[];
  readonly negotiation: NegotiationView | null;
  readonly outcome: OutcomeView | null;
  readonly ending: EndingView | null;
  readonly announcement: Announcement | null;
  /** What the UI should play for this view, or null; play each `serial` once. */
  readonly sound: SoundCue | null;
  /** The latest meter change of the run (a decision or a landed consequence), for one-time animations. */
  readonly lastChange: LastChange;
}

export type PhaseKind = 'choosing' | 'negotiating' | 'outcome' | 'ended';

export interface ScenarioHeading {
  readonly id: string;
  readonly version: string;
  readonly title: LocalText;
  readonly disclaimer: LocalText;
}

export interface CalendarView {
  /** 1-based, never past the last turn (the run ends after it). */
  readonly turn: number;
  readonly turns: number;
  readonly label: LocalText;
}

export type Side = 'low' | 'high';

export interface MeterView {
  readonly id: string;
  readonly label: LocalText;
  readonly description: LocalText | null;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Which end is desirable: legal risk is good when low. */
  readonly good: Side;
  /** Warning and failure lines; null when the meter has none on that side. */
  readonly lowWarn: number | null;
  readonly highWarn: number | null;
  readonly lowFail: number | null;
  readonly highFail: number | null;
  /** The side whose warning zone the meter stands in now, or null. */
  readonly danger: Side | null;
}

export interface DoorView {
  readonly id: string;
  readonly kind: 'lab' | 'fab' | 'datacentre' | 'talent' | 'legal' | 'office';
  readonly label: LocalText;
  readonly open: boolean;
}

export interface CharacterView {
  readonly id: string;
  readonly name: LocalText;
  readonly role: LocalText;
}

export interface CardView {
  readonly event: string;
  readonly title: LocalText;
  readonly text: LocalText;
  /** The facilitator's discussion prompt, or null. */
  readonly prompt: LocalText | null;
  /** The speaker, or for a negotiation without one its partner. */
  readonly speaker: CharacterView | null;
  /** How the card arrived: drawn, scheduled by an earlier decision, a meter warning, or chained. */
  readonly arrival: EventSource;
}

/** A meter resolved for a list of meters a choice or option moves (never which way, nor how much). */
export interface MeterRef {
  readonly id: string;
  readonly label: LocalText;
}

/** One meter's change: from, to, by how much, and whether that is good for this meter. */
export interface MeterChangeView {
  readonly meter: string;
  readonly label: LocalText;
  readonly from: number;
  readonly to: number;
  readonly delta: number;
  readonly good: boolean;
}

export interface CauseView {
  /** The decision (0-based number) that set it in motion, its turn and that turn's label. */
  readonly decision: number;
  readonly turn: number;
  readonly turnLabel: LocalText;
}

export type NoticeView =
  | {
      readonly kind: 'consequence';
      /** An effects consequence's note; null for an event consequence (the card itself tells it). */
      readonly note: LocalText | null;
      readonly event: string | null;
      readonly changes: readonly MeterChangeView[];
      readonly cause: CauseView;
    }
  | { readonly kind: 'averted'; readonly event: string | null; readonly cause: CauseView }
  | { readonly kind: 'warning' | 'held'; readonly meter: MeterRef; readonly side: Side };

export interface ChoiceView {
  readonly id: string;
  /** As displayed: 1 for the first listed choice (the digit key that takes it). */
  readonly number: number;
  readonly text: LocalText;
  readonly locked: boolean;
  readonly lockedReason: LocalText | null;
  /** Meters it moves right away. */
  readonly moves: readonly MeterRef[];
}

export interface OptionView {
  readonly id: string;
  readonly text: LocalText;
  readonly moves: readonly MeterRef[];
}

export interface ClauseView {
  readonly id: string;
  readonly label: LocalText;
  readonly options: readonly OptionView[];
  /** What the form starts with: the partner's counter when there is one, else the first option. */
  readonly preset: string;
  /** The partner's counter changed this clause from the player's last proposal. */
  readonly changedByPartner: boolean;
}

export interface PartnerAnswerView {
  readonly round: number;
  readonly answer: 'accept' | 'counter' | 'reject';
  readonly text: LocalText;
  /** Clause id → option id the player proposed. */
  readonly terms: Readonly<Record<string, string>>;
}

export interface NegotiationView {
  readonly partner: CharacterView | null;
  /** 1-based. */
  readonly round: number;
  readonly maxRounds: number;
  readonly clauses: readonly ClauseView[];
  /** The partner's latest answer in this negotiation, or null before the first proposal. */
  readonly answer: PartnerAnswerView | null;
  /** Clause id → option id the partner asks for, while a counter-proposal awaits an answer. */
  readonly counter: Readonly<Record<string, string>> | null;
  readonly canProposeAgain: boolean;
}

export interface ExpertOptionView {
  readonly id: string;
  readonly text: LocalText;
  /** The author's expert view of this option, or null when the scenario has none. */
  readonly expert: LocalText | null;
  readonly chosen: boolean;
}

/** The options of one decision (a choice's event, or one clause of a negotiation). */
export interface ExpertGroupView {
  /** The clause, for a negotiation; null for a card's choices. */
  readonly clause: { readonly id: string; readonly label: LocalText } | null;
  readonly options: readonly ExpertOptionView[];
}

export interface LessonView {
  readonly note: LocalText;
  readonly objective: { readonly id: string; readonly title: LocalText; readonly summary: LocalText } | null;
  readonly references: readonly {
    readonly id: string;
    readonly title: LocalText;
    readonly url: string | null;
  }[];
}

export interface OutcomeView {
  readonly kind: 'choice' | 'agreement' | 'no-deal';
  readonly event: string;
  /** The choice taken; null for a negotiation. */
  readonly chosen: { readonly id: string; readonly text: LocalText } | null;
  /** The agreed terms, clause by clause (empty for a choice or no deal). */
  readonly terms: readonly {
    readonly clause: string;
    readonly label: LocalText;
    readonly option: string;
    readonly text: LocalText;
  }[];
  /** The partner's closing words (accept or reject), or null. */
  readonly partnerText: LocalText | null;
  readonly feedback: readonly LocalText[];
  readonly changes: readonly MeterChangeView[];
  readonly lesson: LessonView | null;
  /** Every option of the decision, which one was taken, and the expert's view of each. */
  readonly expert: { readonly any: boolean; readonly groups: readonly ExpertGroupView[] };
}

export type EndCauseView =
  | { readonly kind: 'failed'; readonly meter: MeterRef; readonly side: Side }
  | { readonly kind: 'term-complete' }
  | { readonly kind: 'chosen' };

export interface EndingView {
  readonly id: string;
  readonly title: LocalText;
  readonly text: LocalText;
  readonly why: LocalText;
  readonly tone: 'best' | 'good' | 'mixed' | 'bad';
  readonly cause: EndCauseView;
}

/**
 * What a screen reader is told, as data: the words live in src/i18n, which the engine must not import
 * (it reaches into the UI's and the classroom's code, and its wording belongs to the interface, not to
 * the rules). A screen turns this into a sentence in its own language; a room's phones may differ.
 */
export interface Announcement {
  readonly kind: 'changes';
  readonly changes: readonly MeterChangeView[];
}

export type SoundCueKind = 'better' | 'worse' | 'warning';

export interface SoundCue {
  readonly cue: SoundCueKind;
  /** The meter change it sounds for (its `lastChange.serial`): play each serial once. */
  readonly serial: number;
}

export interface LastChange {
  /** The log number of the change; -1 before any. */
  readonly serial: number;
  readonly changes: readonly MeterChangeView[];
}
