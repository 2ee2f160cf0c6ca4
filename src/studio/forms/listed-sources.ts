import sourcesMarkdown from '../../../docs/sources.md?raw';

/** An address docs/sources.md lists, with the heading of its entry to recognise it by. */
export interface ListedSource {
  readonly url: string;
  readonly title: string;
}

/**
 * The addresses the project's sources file lists (the same fenced `json` blocks `validate` reads for
 * LD505), so the reference form can offer them and mark one that is not listed. Read from the file at
 * build time, into the studio's own chunk only.
 */
export function listedSources(markdown: string = sourcesMarkdown): ListedSource[] {
  const sources: ListedSource[] = [];
  let title = '';
  for (const part of markdown.split(/^(```json\n[\s\S]*?^```)$/m)) {
    if (part.startsWith('```json')) {
      for (const url of part.matchAll(/https?:\/\/[^\s"'<>]+/g)) sources.push({ url: url[0], title });
    } else {
      const headings = [...part.matchAll(/^#{2,4} (.+)$/gm)];
      title = headings.at(-1)?.[1]?.trim() ?? title;
    }
  }
  return sources;
}
