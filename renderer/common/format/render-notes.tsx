import { Fragment, type ReactNode } from 'react';

/**
 * `**bold**` and `*italic*` inside a line; italic may sit inside bold. Text is only ever React
 * text: whatever HTML someone pastes into notes is shown as typed, never interpreted.
 */
function inline(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  const pattern = /\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at > last) out.push(text.slice(last, at));
    const [, bold, italic] = match;
    const k = `${key}-${at}`;
    if (bold !== undefined) out.push(<strong key={k}>{inline(bold, k)}</strong>);
    else out.push(<em key={k}>{italic}</em>);
    last = at + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const LIST_ITEM = /^\s*[-•]\s+/;

/** One block between blank lines: runs of "- " lines become a list, other lines a paragraph. */
function block(lines: string[], key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const start = i;
    const isItem = LIST_ITEM.test(lines[i] ?? '');
    while (i < lines.length && LIST_ITEM.test(lines[i] ?? '') === isItem) i += 1;
    const run = lines.slice(start, i);
    const k = `${key}-${start}`;
    if (isItem)
      out.push(
        <ul key={k}>
          {run.map((line, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
            <li key={j}>{inline(line.replace(LIST_ITEM, ''), `${k}-${j}`)}</li>
          ))}
        </ul>,
      );
    else
      out.push(
        <p key={k}>
          {run.map((line, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
            <Fragment key={j}>
              {j > 0 && <br />}
              {inline(line, `${k}-${j}`)}
            </Fragment>
          ))}
        </p>,
      );
  }
  return out;
}

/** Markdown-lite notes as React elements: paragraphs, line breaks, "- " lists, bold and italic. */
export function renderNotes(text: string): ReactNode[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0)
    .flatMap((lines, i) => block(lines, `b${i}`));
}
