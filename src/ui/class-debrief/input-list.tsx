import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import type { IntakeEntry, IntakeSource } from '../../classroom/intake';
import type { Messages } from '../../i18n';
import { useUi } from '../context';
import { problemMessage } from './problem-message';

/** Up to this many, every entry is listed; beyond, the refused ones, and the loaded ones on request. */
export const LIST_ALL_UP_TO = 20;

/**
 * What was handed in, each with a tick or a plain reason. File and team names come from outside: they
 * are text nodes inside `<bdi>`, so a right-to-left override in one cannot turn the sentence around it.
 * For a whole year group, the refused entries are listed and the loaded ones folded away (rendered only
 * when opened): a thousand lines would push the debrief itself off the page. Memoised: typing elsewhere
 * on the screen does not re-render it.
 */
export const InputList = memo(function InputList(props: { entries: readonly IntakeEntry[] }) {
  const { m } = useUi();
  const [open, setOpen] = useState(false);
  const { entries } = props;
  if (entries.length === 0) return null;
  if (entries.length <= LIST_ALL_UP_TO) return <Items entries={entries} m={m} />;
  const refused = entries.filter((e) => !e.outcome.ok);
  const loaded = entries.filter((e) => e.outcome.ok);
  return (
    <>
      {refused.length > 0 && <Items entries={refused} m={m} />}
      {loaded.length > 0 && (
        <details
          class="class-inputs-loaded"
          onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>{m.classDebriefLoadedList(loaded.length)}</summary>
          {open && <Items entries={loaded} m={m} />}
        </details>
      )}
    </>
  );
});

function Items({ entries, m }: { entries: readonly IntakeEntry[]; m: Messages }) {
  return (
    <ul class="class-inputs">
      {entries.map((entry) => (
        <InputItem key={entry.key} entry={entry} m={m} />
      ))}
    </ul>
  );
}

const InputItem = memo(function InputItem({ entry, m }: { entry: IntakeEntry; m: Messages }) {
  const { outcome } = entry;
  return (
    <li class={outcome.ok ? 'accepted' : 'refused'} data-ok={outcome.ok ? 'true' : 'false'}>
      <span class="mark" aria-hidden="true">
        {outcome.ok ? '✓' : '✗'}
      </span>{' '}
      <strong class="source">
        <bdi>{sourceName(entry.source, m)}</bdi>
      </strong>{' '}
      —{' '}
      {outcome.ok ? (
        <span class="status">
          {m.classDebriefAccepted}
          {outcome.result.team ? (
            <>
              {' · '}
              <bdi class="team">{outcome.result.team}</bdi>
            </>
          ) : null}
        </span>
      ) : (
        <span class="status">
          <span class="visually-hidden">{m.classDebriefRefused}: </span>
          <span class="reason" data-problem={outcome.problem.kind}>
            {outcome.problem.kind === 'file-type'
              ? m.resultFileNotJson
              : outcome.problem.kind === 'duplicate'
                ? m.resultDuplicate
                : problemMessage(m, outcome.problem)}
          </span>
          {outcome.problem.kind === 'duplicate' && (
            <span class="duplicate-of">
              {' '}
              (<bdi>{sourceName(outcome.problem.of, m)}</bdi>)
            </span>
          )}
        </span>
      )}
    </li>
  );
});

const sourceName = (source: IntakeSource, m: Messages) =>
  'file' in source ? source.file : m.classDebriefCodeN(source.code);
