import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { hasErrors, type RunSave, type Scenario } from '../engine';
import { useUi } from '../ui/context';
import { downloadText } from '../ui/download';
import { handDraftToRoom } from '../ui/room/draft-handoff';
import { labelName } from './draft-list';
import { type Draft, downloadName, labelOf } from './drafts/draft';
import type { DraftStore } from './drafts/draft-db';
import { TabChannel } from './drafts/tab-channel';
import { useDraft } from './drafts/use-draft';
import { Findings } from './editor/findings';
import { EditorTabs, tabPanel } from './editor-tabs';
import { type DraftView, DraftViews, type DraftViewsHandle } from './forms/draft-views';
import { SETTLE_MS } from './forms/settled-text';
import type { StudioMessages } from './i18n';
import { formMessages } from './i18n/forms';
import { mapMessages } from './i18n/map';
import { focusFinding } from './map/focus-finding';
import { MapTab } from './map/map-tab';
import './map/map-pane.css';
import { useLastScenario } from './map/use-last-scenario';
import { PlayFromCard, type PlaytestStart } from './playtest/play-from-card';
import { textRows } from './translate/text-rows';
import { TranslateTable } from './translate/translate-table';
import { shownFindings, useLiveCheck } from './use-live-check';
import { usePausedValue } from './use-paused-value';

/**
 * One draft open for editing: the forms, the JSON view and the translation table, with its findings as the author types, undo and redo,
 * download, and play-test. Saved to the draft store as it changes (see useDraft).
 */
