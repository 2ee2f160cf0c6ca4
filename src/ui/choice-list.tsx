import type { ChoiceView } from '../engine';
import { localize, useUi } from './context';
import { LockGlyph } from './glyphs';
import { Moves } from './moves';
import { useStore } from './use-store';

/**
 * The choices of the card on screen, as real buttons numbered 1–9 (the digit keys pick them). A locked
 * choice stays visible, disabled, with the author's reason; hidden ones are not listed at all.
 */
export function ChoiceList({
  choices,
  onChoose,
}: {
  choices: readonly ChoiceView[];
  onChoose(id: string): void;
}) {
  const { m, locale, settings } = useUi();
  const preview = useStore(settings, (s) => s.preview);
  return (
    <ol class="choices" aria-label={m.choices}>
      {choices.map((choice) => (
        <li key={choice.id}>
          <button
            type="button"
            class="choice"
            data-choice={choice.number}
            disabled={choice.locked}
            aria-describedby={choice.locked ? `locked-${choice.id}` : undefined}
            onClick={() => onChoose(choice.id)}
          >
            <span class="choice-key" aria-hidden="true">
              {choice.number}
            </span>
            <span class="choice-text">{localize(choice.text, locale)}</span>
            {preview && !choice.locked && <Moves meters={choice.moves} />}
          </button>
          {choice.locked && (
            <p class="locked-reason" id={`locked-${choice.id}`}>
              <LockGlyph /> {m.locked}: {localize(choice.lockedReason, locale)}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
