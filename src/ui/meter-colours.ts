import { cssColour, METER_COLOURS } from '../art/meter-colours';

/**
 * Gives the overlay the meters' colours as CSS variables (--m-trust, …), from the one table both
 * renderers use (src/art/meter-colours.ts); meter-icon.css maps them onto `[data-meter]`.
 */
export function applyMeterColours(root: HTMLElement, highContrast: boolean): void {
  for (const [id, colours] of METER_COLOURS) {
    root.style.setProperty(`--m-${id}`, cssColour(highContrast ? colours.highContrast : colours.calm));
  }
}
