import './styles/save-notice.css';
import { useUi } from './context';
import { useStore } from './use-store';

/** Tells the player, once, that a save could not be read (it was kept aside) or was replayed. */
export function SaveNoticeBanner() {
  const { m, game, settings } = useUi();
  const notice = useStore(game, (s) => s.notice);
  const settingsProblem = useStore(settings, (s) => s.problem);
  if (notice === null && settingsProblem === null) return null;
  return (
    <div class="save-notice" role="alert">
      {notice?.kind === 'kept-aside' && <p>{m.saveKeptAside(notice.reason)}</p>}
      {notice?.kind === 'replayed' && <p>{m.saveReplayed(notice.fromVersion, notice.toVersion)}</p>}
      {settingsProblem !== null && <p>{m.settingsKeptAside}</p>}
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
