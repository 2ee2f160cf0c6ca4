/**
 * Gives the screen's first control the keyboard focus, and returns how to stop trying.
 *
 * Inside an LMS the game runs in a frame, which the LMS may show only once it has loaded (Moodle's
 * player does): a control in a frame that is not shown cannot take focus, so the keyboard would start on
 * the LMS page around it, many Tabs away. In a frame, focus is therefore pulled into the frame, and a
 * focus that did not take is tried again when the frame is shown (its window then gets a size), until it
 * holds or the player does anything.
 */
export function focusFirstControl(target: HTMLElement, win: Window = window): () => void {
  target.focus();
  if (win.top === win.self) return () => undefined;
  const doc = win.document;
  const took = () => doc.activeElement === target;
  const attempt = () => {
    win.focus();
    target.focus();
  };
  attempt();
  if (took()) return () => undefined;
  const retry = () => {
    if (!target.isConnected || (doc.activeElement !== null && doc.activeElement !== doc.body)) return stop();
    attempt();
    if (took()) stop();
  };
  const stop = () => {
    win.removeEventListener('resize', retry);
    win.removeEventListener('focus', retry);
    doc.removeEventListener('pointerdown', stop, true);
    doc.removeEventListener('keydown', stop, true);
  };
  win.addEventListener('resize', retry);
  win.addEventListener('focus', retry);
  doc.addEventListener('pointerdown', stop, true);
  doc.addEventListener('keydown', stop, true);
  return stop;
}