export function DraftEditor(props: {
  store: DraftStore;
  draft: Draft;
  shippedIds: ReadonlySet<string>;
  s: StudioMessages;
  /** The last play-test of this draft, for play-testing from a card it passed. */
  recorded: RunSave | null;
  onPlaytest(scenario: Scenario, facilitator: boolean, start: PlaytestStart | null): void;
  /** The draft's name (its title in the player's language, else its id) as the text changes. */
  onName(name: string): void;
}) {
  const { s } = props;
  const { locale } = useUi();
  const draft = useDraft(props.store, props.draft);
  const views = useRef<DraftViewsHandle>(null);
  const f = formMessages(locale);
  // The name and file name follow the text once typing pauses: reading them costs a parse of the text.
  const named = usePausedValue(draft.text, SETTLE_MS);
  const fileName = downloadName(named, props.draft.origin);
  const check = useLiveCheck(fileName, draft.text);
  const findings = shownFindings(check);
  const errors = findings.filter((d) => d.severity === 'error').length;
  const playable =
    check.kind === 'checked' && check.result.scenario !== undefined && !hasErrors(check.result.diagnostics)
      ? check.result.scenario
      : null;
  const [facilitator, setFacilitator] = useState(false);
  // The views of the draft. The map, once opened, stays mounted (hidden) so its heat and place survive
  // a look at another view; "open" on the map shows the item in the forms.
  const [view, setView] = useState<DraftView | 'map' | 'translate'>('forms');
  const [mapOpened, setMapOpened] = useState(false);
  const lastScenario = useLastScenario(check);
  const m = mapMessages(locale);
  const show = (next: DraftView | 'map' | 'translate') => {
    setView(next);
    if (next === 'map') setMapOpened(true);
  };
  const rows = useMemo(() => (view === 'translate' ? textRows(draft.text) : []), [view, draft.text]);
  const label = labelOf(named);
  const id = label.id;
  const name = labelName(label, locale, s.untitled);
  useEffect(() => props.onName(name), [name]);

  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    const channel = new TabChannel(() => setConflict(channel.conflict()));
    channel.open(props.draft.key);
    return () => channel.close();
  }, [props.draft.key]);

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z, ⌘ on a Mac) anywhere in the studio: the draft's own history,
  // since the textarea's native undo cannot know about texts the studio set (undo, a reopened draft).
  const { undo, redo } = draft;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (document.querySelector('.studio-screen[hidden]')) return; // play-testing
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <div class="studio-editor">
      <div class="studio-toolbar" role="toolbar" aria-label={s.jsonView}>
        <button type="button" onClick={draft.undo} disabled={!draft.canUndo} aria-keyshortcuts="Control+Z">
          {s.undo}
        </button>
        <button type="button" onClick={draft.redo} disabled={!draft.canRedo} aria-keyshortcuts="Control+Y">
          {s.redo}
        </button>
        <button
          type="button"
          class="download"
          onClick={() => downloadText(fileName, draft.text, 'application/json')}
        >
          {s.download} <bdi>{fileName}</bdi>
        </button>
        <p class="save-status" role="status">
          {draft.status === 'saved' ? s.saved : draft.status === 'saving' ? s.saving : s.saveFailed}
        </p>
      </div>
      {conflict && (
        <p class="studio-warning" role="alert">
          {s.openElsewhere}
        </p>
      )}
      {id !== null && props.shippedIds.has(id) && <p class="studio-warning">{s.shippedIdClash(id)}</p>}
      <EditorTabs<DraftView | 'map' | 'translate'>
        label={s.editorViews}
        tabs={[
          { id: 'forms', label: f.formsTab },
          { id: 'map', label: m.tabMap },
          { id: 'json', label: f.jsonTab },
          { id: 'translate', label: s.translateTab },
        ]}
        current={view}
        onPick={show}
      />
      {view === 'translate' && (
        <div {...tabPanel('translate')}>
          <TranslateTable text={draft.text} rows={rows} fileName={fileName} s={s} onText={draft.edit} />
        </div>
      )}
      <div class={view === 'map' ? 'studio-panes map-wide' : 'studio-panes'} hidden={view === 'translate'}>
        <div class="studio-main">
          <DraftViews
            text={draft.text}
            onText={draft.edit}
            jsonLabel={s.jsonView}
            locale={locale}
            handle={views}
            view={view === 'forms' || view === 'json' ? view : null}
            onView={setView}
          />
          {mapOpened && (
            <div {...tabPanel('map')} hidden={view !== 'map'}>
              <MapTab
                scenario={lastScenario}
                findings={findings}
                text={draft.text}
                playable={playable !== null}
                locale={locale}
                onOpen={(path) => views.current?.open(path)}
                onFinding={focusFinding}
              />
            </div>
          )}
        </div>
        <div class="studio-side">
          <section class="studio-findings" aria-labelledby="studio-findings-heading">
            <h2 id="studio-findings-heading">{s.findingsHeading}</h2>
            <p role="status" class="findings-summary">
              {check.kind === 'stopped'
                ? s.checkStopped
                : check.kind === 'checking' && findings.length === 0
                  ? s.checking
                  : findings.length === 0
                    ? s.clean
                    : s.findingsCount(errors, findings.length - errors)}
            </p>
            <Findings findings={findings} locale={locale} s={s} onGo={(d) => views.current?.reveal(d)} />
          </section>
          <section class="studio-playtest" aria-labelledby="studio-playtest-heading">
            <h2 id="studio-playtest-heading">{s.playtestHeading}</h2>
            <p>{playable !== null ? s.playtestHint : s.playtestBlocked}</p>
            <label class="checkbox">
              <input
                type="checkbox"
                checked={facilitator}
                onChange={(e) => setFacilitator(e.currentTarget.checked)}
              />{' '}
              {s.playtestFacilitator}
            </label>
            <button
              type="button"
              class="primary"
              disabled={playable === null}
              onClick={() => playable && props.onPlaytest(playable, facilitator, null)}
            >
              {s.playtest}
            </button>
            {playable !== null && (
              <PlayFromCard
                scenario={playable}
                recorded={props.recorded}
                locale={locale}
                s={s}
                onStart={(start) => props.onPlaytest(playable, facilitator, start)}
              />
            )}
            <p>{s.runInRoomHint}</p>
            <button
              type="button"
              class="run-in-room"
              disabled={playable === null}
              onClick={() => {
                if (handDraftToRoom(localStorageOrNull(), { name: fileName, text: draft.text }))
                  window.open('/control', '_blank', 'noopener');
              }}
            >
              {s.runInRoom}
            </button>
          </section>
        </div>
      </div>
    </div>
  );
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
