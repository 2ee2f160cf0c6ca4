import type { CompiledScenario } from '../engine/compile/types';
import type { ChoiceView } from '../engine/view';
import { localize, useUi } from './context';
import { LockGlyph } from './glyphs';
import { Moves } from './moves';
import { useStore } from './use-store';

/**
 * The choices of the card on screen, as real buttons numbered 1–9 (the digit keys pick them). A locked
 * choice stays visible, disabled, with the author's reason; hidden ones are not listed at all.
 */
export function ChoiceList({
  scenario,
  choices,
  onChoose,
}: {
  scenario: CompiledScenario;
  choices: readonly ChoiceView[];
  onChoose(id: string): void;
}) {
  const { m, locale, settings } = useUi();
  const preview = useStore(settings, (s) => s.preview);
  return (
    <ol class="choices" aria-label={m.choices}>
      {choices.map((choice, i) => (
        <li key={choice.id}>
          <button
            type="button"
            class="choice"
            data-choice={i + 1}
            disabled={choice.locked}
            aria-describedby={choice.locked ? `locked-${choice.id}` : undefined}
            onClick={() => onChoose(choice.id)}
          >
            <span class="choice-key" aria-hidden="true">
              {i + 1}
            </span>
            <span class="choice-text">{localize(choice.source.text, locale)}</span>
            {preview && !choice.locked && <Moves scenario={scenario} meters={choice.moves} />}
          </button>
          {choice.locked && (
            <p class="locked-reason" id={`locked-${choice.id}`}>
              <LockGlyph /> {m.locked}: {localize(choice.source.lockedReason, locale)}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
