/**
 * A draft's text as a JSON value, parsed once per text: the forms, the draft's name and its file name all
 * read the text the author just changed, and a flagship takes milliseconds to parse each time. The value
 * is kept for the last text only and shared: no caller changes it.
 */
let last: { readonly text: string; readonly value: unknown } | null = null;

/** Stands for a text that is not JSON. */
export const NOT_JSON: unique symbol = Symbol('not JSON');

export function parsedText(text: string): unknown {
  if (last?.text === text) return last.value;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = NOT_JSON;
  }
  last = { text, value };
  return value;
}
