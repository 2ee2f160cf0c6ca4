import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../engine';
import type { BrowserStore } from './browser-store';
import type { LinkState, RoomLink } from './room-link';
import { ROOM_TEXT, type RoomText } from './room-text';

const LOCALE_KEY = 'lab-doors.room.locale';

export interface RoomUi {
  readonly locale: Locale;
  readonly t: RoomText;
}

export const RoomUiContext = createContext<RoomUi>({ locale: 'en', t: ROOM_TEXT.en });

export function useRoomUi(): RoomUi {
  return useContext(RoomUiContext);
}

/** The browser's language unless the person switched (kept in the browser). */
export function initialLocale(storage: BrowserStore): Locale {
  const kept = storage.get(LOCALE_KEY);
  if (kept === 'ko' || kept === 'en') return kept;
  return navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function useLocale(storage: BrowserStore): [Locale, (locale: Locale) => void] {
  const [locale, setLocale] = useState<Locale>(() => initialLocale(storage));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const choose = (next: Locale) => {
    storage.set(LOCALE_KEY, next);
    setLocale(next);
  };
  return [locale, choose];
}

export function LanguageSwitch({ onSwitch }: { readonly onSwitch: (locale: Locale) => void }) {
  const { locale, t } = useRoomUi();
  return (
    <button
      type="button"
      class="room-language"
      lang={locale === 'ko' ? 'en' : 'ko'}
      onClick={() => onSwitch(locale === 'ko' ? 'en' : 'ko')}
    >
      {t.switchLanguage}
    </button>
  );
}

/** Re-renders on every change of the link's state. */
export function useLinkState(link: RoomLink): LinkState {
  const [state, setState] = useState(link.current);
  useEffect(() => link.subscribe(setState), [link]);
  return state;
}
