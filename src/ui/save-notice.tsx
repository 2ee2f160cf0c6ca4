import './styles/save-notice.css';
import type { Messages } from '../i18n';
import type { SlotProblem } from '../store/slot';
import { useUi } from './context';
import { downloadText } from './download';
import { useStore } from './use-store';

/**
 * Tells the player, once, that a save (or the settings) could not be read, or was replayed on a newer
 * scenario. What could not be read was kept aside in storage, or, when storage had no room for a copy,
 * is offered as a download: it would otherwise be replaced by the next save.
 */
export function SaveNoticeBanner() {
  const { m, game, settings } = useUi();
  const notice = useStore(game, (s) => s.notice);
  const settingsProblem = useStore(settings, (s) => s.problem);
  if (notice === null && settingsProblem === null) return null;
  return (
    <div class="save-notice" role="alert">
      {notice?.kind === 'kept-aside' && <p>{m.saveKeptAside(notice.reason)}</p>}
      {notice?.kind === 'not-kept' && (
        <NotKept
          text={m.saveNotKept(notice.reason)}
          problem={notice}
          file="lab-doors-unreadable-save"
          m={m}
        />
      )}
      {notice?.kind === 'replayed' && <p>{m.saveReplayed(notice.fromVersion, notice.toVersion)}</p>}
      {settingsProblem?.kind === 'kept-aside' && <p>{m.settingsKeptAside}</p>}
      {settingsProblem?.kind === 'not-kept' && (
        <NotKept
          text={m.settingsNotKept}
          problem={settingsProblem}
          file="lab-doors-unreadable-settings"
          m={m}
        />
      )}
      <button
        type="button"
        onClick={() => {
          game.getState().dismissNotice();
          settings.setState({ problem: null });
        }}
      >
        {m.dismiss}
      </button>
    </div>
  );
}

function NotKept(props: {
  text: string;
  problem: SlotProblem & { kind: 'not-kept' };
  file: string;
  m: Messages;
}) {
  const { raw } = props.problem;
  return (
    <p>
      {props.text}{' '}
      <button
        type="button"
        class="download-unreadable"
        onClick={() => downloadText(`${props.file}.json`, raw, 'application/json')}
      >
        {props.m.downloadUnreadable}
      </button>
    </p>
  );
}
