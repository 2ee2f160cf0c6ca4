import { useEffect } from 'preact/hooks';

/**
 * Every key the overlay answers, in one place (README, "Keyboard"). Tab moves between controls and
 * Enter or Space press them, natively; Esc in an open dialog closes it, natively (its `cancel` event).
 * What the browser does not do by itself is here:
 * - digits 1–9: the card's n-th choice; in team voting, the n-th option's vote field;
 * - ArrowDown/ArrowUp: the next/previous button in a list of buttons (radio groups move natively);
 * - Esc: the menu.
 * Keys typed into a field, with a modifier, or while a dialog is open are left alone.
 */
interface Binding {
  /** Whether this binding takes the key. */
  matches(event: KeyboardEvent): boolean;
  /** Also when focus is in a text field? (Esc is; digits and arrows are the field's own.) */
  readonly inFields: boolean;
  /** Acts on the key; false when there was nothing to act on (the key then keeps its default). */
  run(event: KeyboardEvent, options: KeyboardOptions): boolean;
}

export interface KeyboardOptions {
  onEscape(): void;
  enabled: boolean;
}

/** Lists whose buttons the arrow keys move between. */
const ARROW_LISTS =
  '.choices, .title-actions, .menu-actions, .ending-actions, .negotiation-actions, .scenario-cards';

const BINDINGS: readonly Binding[] = [
  {
    matches: (event) => event.key === 'Escape',
    inFields: true,
    run: (_event, options) => {
      options.onEscape();
      return true;
    },
  },
  { matches: (event) => /^[1-9]$/.test(event.key), inFields: false, run: (event) => takeNumbered(event.key) },
  {
    matches: (event) => event.key === 'ArrowDown' || event.key === 'ArrowUp',
    inFields: false,
    run: (event) => moveWithin(event, event.key === 'ArrowDown' ? 1 : -1),
  },
];

/** Fields where keys type text or numbers (a radio or a checkbox takes no typing). */
const TEXT_FIELDS = 'input:not([type=radio]):not([type=checkbox]):not([type=button]), textarea, select';

export function useKeyboard(options: KeyboardOptions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!options.enabled || event.altKey || event.ctrlKey || event.metaKey) return;
      if (document.querySelector('dialog[open]')) return;
      const typing = (event.target as HTMLElement | null)?.matches?.(TEXT_FIELDS) ?? false;
      const binding = BINDINGS.find((b) => b.matches(event) && (b.inFields || !typing));
      if (binding?.run(event, options)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [options.enabled, options.onEscape]);
}

/** Digit n: the n-th vote field when the room votes, else the card's n-th choice if it can be taken. */
function takeNumbered(digit: string): boolean {
  const vote = document.querySelector<HTMLInputElement>(`.vote-list input[data-vote="${digit}"]`);
  if (vote && !vote.disabled) {
    vote.focus();
    vote.select();
    return true;
  }
  const choice = document.querySelector<HTMLButtonElement>(`.choices button[data-choice="${digit}"]`);
  if (!choice || choice.disabled) return false;
  choice.click();
  return true;
}

function moveWithin(event: KeyboardEvent, step: number): boolean {
  const list = (event.target as HTMLElement | null)?.closest(ARROW_LISTS);
  if (!list) return false;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if (index < 0) return false;
  buttons[(index + step + buttons.length) % buttons.length]?.focus();
  return true;
}
