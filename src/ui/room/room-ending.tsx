import '../styles/room-ending.css';
import { useState } from 'preact/hooks';
import { expiresSoon } from '../../room';
import type { LinkState } from './room-link';
import { useRoomUi } from './room-locale';

/**
 * When the room and its data go: the date, and a warning when that is near (under a day), so a
 * facilitator does not lose a room in the middle of a training day. Server time, as the timer uses.
 */
export function RoomExpiry({ state }: { readonly state: LinkState }) {
  const { locale, t } = useRoomUi();
  const expiresAt = state.room?.expiresAt ?? null;
  if (expiresAt === null) return null;
  const date = new Date(expiresAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const now = Date.now() + state.clockOffset;
  if (!expiresSoon(expiresAt, now)) return <p class="room-small">{t.expires(date)}</p>;
  const hours = Math.max(0, Math.ceil((expiresAt - now) / 3_600_000));
  return (
    <p class="room-warning" role="status" data-expires-soon="">
      {t.expiresSoon(hours, date)}
    </p>
  );
}

/** Deleting the room: one button, then a confirmation that says what goes (everything, for good). */
export function DeleteRoom(props: { readonly code: string; readonly onDelete: () => Promise<void> }) {
  const { t } = useRoomUi();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" class="room-quiet room-danger" onClick={() => setAsking(true)}>
        {t.deleteRoom}
      </button>
    );
  return (
    <fieldset class="room-confirm">
      <legend>{t.deleteQuestion(props.code)}</legend>
      <button type="button" class="room-danger" onClick={() => void props.onDelete()}>
        {t.deleteConfirm}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t.deleteCancel}
      </button>
    </fieldset>
  );
}

/** What a screen shows once its room is gone (deleted by the facilitator, or expired). */
export function RoomGone(props: { readonly action?: { readonly label: string; readonly run: () => void } }) {
  const { t } = useRoomUi();
  return (
    <div class="room-gone">
      <p class="room-note" role="alert">
        {t.roomGone}
      </p>
      {props.action !== undefined && (
        <button type="button" class="room-primary" onClick={props.action.run}>
          {props.action.label}
        </button>
      )}
    </div>
  );
}
