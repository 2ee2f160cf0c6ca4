import type { InstituteModel } from './model';

/**
 * Short fingerprints of the parts of a model, so the scene can tell "redraw everything" from "animate
 * a value". Built only when a new model arrives, never per frame.
 */

/** Everything that changes the layout or every label: a change here rebuilds the whole view. */
export function structureKey(m: InstituteModel): string {
  const doors = m.doors.map((d) => `${d.id}\u0001${d.kind}\u0001${d.label}`).join('\u0002');
  const meters = m.meters
    .map((x) =>
      [x.id, x.label, x.min, x.max, x.good, x.lowWarn, x.highWarn, x.lowFail, x.highFail].join('\u0001'),
    )
    .join('\u0002');
  return [m.locale, m.highContrast, m.reducedMotion, doors, meters].join('\u0003');
}

export function calendarKey(m: InstituteModel): string {
  return m.calendar ? `${m.calendar.label}\u0001${m.calendar.turn}\u0001${m.calendar.turns}` : '';
}

export function speakerKey(m: InstituteModel): string {
  return m.speaker ? `${m.speaker.id}\u0001${m.speaker.name}\u0001${m.speaker.role}` : '';
}

/** All the text the view may draw, so the page can load the font files for exactly these glyphs. */
export function modelText(m: InstituteModel): string {
  const parts = ['0123456789+\u2212/…'];
  for (const d of m.doors) parts.push(d.label);
  for (const x of m.meters) parts.push(x.label);
  if (m.calendar) parts.push(m.calendar.label);
  if (m.speaker) parts.push(m.speaker.name, m.speaker.role);
  return parts.join(' ');
}
