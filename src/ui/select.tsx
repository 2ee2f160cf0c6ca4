import './styles/select.css';
import './styles/facilitator-setup.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { makeClassCode } from '../classroom/class-code';
import { normalizeTyped } from '../classroom/typed-text';
import { ownValue } from '../engine';
import { localize, useUi } from './context';
import { ClassCodeEntry } from './facilitator/class-code-entry';
import { MadeCode } from './facilitator/made-code';
import { newClassSeed, type StartRequest } from './facilitator/workshop';
import { WorkshopOptions } from './facilitator/workshop-options';
import { OpenFile } from './open-file';

export function SelectScreen(props: { onPlay(id: string, start?: StartRequest): void; onBack(): void }) {
  const { m, locale, library } = useUi();
  const [cards, setCards] = useState(() => library.cards());
  const [workshop, setWorkshop] = useState(false);
  const [group, setGroup] = useState('');
  // Class codes a teacher made here, by scenario: Play then uses the code's seed too.
  const [made, setMade] = useState<Readonly<Record<string, { code: string; seed: number }>>>({});
  const start = (id: string): StartRequest | undefined => {
    const code = ownValue(made, id);
    if (!workshop && code === undefined) return undefined;
    const team = normalizeTyped(group).slice(0, 60);
    return {
      ...(code === undefined ? {} : { seed: code.seed }),
      session: {
        mode: workshop ? 'facilitator' : 'solo',
        classCode: code?.code ?? null,
        team: workshop && team !== '' ? team : null,
      },
    };
  };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main class="screen select-screen" aria-labelledby="select-heading">
      <header class="screen-header">
        <button type="button" class="back" onClick={props.onBack}>
          {m.back}
        </button>
        <h1 id="select-heading" tabIndex={-1} ref={heading}>
          {m.chooseScenario}
        </h1>
      </header>
      <div class="select-tools">
        <ClassCodeEntry onStart={props.onPlay} />
        <WorkshopOptions enabled={workshop} group={group} onEnabled={setWorkshop} onGroup={setGroup} />
      </div>
      <ul class="scenario-cards">
        {cards.map((card) => (
          <li key={card.id} class="scenario-card">
            <h2>{localize(card.title, locale)}</h2>
            <p class="minutes">{m.minutes(card.minutes)}</p>
            <p>{localize(card.summary, locale)}</p>
            {card.objectives.length > 0 && (
              <details>
                <summary>{m.objectives}</summary>
                <ul>
                  {card.objectives.map((o) => (
                    <li key={o.id}>
                      <strong>{localize(o.title, locale)}</strong> — {localize(o.summary, locale)}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {ownValue(made, card.id) !== undefined && (
              <MadeCode code={ownValue(made, card.id)?.code ?? ''} title={localize(card.title, locale)} />
            )}
            <div class="card-actions">
              <button type="button" class="primary" onClick={() => props.onPlay(card.id, start(card.id))}>
                {workshop ? m.startWorkshop : m.play}
                <span class="visually-hidden">: {localize(card.title, locale)}</span>
              </button>
              {card.classKey !== undefined && (
                <button
                  type="button"
                  class="make-code"
                  onClick={() => {
                    const seed = newClassSeed();
                    const key = card.classKey as string;
                    setMade({ ...made, [card.id]: { code: makeClassCode(key, seed), seed } });
                  }}
                >
                  {m.makeClassCode}
                  <span class="visually-hidden">: {localize(card.title, locale)}</span>
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <OpenFile
        onOpened={(id) => {
          setCards(library.cards());
          // With "Run a workshop" ticked, an author's own file plays as a workshop too.
          props.onPlay(id, start(id));
        }}
      />
    </main>
  );
}
