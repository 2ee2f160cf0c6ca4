import './studio.css';
import { shippedScenarios } from 'virtual:scenario-catalog';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RunSave, Scenario } from '../engine';
import { useUi } from '../ui/context';
import { DraftEditor } from './draft-editor';
import { DraftList, draftName } from './draft-list';
import type { Draft } from './drafts/draft';
import { type DraftStore, openDraftStore } from './drafts/draft-db';
import { studioMessages } from './i18n';
import { Playtest } from './playtest';
import type { PlaytestStart } from './playtest/play-from-card';
import { StartPanel } from './start-panel';

type Playing = {
  readonly scenario: Scenario;
  readonly facilitator: boolean;
  readonly start: PlaytestStart | null;
};
/** The path of a draft's last play-test (kept while the studio is open), to start a later one from a card. */
type Recorded = { readonly key: string; readonly save: RunSave };

/**
 * The scenario studio (its own lazy chunk): start a draft, edit it with the checker running, download
 * it, play-test it. The editor stays mounted, hidden, while a play-test runs, so coming back finds the
 * draft, its caret and its history as they were.
 */
export default function StudioScreen(props: { onBack(): void }) {
  const { locale } = useUi();
  const s = studioMessages(locale);
  const [store, setStore] = useState<DraftStore | null>(null);
  const [drafts, setDrafts] = useState<readonly Draft[]>([]);
  const [open, setOpen] = useState<Draft | null>(null);
  const [playing, setPlaying] = useState<Playing | null>(null);
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const shippedIds = useMemo(() => new Set(shippedScenarios.map((e) => e.card.id)), []);
  const heading = useRef<HTMLHeadingElement>(null);

  // The store opens while the start panel shows: a draft started before it is open waits for it, so it
  // is saved before the editor says so (the editor's first status is "saved").
  const storeOpening = useMemo(() => openDraftStore(), []);
  useEffect(() => {
    void storeOpening.then(setStore);
  }, [storeOpening]);
  // Each change of view starts at its heading, as the game's screens do: the button pressed to get here
  // (New, Open, Back to the studio) is gone, and focus would otherwise fall to the page.
  useEffect(() => {
    if (playing === null) heading.current?.focus();
  }, [open, playing]);
  const refresh = async () => {
    if (store) setDrafts(await store.all().catch(() => []));
  };
  // The list is read when the studio opens and on each return to it: after the editor's last save, which
  // it sends as it unmounts (IndexedDB runs transactions on one store in the order they were made).
  useEffect(() => {
    if (open === null) void refresh();
  }, [store, open]);
  // The name in the heading follows the draft's title as it is edited.
  const [name, setName] = useState('');
  const [unsaved, setUnsaved] = useState(false);
  const start = async (draft: Draft) => {
    // A draft the store refused still opens (its next save tries again), with the warning shown.
    const opened = store ?? (await storeOpening);
    setUnsaved(
      !(await opened.put(draft).then(
        () => true,
        () => false,
      )),
    );
    setOpen(draft);
  };
  const reopen = async (draft: Draft) => {
    setOpen((await store?.get(draft.key).catch(() => undefined)) ?? draft);
  };
  const toList = () => {
    setOpen(null);
    setName('');
    setUnsaved(false);
  };

  return (
    <>
      <main class="screen studio-screen" aria-labelledby="studio-heading" hidden={playing !== null}>
        <header class="screen-header">
          <button type="button" class="back" onClick={open === null ? props.onBack : toList}>
            {open === null ? s.back : s.drafts}
          </button>
          <h1 id="studio-heading" tabIndex={-1} ref={heading}>
            {s.heading}
            {open !== null && (
              <>
                {': '}
                <bdi>{name || draftName(open, locale, s.untitled)}</bdi>
              </>
            )}
          </h1>
        </header>
        {store !== null && !store.lasting && <p class="studio-warning">{s.storageUnavailable}</p>}
        {unsaved && (
          <p class="studio-warning" role="alert">
            {s.saveFailed}
          </p>
        )}
        {open === null ? (
          <>
            <p class="studio-intro">{s.intro}</p>
            <StartPanel s={s} onStart={(d) => void start(d)} />
            <DraftList
              drafts={drafts}
              locale={locale}
              s={s}
              onOpen={(d) => void reopen(d)}
              onDelete={(d) => void store?.remove(d.key).then(refresh)}
            />
          </>
        ) : (
          store !== null && (
            <DraftEditor
              key={open.key}
              store={store}
              draft={open}
              shippedIds={shippedIds}
              s={s}
              recorded={recorded?.key === open.key ? recorded.save : null}
              onPlaytest={(scenario, facilitator, start) => setPlaying({ scenario, facilitator, start })}
              onName={setName}
            />
          )
        )}
      </main>
      {playing !== null && (
        <Playtest
          scenario={playing.scenario}
          facilitator={playing.facilitator}
          from={playing.start?.save ?? null}
          note={playing.start?.note ?? null}
          s={s}
          onBack={(played) => {
            if (open !== null && played !== null) setRecorded({ key: open.key, save: played });
            setPlaying(null);
          }}
        />
      )}
    </>
  );
}
