/**
 * Small pictograms that mark each meter beside its colour, so nothing depends on colour alone. Paths
 * are drawn on a 24×24 grid; an unknown meter id gets a plain diamond.
 */
const PATHS: Record<string, string> = {
  trust: 'M3 12l4-4 3 3 2-2 3 3 3-3 3 3-6 6-3-3-3 3-3-3z',
  security: 'M12 2l8 3v6c0 5-3.4 9.3-8 11-4.6-1.7-8-6-8-11V5z',
  legalRisk: 'M11 3h2v3h6l-3 7a3 3 0 006 0l-3-7M8 6L5 13a3 3 0 006 0L8 6m3 0v14H7v2h10v-2h-4V6',
  alliance: 'M5 3v18M5 4h10l-2 3 2 3H5M12 13h7l-2 3 2 3h-7',
  research: 'M9 2h6M10 2v6l-6 11a2 2 0 002 3h12a2 2 0 002-3L14 8V2M7 15h10',
};
const FALLBACK = 'M12 3l8 9-8 9-8-9z';

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
      <path d={PATHS[meter] ?? FALLBACK} />
    </svg>
  );
}
