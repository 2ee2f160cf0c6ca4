import type { PolicyName } from '../../engine';

/**
 * The studio map's and heat's strings, in English: a table of their own beside `en.ts`, so the map's
 * words live in one place; `map-ko.ts` must provide the same keys (a compile error otherwise).
 */
export const mapEn = {
  views: 'Views of the draft',
  tabJson: 'JSON',
  tabMap: 'Map',
  showAs: 'Show as',
  asMap: 'Map',
  asList: 'List',
  mapLabel:
    'Map of the draft: events by the earliest turn they can be shown, what leads to what, and the endings',
  mapHint:
    'Arrow keys move between cards, Home and End go to the top and bottom of a column, Enter opens the card.',
  listHeading: 'The draft as a list',
  needsParse: 'The map needs a draft whose structure loads: fix the errors listed in the findings first.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Actual size',
  zoomLevel: (percent: number) => `Zoom ${percent}%`,
  edgesShown: 'Links shown',
  edgeKinds: {
    schedule: 'Scheduled (+N turns)',
    chain: 'Chains (same turn)',
    flag: 'Flags set → read',
    warning: 'Meter warnings',
    condition: 'Conditions on a choice or visit',
  },
  column: {
    warnings: 'Meter warnings',
    turn: (turn: number, label: string) => `From turn ${turn}${label === '' ? '' : ` · ${label}`}`,
    unreached: 'Nothing reaches these',
    endings: 'Endings (checked in order)',
  },
  range: (first: number, last: number) => (first === last ? `turn ${first}` : `turns ${first}–${last}`),
  noRange: 'never shown',
  warningEvent: 'warning',
  endsRun: 'can end the run',
  tone: { best: 'best', good: 'good', mixed: 'mixed', bad: 'bad' },
  afterTurns: (n: number) => `+${n} ${n === 1 ? 'turn' : 'turns'}`,
  chain: 'same turn',
  flag: (flag: string) => `flag ${flag}`,
  warningSide: (meter: string, side: 'low' | 'high') => `${meter} ${side === 'low' ? 'low' : 'high'} warning`,
  via: (what: string) => `by ${what}`,
  condition: (what: string) => (what === '' ? 'visit' : `chose ${what}`),
  leadsTo: 'Leads to',
  ledToBy: 'Led to by',
  nothing: 'nothing',
  open: 'Open in the JSON view',
  when: {
    and: ' and ',
    or: ' or ',
    not: (text: string) => `not (${text})`,
    otherwise: 'otherwise (when no ending above holds)',
    flag: (flag: string) => `flag ${flag}`,
    meter: (meter: string, bounds: string) => `${meter} ${bounds}`,
    turn: (bounds: string) => `turn ${bounds}`,
    visits: (event: string, bounds: string) => `visits of ${event} ${bounds}`,
    turnsSince: (event: string, bounds: string) => `turns since ${event} ${bounds}`,
    chose: (event: string, choice: string) => `chose ${choice} in ${event}`,
    agreed: (event: string, clause: string, option: string) => `agreed ${clause} = ${option} in ${event}`,
    failed: (meter: string, side: string) => `${meter} failed${side === '' ? '' : ` (${side})`}`,
    other: 'a negotiation term',
  },
  findingsBadge: (errors: number, warnings: number) =>
    `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}: go to the first`,
  findingsElsewhere: (n: number) =>
    `${n} ${n === 1 ? 'finding is' : 'findings are'} elsewhere in the file (not on a card).`,
  heatHeading: 'Simulation heat',
  heatIntro:
    'Plays the draft thousands of times under each play style and colours the map by how often each card is shown and each ending reached.',
  runsPerStyle: 'Runs per play style',
  runHeat: 'Run heat',
  stopHeat: 'Stop',
  heatProgress: (done: number, total: number) =>
    `Playing: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} runs`,
  heatStopped: 'Stopped.',
  heatNeedsClean: 'Fix the errors first: a draft with errors cannot be simulated.',
  heatFailed: (message: string) => `The simulation failed: ${message}`,
  heatDone: (runs: number, styles: number, seconds: string) =>
    `${runs.toLocaleString('en')} runs under each of ${styles} play styles, in ${seconds} s.`,
  heatStale: 'The draft changed since this heat was run: run it again to update it.',
  colourBy: 'Colour by',
  allStyles: 'All play styles together',
  policies: {
    random: 'random',
    'most-open': 'most open',
    'most-protective': 'most protective',
    'cautious-balanced': 'cautious, balanced',
    'longest-ko': 'longest Korean text (reads nothing)',
    'longest-en': 'longest English text (reads nothing)',
    first: 'first option (reads nothing)',
    last: 'last option (reads nothing)',
    'largest-gain': 'largest immediate gain (reads nothing)',
  } satisfies Record<PolicyName, string>,
  legend: 'Legend: share of runs',
  buckets: {
    never: 'never',
    rare: 'under 5%',
    some: '5% to 25%',
    often: '25% to 50%',
    most: '50% or more',
  },
  drawnShare: (percent: string) => `shown in ${percent} of runs`,
  reachedShare: (percent: string) => `reached in ${percent} of runs`,
  neverDrawn: 'Cards never shown (under any style)',
  neverTaken: 'Choices never taken (under any style)',
  endingsUnreached: 'Endings no style reaches',
  guessability: 'Best ending without reading (play styles that read nothing)',
  guessabilityRow: (style: string, percent: string) => `${style}: ${percent}`,
  randomForComparison: (percent: string) => `random play, for comparison: ${percent}`,
  none: 'none',
  warnings: 'Warnings',
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

export type MapMessages = Widen<typeof mapEn>;
