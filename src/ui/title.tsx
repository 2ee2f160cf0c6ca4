import { useEffect, useRef } from 'preact/hooks';
import { LOCALES, type Locale } from '../engine/locales';
import { messagesFor } from '../i18n';
import { useUi } from './context';
import { focusFirstControl } from './first-focus';
import { useStore } from './use-store';

export function LanguageSwitch() {
  const { settings, m, locale } = useUi();
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{m.switchLanguage}</legend>
      {LOCALES.map((code: Locale) => (
        <button
          type="button"
          key={code}
          lang={code}
          aria-pressed={code === locale}
          onClick={() => settings.getState().update({ locale: code })}
        >
          {messagesFor(code).languageName}
        </button>
      ))}
    </fieldset>
  );
}

export function TitleScreen(props: {
  onNew(): void;
  onContinue(): void;
  onSettings(): void;
  onAbout(): void;
  onClassDebrief?(): void;
}) {
  const { m, game } = useUi();
  const canResume = useStore(game, (s) => s.canResume);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const stop = first.current ? focusFirstControl(first.current) : undefined;
    // Signals the bench (and anyone curious) that the title can take input.
    (window as { __labDoorsReady?: number }).__labDoorsReady ??= performance.now();
    return stop;
  }, []);
  return (
    <main class="screen title-screen" aria-labelledby="title-heading">
      <div class="title-art" aria-hidden="true">
        <TitleDoors />
      </div>
      <h1 id="title-heading">{m.appName}</h1>
      <p class="tagline">{m.tagline}</p>
      <nav class="title-actions" aria-label={m.appName}>
        {canResume && (
          <button type="button" class="primary" ref={first} onClick={props.onContinue}>
            {m.continueGame}
          </button>
        )}
        <button
          type="button"
          class={canResume ? '' : 'primary'}
          ref={canResume ? undefined : first}
          onClick={props.onNew}
        >
          {m.newGame}
        </button>
        <button type="button" onClick={props.onSettings}>
          {m.settings}
        </button>
        <button type="button" onClick={props.onAbout}>
          {m.about}
        </button>
        {props.onClassDebrief && (
          <button type="button" class="class-debrief-entry" onClick={props.onClassDebrief}>
            {m.classDebrief}
          </button>
        )}
      </nav>
      <LanguageSwitch />
      <p class="training-notice">{m.trainingNotice}</p>
    </main>
  );
}

/** Three doors, one ajar: the game's emblem, drawn for this screen. */
function TitleDoors() {
  return (
    <svg viewBox="0 0 240 120" width="240" height="120" aria-hidden="true">
      <rect x="0" y="108" width="240" height="6" rx="2" class="art-floor" />
      {[20, 95, 170].map((x, i) => (
        <g key={x}>
          <rect x={x} y="18" width="50" height="90" rx="3" class="art-frame" />
          {i === 1 ? (
            <>
              <rect x={x + 4} y="22" width="42" height="86" class="art-light" />
              <path d={`M${x + 4} 22 L${x + 22} 28 L${x + 22} 102 L${x + 4} 108 Z`} class="art-door-open" />
            </>
          ) : (
            <>
              <rect x={x + 4} y="22" width="42" height="86" class="art-door" />
              <circle cx={x + 38} cy="66" r="3" class="art-knob" />
            </>
          )}
        </g>
      ))}
    </svg>
  );
}
