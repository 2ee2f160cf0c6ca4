import { useState } from 'preact/hooks';
import type { Improvement } from '../../room';
import { useRoomUi } from './room-locale';

type Act = (message: Record<string, unknown>) => Promise<boolean>;

/**
 * The closing discussion's improvement items: add one (action, owner, due date), edit or remove any.
 * The server checks and keeps them (journaled with the room); this list shows what it kept.
 */
export function ImprovementEditor(props: { readonly items: readonly Improvement[]; readonly act: Act }) {
  const { t } = useRoomUi();
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <section class="room-improvements" aria-labelledby="room-improvements-title">
      <h2 id="room-improvements-title">{t.report.improvements}</h2>
      <p class="room-small">{t.improvementHint}</p>
      <ul class="room-improvement-list">
        {props.items.map((item) =>
          editing === item.id ? (
            <li key={item.id}>
              <ItemForm
                initial={item}
                submitLabel={t.improvementSave}
                onSubmit={async (fields) => {
                  const ok = await props.act({ type: 'improvement', op: 'edit', id: item.id, item: fields });
                  if (ok) setEditing(null);
                  return ok;
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={item.id} data-improvement={item.id}>
              <span class="room-improvement-text">
                {item.action}
                {item.owner !== '' && ` · ${t.report.owner}: ${item.owner}`}
                {item.due !== '' && ` · ${t.report.due}: ${item.due}`}
              </span>{' '}
              <button type="button" onClick={() => setEditing(item.id)}>
                {t.improvementEdit}
              </button>{' '}
              <button
                type="button"
                onClick={() => void props.act({ type: 'improvement', op: 'remove', id: item.id })}
              >
                {t.improvementRemove}
              </button>
            </li>
          ),
        )}
      </ul>
      <ItemForm
        initial={{ action: '', owner: '', due: '' }}
        submitLabel={t.improvementAdd}
        onSubmit={(fields) => props.act({ type: 'improvement', op: 'add', item: fields })}
      />
    </section>
  );
}

type Fields = Pick<Improvement, 'action' | 'owner' | 'due'>;

function ItemForm(props: {
  readonly initial: Fields;
  readonly submitLabel: string;
  readonly onSubmit: (fields: Fields) => Promise<boolean>;
  readonly onCancel?: () => void;
}) {
  const { t } = useRoomUi();
  const [fields, setFields] = useState(props.initial);
  const set = (key: keyof Fields) => (event: Event) =>
    setFields({ ...fields, [key]: (event.currentTarget as HTMLInputElement).value });
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await props.onSubmit(fields)) setFields(props.initial);
  };
  return (
    <form class="room-improvement-form" onSubmit={(e) => void submit(e)}>
      <label>
        {t.report.action}
        <input name="action" required maxLength={300} value={fields.action} onInput={set('action')} />
      </label>
      <label>
        {t.report.owner}
        <input name="owner" maxLength={80} value={fields.owner} onInput={set('owner')} />
      </label>
      <label>
        {t.report.due}
        <input name="due" type="date" value={fields.due} onInput={set('due')} />
      </label>
      <button type="submit">{props.submitLabel}</button>
      {props.onCancel !== undefined && (
        <button type="button" onClick={props.onCancel}>
          {t.improvementCancel}
        </button>
      )}
    </form>
  );
}
