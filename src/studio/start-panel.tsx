import { shippedScenarios } from 'virtual:scenario-catalog';
import { shippedSources } from 'virtual:scenario-sources';
import { useState } from 'preact/hooks';
import { localize, useUi } from '../ui/context';
import { MAX_SCENARIO_FILE_BYTES } from '../ui/library';
import { BLANK_TEMPLATE } from './blank-template';
import type { Draft, DraftOrigin } from './drafts/draft';
import { startHistory } from './drafts/history';
import type { StudioMessages } from './i18n';
import { templateFromShipped } from './shipped-template';

export function newDraft(origin: DraftOrigin, text: string): Draft {
  return { key: crypto.randomUUID(), origin, history: startHistory(text), updatedAt: Date.now() };
}

/** The three ways to start a draft: the blank template, a shipped scenario, a file. */
export function StartPanel(props: { s: StudioMessages; onStart(draft: Draft): void }) {
  const { s } = props;
  const { locale } = useUi();
  const [shipped, setShipped] = useState(shippedScenarios[0]?.card.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const fromShipped = async () => {
    const source = shippedSources[shipped];
    if (source === undefined) return;
    props.onStart(newDraft({ kind: 'shipped', id: shipped }, templateFromShipped(await source(), shipped)));
  };
  const fromFile = async (file: File | undefined) => {
    if (file === undefined) return;
    if (!file.name.toLowerCase().endsWith('.json')) return setProblem(s.openFileNotJson);
    if (file.size > MAX_SCENARIO_FILE_BYTES) return setProblem(s.openFileTooBig);
    setProblem(null);
    // The file's exact text: a download of it unchanged gives back the same bytes.
    props.onStart(newDraft({ kind: 'file', name: file.name }, await file.text()));
  };

  return (
    <section class="studio-start" aria-labelledby="studio-start-heading">
      <h2 id="studio-start-heading">{s.startHeading}</h2>
      <div class="studio-start-options">
        <button
          type="button"
          class="primary"
          onClick={() => props.onStart(newDraft({ kind: 'blank' }, BLANK_TEMPLATE))}
        >
          {s.newBlank}
        </button>
        <fieldset class="studio-from-shipped">
          <legend>{s.fromShipped}</legend>
          <label for="studio-shipped">{s.shippedLabel}</label>
          <select id="studio-shipped" value={shipped} onChange={(e) => setShipped(e.currentTarget.value)}>
            {shippedScenarios.map((e) => (
              <option key={e.card.id} value={e.card.id}>
                {localize(e.card.title, locale)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void fromShipped()}>
            {s.useTemplate}
          </button>
        </fieldset>
        <div class="studio-open-file">
          <label class="file-button">
            <input
              type="file"
              accept=".json,application/json"
              aria-describedby="studio-open-hint"
              onChange={(e) => void fromFile(e.currentTarget.files?.[0])}
            />
            <span>{s.openFile}</span>
          </label>
          <p id="studio-open-hint">{s.openFileHint}</p>
          <p role="status" class="error">
            {problem}
          </p>
        </div>
      </div>
    </section>
  );
}
