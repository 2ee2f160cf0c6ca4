import { useRoomUi } from './room-locale';
import { CLASS_TEXT, type ClassText } from './room-text';

/** The class room's words in the room's language. */
export function useClassText(): ClassText {
  return CLASS_TEXT[useRoomUi().locale];
}
