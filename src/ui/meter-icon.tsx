import './styles/meter-icon.css';

import { meterIcon } from '../art/icons';
import { IconPaths } from './glyphs';

/**
 * The meter's pictogram beside its colour, so nothing depends on colour alone: the same file the
 * institute view draws (assets/icons/), its paths drawn inline here in the text's colour.
 */
export function MeterIcon({ meter, size = 20 }: { meter: string; size?: number }) {
  return (
    <svg
      class="meter-icon"
      data-meter={meter}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <IconPaths icon={meterIcon(meter)} />
    </svg>
  );
}
