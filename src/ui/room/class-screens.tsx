import type { shippedScenarios } from 'virtual:scenario-catalog';
import { useMemo } from 'preact/hooks';
import type { Locale } from '../../engine';
import type { BrowserStore } from './browser-store';
import { ClassControlScreen } from './class-control-screen';
import { ClassStudentScreen } from './class-student-screen';
import { gameParts } from './game-ui';

/**
 * The class room's two screens, a chunk of their own (they carry the game's play screen and the class
 * debrief), loaded only when a teacher opens a class room or a student joins one.
 */
interface Common {
  readonly store: BrowserStore;
  readonly storage: Storage | null;
  readonly cards: typeof shippedScenarios;
  readonly onSwitch: (locale: Locale) => void;
}

export function ClassTeacher(props: Common & { readonly onWorkshop: () => void }) {
  const parts = useMemo(() => gameParts(props.storage, props.cards), [props.storage, props.cards]);
  return (
    <ClassControlScreen
      store={props.store}
      cards={props.cards}
      parts={parts}
      onSwitch={props.onSwitch}
      onWorkshop={props.onWorkshop}
    />
  );
}

export function ClassStudent(props: Common & { readonly code: string; readonly onWorkshop: () => void }) {
  // A code handed over by the join screen was already submitted there.
  const parts = useMemo(() => gameParts(props.storage, props.cards), [props.storage, props.cards]);
  return (
    <ClassStudentScreen
      store={props.store}
      parts={parts}
      code={props.code}
      autoJoin={props.code !== ''}
      onSwitch={props.onSwitch}
      onWorkshop={props.onWorkshop}
    />
  );
}
