import { memo } from 'preact/compat';
import type { IntakeEntry } from '../../classroom/intake';
import type { Messages } from '../../i18n';
import { useUi } from '../context';
import { problemMessage } from './problem-message';

/**
 * What was handed in, each with a tick or a plain reason. File and team names come from outside: they
 * are text nodes inside `<bdi>`, so a right-to-left override in one cannot turn the sentence around it.
 * Memoised: typing elsewhere on the screen does not re-render a thousand items.
 */
export const InputList = memo(function InputList(props: { entries: readonly IntakeEntry[] }) {
  const { m } = useUi();
  if (props.entries.length === 0) return null;
  return (
    <ul class="class-inputs">
      {props.entries.map((entry) => (
        <InputItem key={entry.key} entry={entry} m={m} />
      ))}
    </ul>
  );
});

function InputItem({ entry, m }: { entry: IntakeEntry; m: Messages }) {
  const name = 'file' in entry.source ? entry.source.file : m.classDebriefCodeN(entry.source.code);
  const { outcome } = entry;
  return (
    <li class={outcome.ok ? 'accepted' : 'refused'} data-ok={outcome.ok ? 'true' : 'false'}>
      <span class="mark" aria-hidden="true">
        {outcome.ok ? '✓' : '✗'}
      </span>{' '}
      <strong class="source">
        <bdi>{name}</bdi>
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
        </span>
      )}
    </li>
  );
}
