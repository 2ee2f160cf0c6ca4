import type { JsonObject } from './biome-json';
import { objectAt, type Path } from './draft-doc';
import { EffectsField } from './effects-field';
import type { FormContext } from './form-context';
import { IdChecklist } from './pick-fields';
import { ScheduleForm } from './schedule-form';
import { LocalTextField } from './text-fields';

/**
 * What any decision can do (a choice, a clause option, a negotiation's agreement or no deal): meter
 * effects, flags set and cleared, delayed consequences, feedback, the objectives it shows or goes
 * against, and its "learn more" references.
 */
export function ConsequenceFields(props: { path: Path; value: JsonObject; c: FormContext }) {
  const { path, value, c } = props;
  const { f, declared, w } = c;
  const tags = value.objectives;
  // The short form (a plain list) means "shows"; the forms write the long form only when "against" is used.
  const shows = Array.isArray(tags) ? tags : objectAt(tags).shows;
  const against = Array.isArray(tags) ? undefined : objectAt(tags).against;
  const writeTags = (nextShows: typeof shows, nextAgainst: typeof against) => {
    const s = Array.isArray(nextShows) && nextShows.length > 0 ? nextShows : undefined;
    const a = Array.isArray(nextAgainst) && nextAgainst.length > 0 ? nextAgainst : undefined;
    if (s === undefined && a === undefined) w.set([...path, 'objectives'], undefined);
    else if (a === undefined && Array.isArray(tags)) w.set([...path, 'objectives'], s ?? []);
    else w.set([...path, 'objectives'], { ...(s && { shows: s }), ...(a && { against: a }) });
  };
  const tagWriter = (which: 'shows' | 'against') => ({
    ...w,
    set: (_: Path, next: JsonObject[string] | undefined) =>
      which === 'shows' ? writeTags(next, against) : writeTags(shows, next),
  });
  return (
    <>
      <EffectsField path={[...path, 'effects']} value={value.effects} c={c} />
      <div class="form-row">
        <IdChecklist
          path={[...path, 'set']}
          label={f.flagsSet}
          value={value.set}
          ids={declared.flags}
          w={w}
          f={f}
        />
        <IdChecklist
          path={[...path, 'clear']}
          label={f.flagsCleared}
          value={value.clear}
          ids={declared.flags}
          w={w}
          f={f}
        />
      </div>
      <div class="form-row">
        <IdChecklist
          path={[...path, 'objectives', 'shows']}
          label={f.objectivesShows}
          value={shows}
          ids={declared.objectives}
          names={c.names.objectives}
          w={tagWriter('shows')}
          f={f}
        />
        <IdChecklist
          path={[...path, 'objectives', 'against']}
          label={f.objectivesAgainst}
          value={against}
          ids={declared.objectives}
          names={c.names.objectives}
          w={tagWriter('against')}
          f={f}
        />
      </div>
      <LocalTextField
        path={[...path, 'feedback']}
        label={f.feedback}
        value={value.feedback}
        w={w}
        f={f}
        optional
      />
      <ScheduleForm path={[...path, 'schedule']} value={value.schedule} c={c} />
      <IdChecklist
        path={[...path, 'references']}
        label={f.references}
        value={value.references}
        ids={declared.references}
        w={w}
        f={f}
      />
    </>
  );
}
