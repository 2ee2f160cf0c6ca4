import { useEffect } from 'preact/hooks';

/** Lists whose buttons the arrow keys move between (radio groups move natively). */
const ARROW_LISTS =
  '.choices, .title-actions, .menu-actions, .ending-actions, .negotiation-actions, .scenario-cards';

/**
 * Keyboard play: digits 1–9 take the n-th choice on the card, arrows move focus within a list of
 * buttons, Esc asks for the menu. Enter and Space are the buttons' own. Keys typed into a field or
 * while a dialog is open are left alone.
 */
export function useKeyboard(options: { onEscape(): void; enabled: boolean }): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!options.enabled || event.altKey || event.ctrlKey || event.metaKey) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      const typing = target?.matches('input[type=text], input[type=file], textarea, select') ?? false;
      if (event.key === 'Escape') {
        event.preventDefault();
        options.onEscape();
      } else if (/^[1-9]$/.test(event.key) && !typing) {
        const button = document.querySelector<HTMLButtonElement>(
          `.choices button[data-choice="${event.key}"]`,
        );
        if (button && !button.disabled) {
          event.preventDefault();
          button.click();
        }
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        moveWithin(event, event.key === 'ArrowDown' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [options.enabled, options.onEscape]);
}

function moveWithin(event: KeyboardEvent, step: number): void {
  const list = (event.target as HTMLElement | null)?.closest(ARROW_LISTS);
  if (!list) return;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault();
  buttons[(index + step + buttons.length) % buttons.length]?.focus();
}
