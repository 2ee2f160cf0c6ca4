import { useState } from 'preact/hooks';
import type { Locale } from '../engine';
import { byLastEdited, type Draft, type DraftLabel, draftText, labelOf } from './drafts/draft';
import type { StudioMessages } from './i18n';

/** A draft's name: its title in the player's language, else in the other, else its id. */
export function labelName(label: DraftLabel, locale: Locale, untitled: string): string {
  return label.title?.[locale] || label.title?.en || label.title?.ko || label.id || untitled;
}

export function draftName(draft: Draft, locale: Locale, untitled: string): string {
  return labelName(labelOf(draftText(draft)), locale, untitled);
}

/** The drafts kept in this browser, newest first, to reopen or delete (deleting asks first). */
export function DraftList(props: {
  drafts: readonly Draft[];
  locale: Locale;
  s: StudioMessages;
  onOpen(draft: Draft): void;
  onDelete(draft: Draft): void;
}) {
  const { s, locale } = props;
  const [confirming, setConfirming] = useState<string | null>(null);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="studio-drafts" aria-labelledby="studio-drafts-heading">
      <h2 id="studio-drafts-heading">{s.draftsHeading}</h2>
      {props.drafts.length === 0 && <p>{s.noDrafts}</p>}
      <ul>
        {byLastEdited(props.drafts).map((draft) => {
          const name = draftName(draft, locale, s.untitled);
          const id = labelOf(draftText(draft)).id;
          return (
            <li key={draft.key} class="studio-draft">
              <p class="draft-name">
                <strong>
                  <bdi>{name}</bdi>
                </strong>
                {id !== null && (
                  <>
                    {' '}
                    <code>
                      <bdi>{id}</bdi>
                    </code>
                  </>
                )}
              </p>
              <p class="draft-edited">{s.draftEdited(when.format(draft.updatedAt))}</p>
              {confirming === draft.key ? (
                <div class="draft-actions">
                  <p>{s.confirmDelete(name)}</p>
                  <button type="button" class="danger" onClick={() => props.onDelete(draft)}>
                    {s.confirmDeleteYes}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {s.confirmDeleteNo}
                  </button>
                </div>
              ) : (
                <div class="draft-actions">
                  <button type="button" class="primary" onClick={() => props.onOpen(draft)}>
                    {s.reopen}
                    <span class="visually-hidden">: {name}</span>
                  </button>
                  <button type="button" onClick={() => setConfirming(draft.key)}>
                    {s.delete}
                    <span class="visually-hidden">: {name}</span>
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
