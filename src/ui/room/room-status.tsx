import type { LinkState } from './room-link';
import { useRoomUi } from './room-locale';

/** Says when the screen is not (or no longer) connected (a room that is gone says so itself: RoomGone). */
export function LinkStatus({ state }: { readonly state: LinkState }) {
  const { t } = useRoomUi();
  const text = state.deleted ? '' : state.online ? '' : state.room === null ? t.connecting : t.offline;
  return (
    <p class="room-status" role="status">
      {text}
    </p>
  );
}

export function RefusalLine({ refusal }: { readonly refusal: string | null }) {
  const { t } = useRoomUi();
  return (
    <p class="room-refusal" role="alert">
      {refusal === null ? '' : t.refused(refusal)}
    </p>
  );
}
