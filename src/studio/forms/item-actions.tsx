import type { JsonValue } from './biome-json';
import type { Path } from './draft-doc';
import type { FormContext } from './form-context';

/**
 * Move up, move down and remove for one element of a list (choices, events, endings, …). Each button
 * names its item for a screen reader; removing the last element of a list the format requires non-empty
 * is not offered (`min`).
 */
export function ItemActions(props: {
  path: Path;
  index: number;
  count: number;
  value: JsonValue;
  name: string;
  c: FormContext;
  min?: number;
  onMoved?(index: number): void;
}) {
  const { path, index, count, c } = props;
  const { f, w } = c;
  const move = (to: number) => {
    w.move(path, index, to, props.value);
    props.onMoved?.(to);
  };
  return (
    <div class="form-item-actions">
      <button type="button" disabled={index === 0} onClick={() => move(index - 1)}>
        ↑ {f.up}
        <Named name={props.name} />
      </button>
      <button type="button" disabled={index === count - 1} onClick={() => move(index + 1)}>
        ↓ {f.down}
        <Named name={props.name} />
      </button>
      <button
        type="button"
        class="danger"
        disabled={count <= (props.min ?? 0)}
        onClick={() => (count === 1 ? w.remove(path) : w.remove([...path, index]))}
      >
        {f.remove}
        <Named name={props.name} />
      </button>
    </div>
  );
}

/** The item's name, heard by a screen reader after the button's visible word (which starts its name). */
const Named = (props: { name: string }) => <span class="visually-hidden">: {props.name}</span>;
