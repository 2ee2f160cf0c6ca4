import type { JsonObject } from './biome-json';
import { ConditionForm } from './condition-form';
import type { Path } from './draft-doc';
import type { FormContext } from './form-context';
import { EnumSelect } from './pick-fields';
import { LocalTextField, StringField } from './text-fields';

const TONES = ['best', 'good', 'mixed', 'bad'] as const;

/** One ending: its texts, its tone, and the condition that picks it (endings are checked in order). */
export function EndingForm(props: { path: Path; ending: JsonObject; c: FormContext }) {
  const { path, ending, c } = props;
  const { f, w } = c;
  return (
    <>
      <StringField path={[...path, 'id']} label={f.id} value={ending.id} w={w} hint={f.idHint} />
      <LocalTextField path={[...path, 'title']} label={f.title} value={ending.title} w={w} f={f} short />
      <LocalTextField path={[...path, 'text']} label={f.text} value={ending.text} w={w} f={f} />
      <LocalTextField path={[...path, 'why']} label={f.why} value={ending.why} w={w} f={f} />
      <EnumSelect
        path={[...path, 'tone']}
        label={f.tone}
        value={ending.tone}
        options={TONES}
        names={f.tones}
        w={w}
        f={f}
      />
      <ConditionForm
        path={[...path, 'when']}
        label={f.reachedWhen}
        value={ending.when}
        c={c}
        place="ending"
        optional
      />
      <p class="form-hint">{f.endingOrder}</p>
    </>
  );
}
