import type { Ref } from 'preact';
import { useEffect, useImperativeHandle, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../engine';
import type { ShownDiagnostic } from '../../ui/scenario-check';
import { findingOffset } from '../editor/caret';
import { type EditorHandle, JsonEditor } from '../editor/json-editor';
import { formMessages } from '../i18n/forms';
import { type FormHandle, FormView } from './form-view';

type View = 'forms' | 'json';
const VIEWS: readonly View[] = ['forms', 'json'];

/** What the editor's findings do: show the finding's field, in the forms when they have it. */
export interface DraftViewsHandle {
  reveal(finding: ShownDiagnostic): void;
}

/**
 * The two ways to edit a draft, as tabs over the same text: the forms (first, so a new author never
 * needs JSON) and the advanced JSON view. Both stay mounted, so switching keeps each one's place.
 */
export function DraftViews(props: {
  text: string;
  onText(text: string): void;
  jsonLabel: string;
  locale: Locale;
  handle: Ref<DraftViewsHandle>;
}) {
  const f = formMessages(props.locale);
  const [view, setView] = useState<View>('forms');
  const editor = useRef<EditorHandle>(null);
  const forms = useRef<FormHandle>(null);
  const tabs = useRef<Record<View, HTMLButtonElement | null>>({ forms: null, json: null });
  // A finding the forms cannot show opens the JSON view first, then puts the caret on it once shown.
  const [jsonReveal, setJsonReveal] = useState<number | null>(null);
  useEffect(() => {
    if (view !== 'json' || jsonReveal === null) return;
    editor.current?.reveal(jsonReveal);
    setJsonReveal(null);
  }, [view, jsonReveal]);

  useImperativeHandle(props.handle, () => ({
    reveal(finding) {
      const inJson = () => {
        setView('json');
        setJsonReveal(findingOffset(props.text, finding));
      };
      if (view === 'forms') forms.current?.reveal(finding.path, inJson);
      else inJson();
    },
  }));

  const choose = (next: View, focus: boolean) => {
    setView(next);
    if (focus) tabs.current[next]?.focus();
  };
  return (
    <div class="draft-views">
      <div class="draft-view-tabs" role="tablist" aria-label={f.viewTabs}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={`studio-tab-${v}`}
            aria-controls={`studio-panel-${v}`}
            aria-selected={view === v}
            tabIndex={view === v ? 0 : -1}
            ref={(el) => {
              tabs.current[v] = el;
            }}
            onClick={() => choose(v, false)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
              e.preventDefault();
              choose(v === 'forms' ? 'json' : 'forms', true);
            }}
          >
            {v === 'forms' ? f.formsTab : f.jsonTab}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="studio-panel-forms"
        aria-labelledby="studio-tab-forms"
        hidden={view !== 'forms'}
      >
        <FormView
          text={props.text}
          onText={props.onText}
          locale={props.locale}
          handle={forms}
          onShowJson={() => choose('json', true)}
        />
      </div>
      <div role="tabpanel" id="studio-panel-json" aria-labelledby="studio-tab-json" hidden={view !== 'json'}>
        <JsonEditor text={props.text} label={props.jsonLabel} onText={props.onText} handle={editor} />
      </div>
    </div>
  );
}
