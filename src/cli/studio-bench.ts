import { HistoryEncoder } from '../studio/drafts/stored-history';
import { setAt } from '../studio/forms/json-edit';
import { textRows } from '../studio/translate/text-rows';
import { median } from './engine-bench';

/**
 * What the studio does to a scenario's text as its author edits, each as a ratio to JSON.parse of the
 * same text measured in the same rounds (so a busy machine moves both alike): a keystroke in a form
 * field (a minimal edit into the text its previous keystroke made), the first keystroke in a field
 * (that edit into a text not yet read), a translation table cell (the edit and the table's rows read
 * again), and the save of a draft with a full undo history, as stored against whole texts.
 */
export interface StudioEditCosts {
  readonly parseMs: number;
  readonly keystroke: number;
  readonly firstKeystroke: number;
  readonly cellEdit: number;
  readonly save: number;
  /** The whole-text save (what was stored before the history was kept as changes), same scale. */
  readonly wholeTextSave: number;
}

const ROUNDS = 7;
const REPEATS = 10;
const HISTORY_STEPS = 100;

export function measureStudioEdits(text: string): StudioEditCosts {
  const rows = textRows(text);
  const row = rows[Math.floor(rows.length / 2)];
  if (row === undefined) throw new Error('the scenario has no texts to edit');
  const field = [...row.path, 'en'];
  const other = [...(rows[0]?.path ?? row.path), 'en'];
  const typed = (n: number) => `${row.en} ${'x'.repeat(n)}`;

  // A history of a hundred edits, each a word typed into one text, as the studio records them.
  const history = { past: [] as string[], present: text, future: [] as string[] };
  for (let i = 0; i < HISTORY_STEPS; i++) {
    history.past.push(history.present);
    history.present = setAt(history.present, field, typed(i));
  }
  const encoder = new HistoryEncoder();
  encoder.encode({ ...history, past: history.past.slice(0, -1), present: history.past.at(-1) ?? text });

  const time = (work: (i: number) => void) => {
    const startedAt = performance.now();
    for (let i = 0; i < REPEATS; i++) work(i);
    return (performance.now() - startedAt) / REPEATS;
  };
  const samples = { parse: [] as number[], key: [] as number[], first: [] as number[], cell: [] as number[] };
  const saves: number[] = [];
  const wholeSaves: number[] = [];
  for (let round = -1; round < ROUNDS; round++) {
    const parse = time(() => JSON.parse(text));
    let current = setAt(text, field, typed(0));
    const key = time((i) => {
      current = setAt(current, field, typed(i + 1));
    });
    // A space added at the end makes each text one the edits have not read yet.
    const first = time((i) => setAt(`${text}${' '.repeat(i + 1)}`, other, typed(i)));
    const cell = time((i) => textRows(setAt(`${text}${' '.repeat(i + 1)}`, other, typed(i))));
    const save = time(() => structuredClone(encoder.encode(history)));
    const wholeSave = time(() => structuredClone(history));
    if (round < 0) continue; // the warm-up round, for the JIT
    samples.parse.push(parse);
    samples.key.push(key / parse);
    samples.first.push(first / parse);
    samples.cell.push(cell / parse);
    saves.push(save / parse);
    wholeSaves.push(wholeSave / parse);
  }
  return {
    parseMs: median(samples.parse),
    keystroke: median(samples.key),
    firstKeystroke: median(samples.first),
    cellEdit: median(samples.cell),
    save: median(saves),
    wholeTextSave: median(wholeSaves),
  };
}
