import { useMemo } from 'preact/hooks';
import QRCode from 'qrcode';

/**
 * The join address as a QR code drawn in the browser (no network, no HTML string): one SVG path of the
 * dark modules, with the quiet zone the standard asks for.
 */
export function QrCode({ text, label }: { readonly text: string; readonly label: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const parts: string[] = [];
    for (let row = 0; row < modules.size; row++)
      for (let column = 0; column < modules.size; column++)
        if (modules.get(row, column)) parts.push(`M${column + 4} ${row + 4}h1v1h-1z`);
    return { size: modules.size + 8, path: parts.join('') };
  }, [text]);
  return (
    <svg
      class="room-qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
