import type { Locale } from '../../engine';
import type { FormMessages } from '../i18n/forms';
import type { JsonObject } from './biome-json';
import type { Declared } from './draft-doc';
import type { FormWriter } from './form-writer';

/** What every form is drawn from and writes to: the parsed draft, its declared ids, the writer, strings. */
export interface FormContext {
  readonly doc: JsonObject;
  readonly declared: Declared;
  readonly w: FormWriter;
  readonly f: FormMessages;
  /** The author's language: names of declared things are shown in it. */
  readonly locale: Locale;
  /** Each declared id's name in the author's language, shown beside the id where one is picked. */
  readonly names: DeclaredNames;
}

export type DeclaredNames = Readonly<
  Record<'events' | 'meters' | 'characters' | 'objectives', Readonly<Record<string, string>>>
>;
