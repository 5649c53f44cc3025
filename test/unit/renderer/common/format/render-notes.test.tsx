// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderNotes } from '../../../../../renderer/common/format/render-notes.tsx';

afterEach(cleanup);

const show = (notes: string) =>
  render(<div data-testid="notes">{renderNotes(notes)}</div>).getByTestId('notes');

describe('segment notes in Markdown-lite', () => {
  it('turn **bold**, *italic*, paragraphs and "- " lists into their elements', () => {
    const notes = show(
      'They read **on the train**, *mostly* in the morning.\nSecond line.\n\nWhat they want:\n- recipes in **under *20* minutes**\n- no jargon',
    );
    expect(notes.innerHTML).toBe(
      '<p>They read <strong>on the train</strong>, <em>mostly</em> in the morning.<br>Second line.</p>' +
        '<p>What they want:</p>' +
        '<ul><li>recipes in <strong>under <em>20</em> minutes</strong></li><li>no jargon</li></ul>',
    );
  });

  it('show pasted HTML as the text it is: nothing is run or loaded', () => {
    const attack = '<img src=x onerror="alert(1)"> and <script>alert(2)</script> **<b>bold</b>**';
    const notes = show(attack);
    expect(notes.querySelector('img, script, b')).toBeNull();
    expect(notes.textContent).toBe(
      '<img src=x onerror="alert(1)"> and <script>alert(2)</script> <b>bold</b>',
    );
    expect(notes.querySelector('strong')?.textContent).toBe('<b>bold</b>');
  });

  it('leave lone asterisks, such as a multiplication, alone', () => {
    expect(show('2 * 3 * 4 = 24').innerHTML).toBe('<p>2 * 3 * 4 = 24</p>');
  });

  it('give nothing for blank notes', () => {
    expect(renderNotes('  \n\n \n')).toEqual([]);
  });
});
