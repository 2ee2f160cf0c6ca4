import './map.css';
import { useMemo, useState } from 'preact/hooks';
import type { JsonPath, Locale, Scenario } from '../../engine';
import type { ShownDiagnostic } from '../../ui/scenario-check';
import { mapMessages } from '../i18n/map';
import { buildGraph, EDGE_KINDS, type EdgeKind, type NodeKey } from './graph';
import { HeatControls, HeatFindings, RUN_CHOICES } from './heat-panel';
import { type HeatSelection, heatByNode } from './heat-shares';
import { layoutGraph } from './layout';
import { ListView } from './list-view';
import { MapView } from './map-view';
import { pinFindings } from './pinned-findings';
import { useHeat } from './use-heat';

const ZOOMS = [0.5, 0.67, 0.8, 1, 1.25, 1.5] as const;
const DEFAULT_ZOOM = 3;

/**
 * The map tab of the draft editor: the draft's graph as a map or a list, its findings pinned, and the
 * simulation heat. It draws the last scenario that loaded, so a draft with an error keeps its map (and
 * the error pinned where its path falls) while the author fixes it.
 */
export function MapTab(props: {
  scenario: Scenario | null;
  findings: readonly ShownDiagnostic[];
  text: string;
  playable: boolean;
  locale: Locale;
  onOpen(path: JsonPath): void;
  onFinding(finding: ShownDiagnostic): void;
}) {
  const m = mapMessages(props.locale);
  const graph = useMemo(
    () => (props.scenario === null ? null : buildGraph(props.scenario)),
    [props.scenario],
  );
  const layout = useMemo(() => (graph === null ? null : layoutGraph(graph)), [graph]);
  const pinned = useMemo(
    () => (graph === null ? null : pinFindings(graph, props.findings)),
    [graph, props.findings],
  );
  const [mode, setMode] = useState<'map' | 'list'>('map');
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);
  const [shown, setShown] = useState<ReadonlySet<EdgeKind>>(new Set(EDGE_KINDS));
  const [focus, setFocus] = useState<NodeKey | null>(null);
  const [runs, setRuns] = useState<number>(RUN_CHOICES[1]);
  const [selection, setSelection] = useState<HeatSelection>('all');
  const heat = useHeat();
  const shares = useMemo(
    () => (heat.finished === null ? null : heatByNode(heat.finished.result, selection)),
    [heat.finished, selection],
  );
  if (graph === null || layout === null || pinned === null)
    return <p class="studio-warning">{m.needsParse}</p>;
  const current = focus !== null && layout.placed.has(focus) ? focus : (layout.columns[0]?.keys[0] ?? null);
  const goToFinding = (findings: readonly ShownDiagnostic[]) => {
    const first = findings[0];
    if (first !== undefined) props.onFinding(first);
  };
  const toggle = (kind: EdgeKind) => {
    const next = new Set(shown);
    if (!next.delete(kind)) next.add(kind);
    setShown(next);
  };
  const labels = props.scenario?.calendar.labels ?? [];
  return (
    <div class="studio-map-tab">
      <div class="studio-map-toolbar">
        <fieldset class="map-mode">
          <legend>{m.showAs}</legend>
          {(['map', 'list'] as const).map((which) => (
            <button key={which} type="button" aria-pressed={mode === which} onClick={() => setMode(which)}>
              {which === 'map' ? m.asMap : m.asList}
            </button>
          ))}
        </fieldset>
        {mode === 'map' && (
          <fieldset class="map-zoom">
            <legend>{m.zoomLevel(Math.round((ZOOMS[zoom] ?? 1) * 100))}</legend>
            <button type="button" onClick={() => setZoom(Math.max(0, zoom - 1))} disabled={zoom === 0}>
              {m.zoomOut}
            </button>
            <button
              type="button"
              onClick={() => setZoom(Math.min(ZOOMS.length - 1, zoom + 1))}
              disabled={zoom === ZOOMS.length - 1}
            >
              {m.zoomIn}
            </button>
            <button type="button" onClick={() => setZoom(ZOOMS.indexOf(1))}>
              {m.zoomReset}
            </button>
          </fieldset>
        )}
        {mode === 'map' && (
          <fieldset class="map-edge-kinds">
            <legend>{m.edgesShown}</legend>
            {EDGE_KINDS.map((kind) => (
              <label key={kind} class="checkbox edge-kind">
                <input type="checkbox" checked={shown.has(kind)} onChange={() => toggle(kind)} />
                <svg width="28" height="10" aria-hidden="true" class={`map-edge edge-${kind} strong`}>
                  <path d="M1,5 L27,5" />
                </svg>
                {m.edgeKinds[kind]}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <HeatControls
        m={m}
        status={heat.status}
        finished={heat.finished}
        stale={heat.finished !== null && heat.finished.text !== props.text}
        playable={props.playable}
        runs={runs}
        onRuns={setRuns}
        onRun={() => heat.run(props.text, runs)}
        onCancel={heat.cancel}
        selection={selection}
        onSelection={setSelection}
      />
      {pinned.elsewhere.length > 0 && (
        <p class="map-elsewhere">{m.findingsElsewhere(pinned.elsewhere.length)}</p>
      )}
      {mode === 'map' && current !== null ? (
        <>
          <MapView
            graph={graph}
            layout={layout}
            locale={props.locale}
            m={m}
            turnLabels={labels}
            zoom={ZOOMS[zoom] ?? 1}
            shown={shown}
            heat={shares}
            pinned={pinned.byNode}
            focus={current}
            onFocus={setFocus}
            onOpen={(node) => props.onOpen(node.path)}
            onBadge={goToFinding}
          />
          <p id="studio-map-hint" class="map-hint">
            {m.mapHint}
          </p>
        </>
      ) : (
        <ListView
          graph={graph}
          layout={layout}
          locale={props.locale}
          m={m}
          turnLabels={labels}
          heat={shares}
          pinned={pinned.byNode}
          onOpen={(node) => props.onOpen(node.path)}
          onBadge={goToFinding}
        />
      )}
      {heat.finished !== null && <HeatFindings m={m} finished={heat.finished} locale={props.locale} />}
    </div>
  );
}
