import { translateEn } from './translate-en';

/**
 * The scenario studio's own interface strings, in English. They live with the studio, in its lazy chunk,
 * so the game's first chunk does not carry them; `ko.ts` must provide the same keys (a compile error
 * otherwise), as for the game's own table in src/i18n/.
 */
export const studioEn = {
  heading: 'Scenario studio',
  intro:
    'Write a scenario of your own: start from a blank template, a shipped scenario or a file. Drafts are kept in this browser as you type.',
  back: 'Back',
  startHeading: 'Start a draft',
  newBlank: 'New from the blank template',
  fromShipped: 'Start from a shipped scenario',
  shippedLabel: 'Shipped scenario',
  useTemplate: 'Use as a template',
  openFile: 'Open a scenario file',
  openFileHint: 'A .json file stays exactly as written until you change it.',
  openFileNotJson: 'Choose a file whose name ends in .json.',
  openFileTooBig: 'This file is too large to be a scenario.',
  draftsHeading: 'Your drafts',
  noDrafts: 'No drafts yet.',
  draftEdited: (when: string) => `last edited ${when}`,
  reopen: 'Open',
  delete: 'Delete',
  confirmDelete: (name: string) => `Delete the draft “${name}”? This cannot be undone.`,
  confirmDeleteYes: 'Delete it',
  confirmDeleteNo: 'Keep it',
  storageUnavailable:
    'This browser does not let the studio keep drafts (private mode or blocked storage): download your work before leaving.',
  drafts: 'Drafts',
  jsonView: 'Scenario JSON (advanced view)',
  lineNumbers: 'Line numbers',
  undo: 'Undo',
  redo: 'Redo',
  download: 'Download',
  saved: 'Saved in this browser.',
  saving: 'Saving…',
  saveFailed: 'Could not save the draft in this browser: download it to keep your work.',
  openElsewhere:
    'This draft is also open in another tab. Edits in two tabs overwrite each other: close one of them.',
  shippedIdClash: (id: string) =>
    `This draft has the id “${id}”, the same as a shipped scenario. Its play-tests are kept apart and never touch that scenario’s saved run; give it an id of its own before sharing it.`,
  checking: 'Checking…',
  clean: 'No problems found.',
  findingsHeading: 'Findings',
  findingsCount: (errors: number, warnings: number) =>
    `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  severity: { error: 'error', warning: 'warning' },
  goTo: 'Go to',
  checkStopped: 'The check was stopped (the text is too large or complex to check).',
  playtestHeading: 'Play-test',
  playtestHint: 'Plays the draft from its start. Your saved game is not touched.',
  playtest: 'Play-test from the start',
  runInRoom: 'Run in a live room',
  runInRoomHint:
    'With the studio opened from the room server (npm run room): opens the facilitator’s screen with this draft, checked again by the server, ready to create a room.',
  playtestFacilitator: 'As a workshop (facilitator mode)',
  playtestBlocked: 'Fix the errors first: a draft with errors cannot be played.',
  backToStudio: 'Back to the studio',
  playtestBanner: 'Play-testing your draft',
  untitled: 'Untitled draft',
  ...translateEn,
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

export type StudioMessages = Widen<typeof studioEn>;
