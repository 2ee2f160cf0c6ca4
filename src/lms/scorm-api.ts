/**
 * The SCORM 1.2 runtime an LMS puts in a window above the course (RTE 3.3): every value a string,
 * 'true'/'false' for success. Only the calls the game makes.
 */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string | number;
}

/** How far up the window chain to look, as in the ADL sample findAPI (some LMS nest frames deeply). */
export const MAX_API_DEPTH = 7;

/** The part of `Window` the search reads; tests pass plain objects. */
export interface ApiWindow {
  readonly API?: unknown;
  readonly parent?: ApiWindow | null;
  readonly opener?: ApiWindow | null;
}

function isApi(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every(
    (name) => typeof api[name] === 'function',
  );
}

/** `window.API` of this window or a parent (up to `MAX_API_DEPTH`), and the topmost window reached. */
function searchChain(start: ApiWindow): { api: Scorm12Api | null; top: ApiWindow } {
  let win: ApiWindow = start;
  for (let depth = 0; depth <= MAX_API_DEPTH; depth++) {
    try {
      if (isApi(win.API)) return { api: win.API, top: win };
      const parent = win.parent;
      // A window that is its own parent (or has none) is the top.
      if (parent === win || parent === null || parent === undefined) return { api: null, top: win };
      win = parent;
    } catch {
      // A parent from another origin cannot be read: the API is not there for us.
      return { api: null, top: win };
    }
  }
  return { api: null, top: win };
}

function openerOf(win: ApiWindow): ApiWindow | null {
  try {
    return win.opener ?? null;
  } catch {
    return null;
  }
}

/**
 * Finds the LMS's SCORM 1.2 API: in this window and its parents, then in the window that opened this
 * one or its top window (an LMS launching the course in a popup) and their parents. Null outside an
 * LMS: the game then plays as it does anywhere else.
 */
export function findScormApi(win: ApiWindow): Scorm12Api | null {
  const here = searchChain(win);
  if (here.api !== null) return here.api;
  for (const opener of [openerOf(win), openerOf(here.top)]) {
    if (opener === null) continue;
    const there = searchChain(opener).api;
    if (there !== null) return there;
  }
  return null;
}
