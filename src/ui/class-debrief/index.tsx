import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  type ClassSummary,
  type DecisionShares,
  groupByScenario,
  summarize,
} from '../../classroom/aggregate';
import { resultsCsv } from '../../classroom/csv';
import {
  MAX_RESULT_CHARS,
  type ReadResult,
  type ResultDecision,
  type ResultProblem,
  type RunResult,
  readResult,
} from '../../classroom/result';
import { readResultCode } from '../../classroom/result-code';
import type { CompiledScenario } from '../../engine/compile/types';
import type { Messages } from '../../i18n';
import { localize, useUi } from '../context';
import { useFileDrop } from '../file-drop';
import { ObjectivesTable } from './objectives-table';
import { PathsCharts } from './paths-chart';
import { problemMessage } from './problem-message';
import { downloadText } from './result-actions';

type Problem = ResultProblem | { readonly kind: 'file-type' } | { readonly kind: 'duplicate' };

interface Entry {
  readonly key: number;
  /** The file's name, or "Code n". Untrusted: shown as text only. */
  readonly source: { readonly file: string } | { readonly code: number };
  readonly outcome:
    | { readonly ok: true; readonly result: RunResult }
    | { readonly ok: false; readonly problem: Problem };
}

/**
 * The class debrief: the teacher loads many results (files or pasted codes); each is replayed and checked
 * (see `readResult`), listed with a tick or a plain reason, and the verified ones of one scenario version
 * are summarised — runs, ending shares, choice shares per decision, the decisions where the room split
 * most, meter paths overlaid, each team's path side by side. Printable and exportable as CSV. Everything
 * a result says (team names above all) is rendered as text, never as markup.
 */
export default function ClassDebriefScreen(props: { onBack(): void }) {
  const { m, library } = useUi();
  const [entries, setEntries] = useState<readonly Entry[]>([]);
  const [busy, setBusy] = useState(0);
  const [pasted, setPasted] = useState('');
  const [groupKey, setGroupKey] = useState<string | null>(null);
  const counter = useRef({ key: 0, code: 0 });
  const seen = useRef(new Set<string>());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const lookup = async (id: string): Promise<CompiledScenario | undefined> =>
    (await library.ensure(id).catch(() => false)) ? library.get(id) : undefined;

  const add = async (jobs: readonly { source: Entry['source']; read: () => Promise<Entry['outcome']> }[]) => {
    if (jobs.length === 0) return;
    setBusy((n) => n + jobs.length);
    for (const job of jobs) {
      const read = await job.read().catch((): Entry['outcome'] => ({
        ok: false,
        problem: { kind: 'not-a-result', detail: 'unreadable' },
      }));
      // The same result twice (a file dropped again, a code pasted twice) would count one run twice.
      const identity = read.ok ? identityOf(read.result) : '';
      const outcome: Entry['outcome'] =
        read.ok && seen.current.has(identity) ? { ok: false, problem: { kind: 'duplicate' } } : read;
      if (outcome.ok) seen.current.add(identity);
      const entry: Entry = { key: counter.current.key++, source: job.source, outcome };
      setEntries((list) => [...list, entry]);
      setBusy((n) => n - 1);
    }
  };
  const fromRead = (read: ReadResult): Entry['outcome'] =>
    read.ok ? { ok: true, result: read.result } : { ok: false, problem: read.problem };

  const takeFiles = (files: FileList | null | undefined) => {
    const list = files ? [...files] : [];
    void add(
      list.map((file) => ({
        source: { file: file.name },
        read: async (): Promise<Entry['outcome']> => {
          if (!file.name.toLowerCase().endsWith('.json'))
            return { ok: false, problem: { kind: 'file-type' } };
          // Characters are at most 4 bytes in UTF-8: a larger file cannot be under the character limit.
          if (file.size > MAX_RESULT_CHARS * 4) return { ok: false, problem: { kind: 'too-large' } };
          return fromRead(await readResult(await file.text(), lookup));
        },
      })),
    );
  };
  const drop = useFileDrop(takeFiles);

  const takeCodes = () => {
    const lines = pasted
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    setPasted('');
    void add(
      lines.map((line) => ({
        source: { code: ++counter.current.code },
        read: async () => fromRead(await readResultCode(line, lookup)),
      })),
    );
  };

  const accepted = entries.flatMap((e) => (e.outcome.ok ? [e.outcome.result] : []));
  const groups = useMemo(() => groupByScenario(accepted), [entries]);
  const keys = [...groups.keys()];
  const currentKey = groupKey !== null && groups.has(groupKey) ? groupKey : (keys[0] ?? null);
  const group = currentKey === null ? [] : (groups.get(currentKey) ?? []);
  const scenario = group[0] ? library.get(group[0].scenario.id) : undefined;
  const refused = entries.length - accepted.length;

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
        <div class="class-load-codes">
          <label for="class-codes">{m.classDebriefPasteLabel}</label>
          <textarea
            id="class-codes"
            rows={3}
            spellcheck={false}
            value={pasted}
            onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <div class="class-load-actions">
            <button type="button" class="add-codes" disabled={pasted.trim() === ''} onClick={takeCodes}>
              {m.classDebriefAddCodes}
            </button>
            {entries.length > 0 && (
              <button
                type="button"
                onClick={() => {
                  setEntries([]);
                  setGroupKey(null);
                  seen.current.clear();
                  counter.current.code = 0;
                }}
              >
                {m.classDebriefClear}
              </button>
            )}
          </div>
        </div>
      </section>
      <section class="class-inputs-section no-print" aria-labelledby="class-inputs-heading">
        <h2 id="class-inputs-heading">{m.classDebriefInputs}</h2>
        <div role="status" aria-live="polite">
          {busy > 0 ? (
            <p>{m.loading}</p>
          ) : entries.length === 0 ? (
            <p>{m.classDebriefEmpty}</p>
          ) : (
            <p class="class-inputs-summary">{m.classDebriefSummary(accepted.length, refused)}</p>
          )}
        </div>
        {entries.length > 0 && (
          <ul class="class-inputs">
            {entries.map((entry) => (
              <InputItem key={entry.key} entry={entry} m={m} />
            ))}
          </ul>
        )}
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
      {scenario && group.length > 0 && <ClassView scenario={scenario} results={group} />}
    </main>
  );
}

