import './forms.css';
import type { Ref } from 'preact';
import { useEffect, useImperativeHandle, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../engine';
import { formMessages } from '../i18n/forms';
import { declaredIn, fieldId, listAt, objectAt, type Path, parseDraft } from './draft-doc';
import type { FormContext } from './form-context';
import { FormNavigator, itemName, namesIn } from './form-navigator';
import { useFormWriter } from './form-writer';
import { ItemPanel } from './item-panel';
import { pathOf, SCENARIO, type Selection, sameSelection, selectionOf } from './selection';

/** What the editor asks of the forms: show the field at a finding's path, or say it has none. */
export interface FormHandle {
  /** Selects the item the path is in and focuses its field; calls `none` when the forms have no such field. */
  reveal(path: Path, none: () => void): void;
}

/**
 * The form view of a draft: a navigator of the file's parts and the selected item's fields. It reads
 * the parsed text and writes through json-edit, so the text stays the one source of truth (undo, redo
 * and saving work on it as on typing in the JSON view).
 */
export function FormView(props: {
  text: string;
  onText(text: string): void;
  locale: Locale;
  handle: Ref<FormHandle>;
  onShowJson(): void;
}) {
  const f = formMessages(props.locale);
  const doc = useMemo(() => parseDraft(props.text), [props.text]);
  const declared = useMemo(() => (doc === null ? null : declaredIn(doc)), [doc]);
  const w = useFormWriter(props.text, props.onText);
  const [selected, setSelected] = useState<Selection>(SCENARIO);
  const [pending, setPending] = useState<{ path: Path; none(): void } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusHeading, setFocusHeading] = useState(0);

  useImperativeHandle(props.handle, () => ({
    reveal(path, none) {
      setSelected(selectionOf(path));
      setPending({ path, none });
    },
  }));
  useEffect(() => {
    if (pending === null) return;
    setPending(null);
    if (!focusField(pending.path)) pending.none();
  }, [pending]);
  useEffect(() => {
    if (focusHeading > 0) heading.current?.focus();
  }, [focusHeading]);

  if (doc === null || declared === null) {
    return (
      <div class="form-view form-unreadable">
        <p>{f.notJson}</p>
        <button type="button" onClick={props.onShowJson}>
          {f.showJson}
        </button>
      </div>
    );
  }
  const c: FormContext = { doc, declared, w, f, locale: props.locale, names: namesIn(doc, props.locale) };
  // An item removed (by undo, or in the JSON view) leaves the selection past its list: show the scenario.
  const shown =
    selected.section === 'scenario' || selected.index < listAt(doc[selected.section]).length
      ? selected
      : SCENARIO;
  const title =
    shown.section === 'scenario'
      ? f.sections.scenario
      : `${f.sections[shown.section]}: ${itemName(shown.section, objectAt(listAt(doc[shown.section])[shown.index]), props.locale)}`;
  return (
    <div class="form-view">
      <FormNavigator
        c={c}
        locale={props.locale}
        selected={shown}
        onSelect={(next) => {
          if (!sameSelection(next, shown)) setSelected(next);
          setFocusHeading((n) => n + 1);
        }}
      />
      <section class="form-panel" aria-labelledby="form-panel-heading" key={pathOf(shown).join('.')}>
        <h2 id="form-panel-heading" tabIndex={-1} ref={heading}>
          <bdi>{title}</bdi>
        </h2>
        <ItemPanel selection={shown} c={c} onSelect={setSelected} />
      </section>
    </div>
  );
}

/**
 * Focuses the field for `path`, or the nearest one holding it (a text's pair of areas, a condition),
 * preferring a field marked invalid inside it. Only the path itself or its parent counts: a finding on
 * a key the forms do not show (an unknown key) goes to the JSON view instead.
 */
function focusField(path: Path): boolean {
  for (const length of [path.length, path.length - 1]) {
    if (length < 1) continue;
    const element = document.getElementById(fieldId(path.slice(0, length)));
    if (element === null) continue;
    const target = element.matches('input, select, textarea')
      ? element
      : (element.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        element.querySelector<HTMLElement>('input, select, textarea'));
    if (target === null) continue;
    target.focus();
    target.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}
