import '../styles/class-debrief.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { groupByScenario } from '../../classroom/aggregate';
import type { RunResult } from '../../classroom/result-schema';
import type { CompiledScenario } from '../../engine';
import { localize, useUi } from '../context';
import { useFileDrop } from '../file-drop';
import { ClassView } from './class-view';
import { InputList } from './input-list';
import { PasteCodes } from './paste-codes';
import { type Progress, useIntake } from './use-intake';

/**
 * The class debrief: the teacher loads many results (files or pasted codes); each is replayed and checked
 * (src/classroom/intake.ts), listed with a tick or a plain reason, and the verified ones of one scenario
 * version are summarised (class-view.tsx). Printable and exportable as CSV. Everything a result says
 * (team names above all) is rendered as text, never as markup.
 */
export default function ClassDebriefScreen(props: { onBack(): void }) {
  const { m, library } = useUi();
  const lookup = async (id: string): Promise<CompiledScenario | undefined> =>
    (await library.ensure(id).catch(() => false)) ? library.get(id) : undefined;
  const intake = useIntake(lookup);
  const { entries, accepted } = intake.state;
  const [groupKey, setGroupKey] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const takeFiles = (files: FileList | null | undefined) => intake.addFiles(files ? [...files] : []);
  const drop = useFileDrop(takeFiles);

  const groups = useMemo(() => groupByScenario(accepted), [accepted]);
  const keys = [...groups.keys()];
  const currentKey = groupKey !== null && groups.has(groupKey) ? groupKey : (keys[0] ?? null);
  const group = currentKey === null ? undefined : groups.get(currentKey);
  const scenario = group?.[0] ? library.get(group[0].scenario.id) : undefined;

  return (
    <main
      class={`screen class-debrief-screen${drop.dragging ? ' dragging' : ''}`}
      aria-labelledby="class-debrief-heading"
      {...drop.handlers}
    >
      <header class="screen-header no-print">
        <button type="button" class="back" onClick={props.onBack}>
          {m.back}
        </button>
      </header>
      <h1 id="class-debrief-heading" tabIndex={-1} ref={heading}>
        {m.classDebrief}
      </h1>
      <section class="class-load no-print" aria-label={m.classDebriefInputs}>
        <p>{m.classDebriefIntro}</p>
        <div class="class-load-files">
          <label class="file-button">
            <input
              type="file"
              multiple
              accept=".json,application/json"
              aria-describedby="class-drop-hint"
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                takeFiles(input.files);
                input.value = '';
              }}
            />
            <span>{m.classDebriefChooseFiles}</span>
          </label>
          <p id="class-drop-hint" class="hint">
            {m.classDebriefDropHint}
          </p>
        </div>
        <PasteCodes onAdd={intake.addCodes}>
          {entries.length > 0 && (
            <button
              type="button"
              onClick={() => {
                intake.clear();
                setGroupKey(null);
              }}
            >
              {m.classDebriefClear}
            </button>
          )}
        </PasteCodes>
      </section>
      <section class="class-inputs-section no-print" aria-labelledby="class-inputs-heading">
        <h2 id="class-inputs-heading">{m.classDebriefInputs}</h2>
        <IntakeStatus progress={intake.progress} loaded={accepted.length} total={entries.length} />
        <InputList entries={entries} />
      </section>
      {keys.length > 1 && (
        <div class="class-group-select no-print">
          <label for="class-group">{m.classDebriefScenario}</label>
          <select
            id="class-group"
            value={currentKey ?? ''}
            onChange={(e) => setGroupKey((e.currentTarget as HTMLSelectElement).value)}
          >
            {keys.map((key) => (
              <GroupOption key={key} value={key} results={groups.get(key) ?? []} />
            ))}
          </select>
        </div>
      )}
      {/* Laid out once the hand-in is read: a thousand results would otherwise lay it out once a batch. */}
      {intake.progress === null && scenario && group && group.length > 0 && (
        <ClassView scenario={scenario} results={group} />
      )}
    </main>
  );
}

/** Loading, with how far it got; else how many loaded and not. Announced politely. */
function IntakeStatus(props: { progress: Progress | null; loaded: number; total: number }) {
  const { m } = useUi();
  const { progress, loaded, total } = props;
  return (
    <div role="status" aria-live="polite">
      {progress !== null ? (
        <p class="class-inputs-progress">{m.classDebriefReading(progress.done, progress.total)}</p>
      ) : total === 0 ? (
        <p>{m.classDebriefEmpty}</p>
      ) : (
        <p class="class-inputs-summary">{m.classDebriefSummary(loaded, total - loaded)}</p>
      )}
    </div>
  );
}

function GroupOption(props: { value: string; results: readonly RunResult[] }) {
  const { m, locale, library } = useUi();
  const first = props.results[0];
  const scenario = first ? library.get(first.scenario.id) : undefined;
  const title = scenario ? localize(scenario.source.title, locale) : (first?.scenario.id ?? '');
  return (
    <option value={props.value}>
      {title} ({m.classDebriefVersion(first?.scenario.version ?? '')}) — {props.results.length}
    </option>
  );
}