/** What makes a hand-in one run: the same moves by the same team at the same times is the same result. */
function identityOf(r: RunResult): string {
  return JSON.stringify([r.save, r.team, r.classCode, r.startedAt, r.finishedAt, r.durationSeconds, r.votes]);
}

function InputItem({ entry, m }: { entry: Entry; m: Messages }) {
  const name = 'file' in entry.source ? entry.source.file : m.classDebriefCodeN(entry.source.code);
  const { outcome } = entry;
  return (
    <li class={outcome.ok ? 'accepted' : 'refused'} data-ok={outcome.ok ? 'true' : 'false'}>
      <span class="mark" aria-hidden="true">
        {outcome.ok ? '✓' : '✗'}
      </span>{' '}
      <strong class="source">{name}</strong> —{' '}
      {outcome.ok ? (
        <span class="status">
          {m.classDebriefAccepted}
          {outcome.result.team ? ` · ${outcome.result.team}` : ''}
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

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Labels of the scenario's things, in the player's language, falling back to ids. */
function useLabels(scenario: CompiledScenario) {
  const { m, locale } = useUi();
  const eventOf = (id: string) => scenario.events[scenario.index.event.get(id) ?? -1]?.source;
  const event = (id: string) => localize(eventOf(id)?.title, locale) || id;
  const choice = (eventId: string, key: string) => {
    if (key === 'agreement') return m.agreementReached;
    if (key === 'no-deal') return m.noDeal;
    return localize(eventOf(eventId)?.choices?.find((c) => c.id === key)?.text, locale) || key;
  };
  const clause = (eventId: string, clauseId: string) =>
    localize(eventOf(eventId)?.negotiation?.clauses.find((c) => c.id === clauseId)?.label, locale) ||
    clauseId;
  const option = (eventId: string, clauseId: string, optionId: string) =>
    localize(
      eventOf(eventId)
        ?.negotiation?.clauses.find((c) => c.id === clauseId)
        ?.options.find((o) => o.id === optionId)?.text,
      locale,
    ) || optionId;
  const ending = (id: string) =>
    localize(scenario.source.endings.find((e) => e.id === id)?.title, locale) ||
    (id === 'unfinished' ? m.classDebriefUnfinished : id);
  const step = (d: ResultDecision) => {
    if (d.kind === 'agreement' && d.terms) {
      return Object.entries(d.terms)
        .map(([c, o]) => `${clause(d.event, c)}: ${option(d.event, c, o)}`)
        .join(' · ');
    }
    return choice(d.event, d.kind === 'choice' ? (d.choice ?? '') : d.kind);
  };
  return { event, choice, clause, option, ending, step };
}

function ClassView(props: { scenario: CompiledScenario; results: readonly RunResult[] }) {
  const { m, locale } = useUi();
  const { scenario, results } = props;
  const summary: ClassSummary = summarize(
    results,
    scenario.source.endings.map((e) => e.id),
  );
  const labels = useLabels(scenario);
  const exportCsv = () => {
    const date = new Date().toISOString().slice(0, 10);
    downloadText(
      `lab-doors-class-${scenario.source.id}-${date}.csv`,
      resultsCsv(results),
      'text/csv;charset=utf-8',
    );
  };
  const longest = Math.max(0, ...summary.teams.map((t) => t.steps.length));
  const split = summary.mostSplit.filter((d) => d.split > 0).slice(0, 5);
  return (
    <div class="class-view">
      <div class="class-view-header">
        <h2 class="class-scenario">
          {localize(scenario.source.title, locale)}{' '}
          <span class="version">({m.classDebriefVersion(summary.scenario.version)})</span>
        </h2>
        <div class="class-view-actions no-print">
          <button type="button" onClick={() => window.print()}>
            {m.print}
          </button>
          <button type="button" class="export-csv" onClick={exportCsv}>
            {m.classDebriefExportCsv}
          </button>
        </div>
      </div>
      <p class="class-runs">
        <span class="class-runs-label">{m.classDebriefRuns}</span>{' '}
        <span class="class-runs-count">{summary.runs}</span>
      </p>

      <section aria-labelledby="class-endings-heading">
        <h3 id="class-endings-heading">{m.classDebriefEndings}</h3>
        <ul class="share-bars">
          {summary.endings.map((e) => (
            <li key={e.id} data-ending={e.id}>
              <span class="share-label">{labels.ending(e.id)}</span>
              <span class="share-bar" aria-hidden="true">
                <span style={{ width: percent(e.share) }} />
              </span>
              <span class="share-number">
                <span class="count">{e.count}</span> (<span class="percent">{percent(e.share)}</span>)
              </span>
            </li>
          ))}
        </ul>
      </section>

      <ObjectivesTable scenario={scenario} results={results} />

      <section aria-labelledby="class-split-heading">
        <h3 id="class-split-heading">{m.classDebriefSplit}</h3>
        <p class="hint">{m.classDebriefSplitHint}</p>
        {split.length === 0 ? (
          <p>{m.classDebriefSplitNone}</p>
        ) : (
          <ol class="class-split">
            {split.map((d) => (
              <li key={d.event} data-event={d.event}>
                <strong>{labels.event(d.event)}</strong> —{' '}
                {m.classDebriefSplitScore(Math.round(d.split * 100))}
                <span class="split-choices">
                  {' '}
                  ({d.choices.map((c) => `${labels.choice(d.event, c.id)} ${percent(c.share)}`).join(' · ')})
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="class-choices-heading">
        <h3 id="class-choices-heading">{m.classDebriefChoices}</h3>
        <div class="class-choices">
          {summary.decisions.map((d) => (
            <DecisionTable key={d.event} decision={d} labels={labels} />
          ))}
        </div>
      </section>

      <section aria-labelledby="class-paths-heading">
        <h3 id="class-paths-heading">{m.classDebriefPaths}</h3>
        <p class="hint">{m.classDebriefPathsHint}</p>
        <PathsCharts scenario={scenario} paths={summary.meterPaths} />
      </section>

      <section aria-labelledby="class-teams-heading">
        <h3 id="class-teams-heading">{m.classDebriefTeams}</h3>
        <div class="table-scroll">
          <table class="class-teams">
            <thead>
              <tr>
                <th scope="col">#</th>
                {summary.teams.map((t) => (
                  <th scope="col" key={t.run}>
                    {t.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: longest }, (_, i) => (
                <tr key={i}>
                  <th scope="row">{m.classDebriefDecisionN(i + 1)}</th>
                  {summary.teams.map((t) => {
                    const d = t.steps[i];
                    return (
                      <td key={t.run}>
                        {d && (
                          <>
                            <span class="team-event">{labels.event(d.event)}</span>
                            <span class="team-choice">{labels.step(d)}</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
              <tr class="team-ending">
                <th scope="row">{m.classDebriefEnding}</th>
                {summary.teams.map((t) => (
                  <td key={t.run}>{labels.ending(t.ending ?? 'unfinished')}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

function DecisionTable(props: { decision: DecisionShares; labels: ReturnType<typeof useLabels> }) {
  const { m } = useUi();
  const { decision: d, labels } = props;
  return (
    <div class="class-decision" data-event={d.event}>
      <table>
        <caption>
          <strong>{labels.event(d.event)}</strong>{' '}
          <span class="hint">
            ({m.classDebriefDecided(d.total)} · {m.classDebriefRunsFaced(d.runs)})
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{m.classDebriefChoice}</th>
            <th scope="col">{m.classDebriefCount}</th>
            <th scope="col">{m.classDebriefShare}</th>
          </tr>
        </thead>
        <tbody>
          {d.choices.map((c) => (
            <tr key={c.id} data-choice={c.id}>
              <th scope="row">{labels.choice(d.event, c.id)}</th>
              <td class="count">{c.count}</td>
              <td class="percent">
                <span class="share-bar" aria-hidden="true">
                  <span style={{ width: percent(c.share) }} />
                </span>
                {percent(c.share)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.clauses.map((clause) => (
        <table key={clause.clause} class="class-clause" data-clause={clause.clause}>
          <caption>{m.classDebriefClause(labels.clause(d.event, clause.clause))}</caption>
          <tbody>
            {clause.options.map((o) => (
              <tr key={o.id} data-option={o.id}>
                <th scope="row">{labels.option(d.event, clause.clause, o.id)}</th>
                <td class="count">{o.count}</td>
                <td class="percent">{percent(o.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
