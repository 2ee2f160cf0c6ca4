import './styles/expert-view.css';
import type { ExpertGroupView } from '../engine';
import { localize, useUi } from './context';

/**
 * Every option of one decision with the author's expert view of it (what it protects, what it costs),
 * the one taken marked in words and by a rule, not by colour. The facilitator's reveal shows it after a
 * vote; the debrief shows it under every decision, so the roads not taken are weighed beside the one
 * taken. Not a verdict: a second opinion the room can argue with.
 */
export function ExpertView(props: {
  groups: readonly ExpertGroupView[];
  heading: string;
  /** What to call the option taken: "Taken", or "Proposed" for a negotiation that ended without a deal. */
  takenLabel: string;
}) {
  const { locale } = useUi();
  return (
    <div class="expert-view">
      <h4>{props.heading}</h4>
      {props.groups.map((group) => (
        <div key={group.clause?.id ?? 'choices'} class="expert-group">
          {group.clause && <h5>{localize(group.clause.label, locale)}</h5>}
          <ul>
            {group.options.map((option) => (
              <li key={option.id} class={option.chosen ? 'expert-option chosen-choice' : 'expert-option'}>
                <p class="expert-option-text">
                  {option.chosen && <strong>{props.takenLabel}: </strong>}
                  {localize(option.text, locale)}
                </p>
                {option.expert && <p class="expert-line">{localize(option.expert, locale)}</p>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
