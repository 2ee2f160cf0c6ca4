import type { TextHistory } from './history';
import { parsedText } from './parsed-text';

/** Where a draft came from: shown in the list, and kept for the file name of an opened file. */
export type DraftOrigin =
  | { readonly kind: 'blank' }
  | { readonly kind: 'shipped'; readonly id: string }
  | { readonly kind: 'file'; readonly name: string };

/** One draft as the browser keeps it (IndexedDB): its exact text and its undo history. */
export interface Draft {
  /** Its own key, not the scenario id: two drafts may share an id while the author copies one. */
  readonly key: string;
  readonly origin: DraftOrigin;
  readonly history: TextHistory;
  /** Milliseconds since 1970, for the list's "last edited". */
  readonly updatedAt: number;
}

export const draftText = (draft: Draft) => draft.history.present;

/** What the list shows of a draft, read from its text without the loader (which lives in a worker). */
export interface DraftLabel {
  readonly id: string | null;
  readonly title: { readonly ko?: string; readonly en?: string } | null;
}

/**
 * The scenario id and title of a draft's text. Text mid-edit is often not JSON: the id is then the first
 * top-level-looking `"id": "…"`, and the title is left out.
 */
export function labelOf(text: string): DraftLabel {
  const parsed = parsedText(text);
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    const { id, title } = parsed as { id?: unknown; title?: unknown };
    return {
      id: typeof id === 'string' ? id : null,
      title: typeof title === 'object' && title !== null ? pickText(title) : null,
    };
  }
  // Not JSON yet (or not an object): the first id.
  const match = /"id"\s*:\s*"([^"\\]{1,200})"/.exec(text);
  return { id: match?.[1] ?? null, title: null };
}

function pickText(title: object): DraftLabel['title'] {
  const { ko, en } = title as { ko?: unknown; en?: unknown };
  return {
    ...(typeof ko === 'string' ? { ko } : {}),
    ...(typeof en === 'string' ? { en } : {}),
  };
}

/**
 * The download's file name: the scenario's id (as the guide names shipped files), reduced to the
 * characters a file name can safely hold everywhere; an opened file's own name when the text has no id.
 */
export function downloadName(text: string, origin: DraftOrigin): string {
  const id = labelOf(text).id;
  const safe = id?.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '') ?? '';
  if (safe !== '') return `${safe}.json`;
  if (origin.kind === 'file') return origin.name;
  return 'scenario.json';
}

/** The drafts list's order: the most recently edited first. */
export function byLastEdited(drafts: readonly Draft[]): Draft[] {
  return [...drafts].sort((a, b) => b.updatedAt - a.updatedAt);
}
