import './styles/dialogs.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { TEXT_SIZES } from '../store/settings';
import { useUi } from './context';
import { LanguageSwitch } from './title';
import { useStore } from './use-store';

/** A native modal dialog: focus is trapped and Esc closes it, as browsers do for <dialog>. */
export function Modal(props: {
  label: string;
  onClose(): void;
  children: ComponentChildren;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class={props.className ?? 'modal'}
      aria-label={props.label}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      {props.children}
    </dialog>
  );
}

export function MenuDialog(props: { onClose(): void; onSettings(): void; onTitle(): void }) {
  const { m, game } = useUi();
  return (
    <Modal label={m.menu} onClose={props.onClose}>
      <h2>{m.menu}</h2>
      <div class="menu-actions">
        <button type="button" class="primary" onClick={props.onClose}>
          {m.resume}
        </button>
        <button
          type="button"
          onClick={() => {
            if (window.confirm(m.restartConfirm)) {
              game.getState().restart();
              props.onClose();
            }
          }}
        >
          {m.restart}
        </button>
        <button type="button" onClick={props.onSettings}>
          {m.settings}
        </button>
        <button type="button" onClick={props.onTitle}>
          {m.quitToTitle}
        </button>
      </div>
      <LanguageSwitch />
    </Modal>
  );
}

export function SettingsDialog(props: { onClose(): void }) {
  const { m, settings } = useUi();
  const s = useStore(settings, (x) => x);
  const toggle = (
    key: 'reducedMotion' | 'highContrast' | 'preview' | 'muted',
    label: string,
    inverted = false,
  ) => (
    <label class="toggle">
      <input
        type="checkbox"
        checked={inverted ? !s[key] : s[key]}
        onChange={(e) => s.update({ [key]: inverted !== (e.currentTarget as HTMLInputElement).checked })}
      />
      {label}
    </label>
  );
  return (
    <Modal label={m.settings} onClose={props.onClose}>
      <h2>{m.settings}</h2>
      <LanguageSwitch />
      <fieldset class="text-size">
        <legend>{m.textSize}</legend>
        {TEXT_SIZES.map((size) => (
          <label key={size}>
            <input
              type="radio"
              name="text-size"
              checked={s.textSize === size}
              onChange={() => s.update({ textSize: size })}
            />
            {m.textSizes[size]}
          </label>
        ))}
      </fieldset>
      {toggle('reducedMotion', m.reducedMotion)}
      {toggle('highContrast', m.highContrast)}
      {toggle('preview', m.preview)}
      {toggle('muted', m.sound, true)}
      <div class="dialog-actions">
        <button type="button" class="primary" onClick={props.onClose}>
          {m.close}
        </button>
      </div>
    </Modal>
  );
}

export function AboutDialog(props: { onClose(): void }) {
  const { m } = useUi();
  return (
    <Modal label={m.about} onClose={props.onClose}>
      <h2>{m.about}</h2>
      {m.aboutText.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h3>{m.credits}</h3>
      <p>{m.creditsText}</p>
      <div class="dialog-actions">
        <button type="button" class="primary" onClick={props.onClose}>
          {m.close}
        </button>
      </div>
    </Modal>
  );
}
