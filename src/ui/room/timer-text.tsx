import { useEffect, useState } from 'preact/hooks';
import { remainingAt } from '../../room';
import type { LinkState } from './room-link';
import { useRoomUi } from './room-locale';

/** The room's countdown, counted down locally in the server's time (the timer is data: start, pause). */
export function TimerText({ state }: { readonly state: LinkState }) {
  const { t } = useRoomUi();
  const timer = state.room?.timer ?? null;
  const [, tick] = useState(0);
  useEffect(() => {
    if (timer === null || timer.runningSince === null) return;
    const interval = setInterval(() => tick((n) => n + 1), 500);
    return () => clearInterval(interval);
  }, [timer]);
  if (timer === null) return null;
  const seconds = Math.ceil(remainingAt(timer, Date.now() + state.clockOffset) / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <p class="room-timer" aria-live="off">
      {t.timerLeft(text)}
    </p>
  );
}
