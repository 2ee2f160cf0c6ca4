import { useEffect, useRef, useState } from 'preact/hooks';
import { localize, useUi } from './context';
import { OpenFile } from './open-file';

export function SelectScreen(props: { onPlay(id: string): void; onBack(): void }) {
  const { m, locale, library } = useUi();
  const [cards, setCards] = useState(() => library.cards());
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
            <button type="button" class="primary" onClick={() => props.onPlay(card.id)}>
              {m.play}
              <span class="visually-hidden">: {localize(card.title, locale)}</span>
            </button>
          </li>
        ))}
      </ul>
      <OpenFile
        onOpened={(id) => {
          setCards(library.cards());
          props.onPlay(id);
        }}
      />
    </main>
  );
}
