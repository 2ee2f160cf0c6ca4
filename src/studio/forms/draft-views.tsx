import type { Ref } from 'preact';
import { useEffect, useImperativeHandle, useRef, useState } from 'preact/hooks';
import type { JsonPath, Locale } from '../../engine';
import type { ShownDiagnostic } from '../../ui/scenario-check';
import { findingOffset } from '../editor/caret';
import { type EditorHandle, JsonEditor } from '../editor/json-editor';
import { tabPanel } from '../editor-tabs';
import { type FormHandle, FormView } from './form-view';

/** The two views of the draft this component draws; the editor's tabs (EditorTabs) choose between them. */
export type DraftView = 'forms' | 'json';

/** What the editor's findings do: show the finding's field, in the forms when they have it. */
export interface DraftViewsHandle {
  reveal(finding: ShownDiagnostic): void;
  /** Shows an item (an event, an ending…) in the forms, its heading focused: what the map opens. */
  open(path: JsonPath): void;
}

/**
 * The two ways to edit a draft, as tab panels over the same text: the forms (first, so a new author never
 * needs JSON) and the advanced JSON view. Both stay mounted, so switching keeps each one's place.
 */
export function DraftViews(props: {
  text: string;
  onText(text: string): void;
  jsonLabel: string;
  locale: Locale;
  handle: Ref<DraftViewsHandle>;
  /** The view shown, or null while another tab of the editor (the map, the table) is. */
  view: DraftView | null;
  onView(view: DraftView): void;
}) {
  const { view } = props;
  const editor = useRef<EditorHandle>(null);
  const forms = useRef<FormHandle>(null);
  // A finding the forms cannot show opens the JSON view first, then puts the caret on it once shown.
  const [jsonReveal, setJsonReveal] = useState<number | null>(null);
  useEffect(() => {
    if (view !== 'json' || jsonReveal === null) return;
    editor.current?.reveal(jsonReveal);
    setJsonReveal(null);
  }, [view, jsonReveal]);

  // An item or finding to show in the forms once they are shown (from the map, or a finding pressed there).
  const [formReveal, setFormReveal] = useState<{ path: JsonPath; none(): void } | null>(null);
  useEffect(() => {
    if (view !== 'forms' || formReveal === null) return;
    forms.current?.reveal(formReveal.path, formReveal.none);
    setFormReveal(null);
  }, [view, formReveal]);

  useImperativeHandle(props.handle, () => ({
    reveal(finding) {
      const inJson = () => {
        props.onView('json');
        setJsonReveal(findingOffset(props.text, finding));
      };
      if (view === 'json') inJson();
      else if (view === 'forms') forms.current?.reveal(finding.path, inJson);
      else {
        props.onView('forms');
        setFormReveal({ path: finding.path, none: inJson });
      }
    },
    open(path) {
      props.onView('forms');
      setFormReveal({ path, none: () => document.getElementById('form-panel-heading')?.focus() });
    },
  }));

  return (
    <div class="draft-views">
      <div {...tabPanel('forms')} hidden={view !== 'forms'}>
        <FormView
          text={props.text}
          onText={props.onText}
          locale={props.locale}
          handle={forms}
          onShowJson={() => {
            props.onView('json');
            document.getElementById('studio-tab-json')?.focus();
          }}
        />
      </div>
      <div {...tabPanel('json')} hidden={view !== 'json'}>
        <JsonEditor text={props.text} label={props.jsonLabel} onText={props.onText} handle={editor} />
      </div>
    </div>
  );
}
