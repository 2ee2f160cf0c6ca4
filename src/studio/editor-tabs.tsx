import { useRef } from 'preact/hooks';

export interface EditorTab<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

/** The attributes of a tab's panel: the caller places the panels, so a hidden one keeps its state. */
export function tabPanel(id: string) {
  return { id: `studio-panel-${id}`, role: 'tabpanel', 'aria-labelledby': `studio-tab-${id}` } as const;
}

/**
 * The draft editor's views as tabs (the WAI-ARIA tabs pattern): one tab stop, the arrow keys, Home and
 * End move between tabs and show the one they reach; the selected tab controls its panel (see
 * tabPanel); the others name none, since their panels are not in the page.
 */
export function EditorTabs<Id extends string>(props: {
  label: string;
  tabs: readonly EditorTab<Id>[];
  current: Id;
  onPick(id: Id): void;
}) {
  const list = useRef<HTMLDivElement>(null);
  const { tabs, current } = props;
  const move = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === current);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[to];
    if (tab === undefined) return;
    event.preventDefault();
    props.onPick(tab.id);
    list.current?.querySelector<HTMLElement>(`#studio-tab-${tab.id}`)?.focus();
  };
  return (
    <div class="studio-tabs" role="tablist" aria-label={props.label} ref={list} onKeyDown={move}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`studio-tab-${tab.id}`}
          aria-selected={tab.id === current}
          aria-controls={tab.id === current ? `studio-panel-${tab.id}` : undefined}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => props.onPick(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
