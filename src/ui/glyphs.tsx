import { type IconArt, iconDataUrl, SIGNS } from '../art/icons';

/**
 * Small symbols as SVG rather than emoji or dingbat characters, which many classroom machines (and
 * headless Chromium) have no font for. They are the files of assets/icons/, the same ones the institute
 * view draws (src/art/icons.ts).
 */

/** An icon's paths, stroked in the text's colour; its filled shapes filled too (see `.filled`). */
export function IconPaths({ icon }: { icon: IconArt }) {
  return (
    <>
      {icon.paths.map(({ d, filled }) => (
        <path key={d} d={d} class={filled ? 'filled' : undefined} />
      ))}
    </>
  );
}

export function LockGlyph() {
  return (
    <svg class="glyph" width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <IconPaths icon={SIGNS.lock} />
    </svg>
  );
}

/** The danger sign, in its own colours (yellow, dark border and mark), as in the institute view. */
export function WarningGlyph() {
  return <img class="glyph warning-glyph" src={iconDataUrl(SIGNS.warning)} width="18" height="18" alt="" />;
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
