import type { ClassLinkState } from './class-link';
import { useRoomUi } from './room-locale';

/** Says when a class room screen is not (or no longer) connected, or its room is gone. */
export function ClassLinkStatus({ state }: { readonly state: ClassLinkState }) {
  const { t } = useRoomUi();
  const text = state.deleted
    ? t.roomGone
    : state.online
      ? ''
      : state.room === null
        ? t.connecting
        : t.offline;
  return (
    <p class="room-status" role="status">
      {text}
    </p>
  );
}
