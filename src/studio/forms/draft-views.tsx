import type { Ref } from 'preact';
import { memo } from 'preact/compat';
import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'preact/hooks';
import type { JsonPath, Locale } from '../../engine';
import type { ShownDiagnostic } from '../../ui/scenario-check';
import { findingOffset } from '../editor/caret';
import { type EditorHandle, JsonEditor } from '../editor/json-editor';
import { tabPanel } from '../editor-tabs';
import { type FormHandle, FormView } from './form-view';
import { useSettledText } from './settled-text';

// Drawn again only when what they get changes: see useSettledText for the text each one gets.
const ShownForms = memo(FormView);
const ShownJson = memo(JsonEditor);

/** Whether the author is typing in a text field of the forms (not ticking, picking or clicking). */
function typingInForms(): boolean {
  const active = document.activeElement;
  return (
    active !== null &&
    active.closest('.form-view') !== null &&
    (active instanceof HTMLTextAreaElement ||
      (active instanceof HTMLInputElement && (active.type === 'text' || active.type === 'number')))
  );
}

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
 * needs JSON) and the advanced JSON view. Both stay mounted, so switching keeps each one's place. Hidden
 * (also under the map or the translation table: `view` null), the forms are not drawn again until shown.
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
  const { view, onText, onView } = props;
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

  const typed = useRef<string | null>(null);
  const onFormText = useCallback(
    (next: string) => {
      typed.current = typingInForms() ? next : null;
      onText(next);
    },
    [onText],
  );
  const formText = useSettledText(props.text, view === 'forms', typed.current);
  // The JSON view follows the text even hidden: its text area holds the draft for whoever reads it (the
  // browser tests do), and writing a hidden text area costs little beside drawing the forms.
  const showJson = useCallback(() => {
    onView('json');
    document.getElementById('studio-tab-json')?.focus();
  }, [onView]);

  return (
    <div class="draft-views">
      <div {...tabPanel('forms')} hidden={view !== 'forms'} onFocusOut={formText.settle}>
        <ShownForms
          text={formText.text}
          onText={onFormText}
          locale={props.locale}
          handle={forms}
          onShowJson={showJson}
        />
      </div>
      <div {...tabPanel('json')} hidden={view !== 'json'}>
        <ShownJson text={props.text} label={props.jsonLabel} onText={onText} handle={editor} />
      </div>
    </div>
  );
}
