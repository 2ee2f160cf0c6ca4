import doorDatacentre from '../../assets/icons/door-datacentre.svg?raw';
import doorFab from '../../assets/icons/door-fab.svg?raw';
import doorLab from '../../assets/icons/door-lab.svg?raw';
import doorLegal from '../../assets/icons/door-legal.svg?raw';
import doorOffice from '../../assets/icons/door-office.svg?raw';
import doorTalent from '../../assets/icons/door-talent.svg?raw';
import lock from '../../assets/icons/lock.svg?raw';
import lockOpen from '../../assets/icons/lock-open.svg?raw';
import meterAlliance from '../../assets/icons/meter-alliance.svg?raw';
import meterLegalRisk from '../../assets/icons/meter-legalRisk.svg?raw';
import meterOther from '../../assets/icons/meter-other.svg?raw';
import meterResearch from '../../assets/icons/meter-research.svg?raw';
import meterSecurity from '../../assets/icons/meter-security.svg?raw';
import meterTrust from '../../assets/icons/meter-trust.svg?raw';
import warning from '../../assets/icons/warning.svg?raw';

/**
 * The game's pictograms, drawn once as files in assets/icons/ (24×24) and used by both renderers. Most
 * are white strokes that take a colour: the overlay draws their paths inline in the text's colour
 * (meter-icon.tsx, glyphs.tsx), the institute view rasterises the files into textures in the meter's or
 * the room's colour (game/icon-textures.ts). The warning sign keeps its own colours in both.
 * Imported as text, so a missing file fails the build and the single offline file carries them inline.
 */
export interface IconArt {
  /** A stable name, for texture keys. */
  readonly name: string;
  /** The SVG file's text. */
  readonly svg: string;
  /** Its paths in order: the outline, and whether the shape is filled (else only stroked). */
  readonly paths: readonly IconPath[];
}

export interface IconPath {
  readonly d: string;
  readonly filled: boolean;
}

function art(name: string, svg: string): IconArt {
  const paths = [...svg.matchAll(/<path\s([^>]*)>/g)].map((match) => {
    const attributes = match[1] ?? '';
    const fill = /\bfill="([^"]+)"/.exec(attributes)?.[1];
    return { d: /\bd="([^"]+)"/.exec(attributes)?.[1] ?? '', filled: fill !== undefined && fill !== 'none' };
  });
  return { name, svg, paths };
}

const METER_ICONS: ReadonlyMap<string, IconArt> = new Map([
  ['trust', art('meter-trust', meterTrust)],
  ['security', art('meter-security', meterSecurity)],
  ['legalRisk', art('meter-legalRisk', meterLegalRisk)],
  ['alliance', art('meter-alliance', meterAlliance)],
  ['research', art('meter-research', meterResearch)],
]);
const METER_OTHER = art('meter-other', meterOther);

/** The pictogram of a meter; a meter the game has no picture for gets a plain diamond. */
export function meterIcon(meterId: string): IconArt {
  return METER_ICONS.get(meterId) ?? METER_OTHER;
}

export type DoorKind = 'lab' | 'fab' | 'datacentre' | 'talent' | 'legal' | 'office';

const DOOR_ICONS: Readonly<Record<DoorKind, IconArt>> = {
  lab: art('door-lab', doorLab),
  fab: art('door-fab', doorFab),
  datacentre: art('door-datacentre', doorDatacentre),
  talent: art('door-talent', doorTalent),
  legal: art('door-legal', doorLegal),
  office: art('door-office', doorOffice),
};

/** The pictogram on a room's name plate. */
export function doorIcon(kind: DoorKind): IconArt {
  return DOOR_ICONS[kind];
}

/** Signs: a locked and an unlocked padlock (take a colour), the danger sign (keeps its colours). */
export const SIGNS = {
  lock: art('lock', lock),
  lockOpen: art('lock-open', lockOpen),
  warning: art('warning', warning),
} as const;

/** Every pictogram, for the institute view to rasterise before it first draws. */
export function allIcons(): IconArt[] {
  return [...METER_ICONS.values(), METER_OTHER, ...Object.values(DOOR_ICONS), ...Object.values(SIGNS)];
}

/** The file as a data: URL, which an Image can load under every page's CSP (img-src allows data:). */
export function iconDataUrl(icon: IconArt): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(icon.svg)}`;
}
