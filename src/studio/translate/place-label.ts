import type { StudioMessages } from '../i18n';
import type { PlaceStep } from './text-rows';

/**
 * Where a text is, as an author reads it: "event “visit-request” › choice “decline” › text". An entry is
 * named by its id when it has one, else by its number in the list; unknown names show as written in
 * the file, so a format field added later still reads sensibly.
 */
export function placeLabel(place: readonly PlaceStep[], s: StudioMessages): string {
  return place
    .map((step) => {
      if (step.kind === 'field') return s.fields[step.key] ?? step.key;
      const list = s.lists[step.list] ?? step.list;
      return step.id !== null ? `${list} “${step.id}”` : `${list} ${step.index + 1}`;
    })
    .join(' › ');
}
