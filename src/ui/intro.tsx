import './styles/dialogs.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MeterView } from '../engine';
import { localize, useUi } from './context';
import { MeterIcon } from './meter-icon';
import { useStore } from './use-store';

/**
 * The first-play introduction, over the first card of the first run: the meters, the preview, and
 * consequences that come later. Three short steps, skippable, shown once per browser.
 */
export function Intro({ meters }: { meters: readonly MeterView[] }) {
  const { m, settings, locale } = useUi();
  const seen = useStore(settings, (s) => s.introSeen);
  const [step, setStep] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!seen && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [seen]);
  if (seen) return null;
  const finish = () => {
    dialog.current?.close();
    settings.getState().update({ introSeen: true });
    // Back to the card the introduction was about, so keyboard play goes on from there.
    document.getElementById('event-title')?.focus();
  };
  const last = step === m.introSteps.length - 1;
  return (
    <dialog ref={dialog} class="intro" aria-labelledby="intro-heading" data-step={step} onCancel={finish}>
      <h2 id="intro-heading">{m.introTitle}</h2>
      <p class="intro-step" aria-live="polite">
        <span class="intro-count">
          {step + 1} / {m.introSteps.length}
        </span>{' '}
        {m.introSteps[step]}
      </p>
      {step === 0 && (
        <ul class="intro-meters">
          {meters.map((meter) => (
            <li key={meter.id} data-meter={meter.id}>
              <MeterIcon meter={meter.id} />
              <strong>{localize(meter.label, locale)}</strong>
              {meter.description && <span> — {localize(meter.description, locale)}</span>}
            </li>
          ))}
        </ul>
      )}
      <div class="dialog-actions">
        <button type="button" class="primary" onClick={() => (last ? finish() : setStep(step + 1))}>
          {last ? m.introDone : m.introNext}
        </button>
        {!last && (
          <button type="button" onClick={finish}>
            {m.introSkip}
          </button>
        )}
      </div>
    </dialog>
  );
}
