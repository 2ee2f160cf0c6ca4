import './view-tabs.css';

/**
 * The draft editor's tab bar (WAI-ARIA tabs, activated on focus): the JSON view, the map, and whatever
 * views come next. Left and Right move between tabs, Home and End go to the first and last.
 */
export function ViewTabs<Id extends string>(props: {
  label: string;
  tabs: readonly { readonly id: Id; readonly label: string }[];
  current: Id;
  onSelect(id: Id): void;
}) {
  const { tabs } = props;
  const move = (event: KeyboardEvent, index: number) => {
    const to =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[to];
    if (tab === undefined) return;
    event.preventDefault();
    props.onSelect(tab.id);
    document.getElementById(tabId(tab.id))?.focus();
  };
  return (
    <div class="studio-view-tabs" role="tablist" aria-label={props.label}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          aria-selected={tab.id === props.current}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === props.current ? 0 : -1}
          onClick={() => props.onSelect(tab.id)}
          onKeyDown={(event) => move(event, i)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export const tabId = (id: string) => `studio-tab-${id}`;
export const panelId = (id: string) => `studio-panel-${id}`;
