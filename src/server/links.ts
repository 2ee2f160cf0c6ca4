import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';

/**
 * The address phones should use: the machine's first private IPv4 address on the local network (the
 * one a phone on the same Wi-Fi reaches), else any non-internal IPv4, else loopback.
 */
export function lanAddress(): string {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a?.address ?? '');
  const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  return addresses.find(isPrivate) ?? addresses[0] ?? '127.0.0.1';
}

export interface RoomLinks {
  /** The facilitator's: the host token in the fragment (never sent to a server, never in a log). */
  readonly control: string;
  /** The projector's: no rights, safe to show. */
  readonly display: string;
  /** Where participants go on their phones. */
  readonly join: string;
}

/** The base everyone reaches the server by: `--public-url`, or this machine's LAN address and port. */
export function publicBase(publicUrl: string | undefined, port: number): string {
  if (publicUrl !== undefined) return publicUrl.replace(/\/+$/, '');
  return `http://${lanAddress()}:${port}`;
}

export function roomLinks(base: string, hostToken: string): RoomLinks {
  return { control: `${base}/control#host=${hostToken}`, display: `${base}/display`, join: `${base}/join` };
}

/** What the terminal shows on start: the three links and the join address as a QR code. */
export async function startBanner(links: RoomLinks): Promise<string> {
  const qr = await QRCode.toString(links.join, { type: 'terminal', small: true });
  return [
    'Lab Doors room server',
    `  facilitator (keep private): ${links.control}`,
    `  projector:                  ${links.display}`,
    `  participants join at:       ${links.join}`,
    '',
    qr,
  ].join('\n');
}
