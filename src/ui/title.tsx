import './styles/title.css';
import { useEffect, useRef } from 'preact/hooks';
import titleArt from '../../assets/title.svg';
import { LOCALES, type Locale } from '../engine';
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
  onStudio?(): void;
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
        <img src={titleArt} alt="" width="480" height="240" />
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
        {props.onStudio && (
          <button type="button" class="studio-entry" onClick={props.onStudio}>
            {m.scenarioStudio}
          </button>
        )}
      </nav>
      <LanguageSwitch />
      <p class="training-notice">{m.trainingNotice}</p>
    </main>
  );
}
