import { normalizeTyped } from '../classroom/typed-text';

/** The longest participant name or team name a room keeps, in characters after cleaning. */
export const MAX_NAME_LENGTH = 40;

// Control characters (C0, DEL, C1) and format characters (zero-width, bidirectional controls, soft
// hyphen…): they can hide text, reorder what is shown around it or break a terminal's log line.
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/gu;

/**
 * A name as people typed it, safe to show: full-width forms folded (normalizeTyped), control and format
 * characters removed, runs of spaces made one, trimmed. An empty result means "no name".
 */
export function cleanName(text: string): string {
  // Line breaks and tabs become spaces first: "a<newline>b" was two words, not one.
  return normalizeTyped(text).replace(/\s+/g, ' ').replace(CONTROL_OR_FORMAT, '').replace(/ +/g, ' ').trim();
}

/** A room code as typed on a phone: full-width folded, spaces and dashes dropped, upper case. */
export function cleanRoomCode(text: string): string {
  return normalizeTyped(text).replace(/[\s-]/g, '').toUpperCase();
}
