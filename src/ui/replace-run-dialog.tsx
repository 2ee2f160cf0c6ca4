import { localize, useUi } from './context';
import { Modal } from './dialogs';
import type { StartDecision } from './replace-run';

/**
 * Asks before a new run replaces the saved one. "Keep my run" comes first, so it has the focus when the
 * dialog opens, and Esc means it too: only a deliberate choice loses a run.
 */
export function ReplaceRunDialog(props: {
  question: Extract<StartDecision, { kind: 'ask' }>;
  onReplace(): void;
  onKeep(): void;
}) {
  const { m, locale } = useUi();
  const { savedTitle, savedTurn } = props.question;
  const title = typeof savedTitle === 'string' ? savedTitle : localize(savedTitle, locale);
  return (
    <Modal label={m.replaceRunHeading} onClose={props.onKeep} className="modal replace-run">
      <h2>{m.replaceRunHeading}</h2>
      <p>{m.replaceRunText(title, savedTurn)}</p>
      <div class="menu-actions">
        <button type="button" class="primary" onClick={props.onKeep}>
          {m.keepRun}
        </button>
        <button type="button" onClick={props.onReplace}>
          {m.replaceRun}
        </button>
      </div>
    </Modal>
  );
}
