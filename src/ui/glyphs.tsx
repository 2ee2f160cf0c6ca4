/**
 * Small symbols drawn as SVG rather than emoji or dingbat characters, which many classroom machines
 * (and headless Chromium) have no font for.
 */
export function LockGlyph() {
  return (
    <svg class="glyph" width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V8a4 4 0 018 0v3" fill="none" />
    </svg>
  );
}

export function WarningGlyph() {
  return (
    <svg
      class="glyph warning-glyph"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M12 3l10 18H2z" />
      <path d="M12 10v5M12 17.5v.5" class="glyph-mark" />
    </svg>
  );
}

/**
 * An objective's status as a shape, beside its word: a tick in a solid ring (shown), a cross in a
 * solid ring (missed), an empty dashed ring (not met). Told apart without colour, and in print.
 */
export function ObjectiveGlyph({ status }: { status: 'shown' | 'missed' | 'not-met' }) {
  return (
    <svg
      class={`glyph objective-glyph objective-glyph-${status}`}
      width="20"
      height="20"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="9.5" stroke-dasharray={status === 'not-met' ? '3 3' : undefined} />
      {status === 'shown' && <path d="M7 12.5l3.2 3.2L17 9" />}
      {status === 'missed' && <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" />}
    </svg>
  );
}
