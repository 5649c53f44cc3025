import type {
  PageAnchor,
  PageDialog,
  PageElement,
  PageField,
  PageGlobals,
  PageScriptData,
} from './page-dom.ts';
import type { SealAnswer, sealReply } from './page-seal.ts';
import type { answerStore, PageChoice } from './page-store.ts';

/**
 * The approval page's own code. It is embedded as its source text (`toString`) and called with
 * those of `sealReply` and `answerStore`, so it must stand alone: it names nothing outside its
 * body but types, which are gone once it is JavaScript.
 */
export function approvalPageScript(seal: typeof sealReply, store: typeof answerStore): void {
  const g = globalThis as unknown as PageGlobals;
  const doc = g.document;
  const data = JSON.parse(doc.getElementById('calepin-plan')?.textContent ?? 'null') as PageScriptData;
  const cards = [...doc.querySelectorAll('[data-post]')];
  const count = doc.getElementById('count');
  const status = doc.getElementById('status');
  // One plan's answers apart from another's: two plans may be open from the same folder.
  const { choices, keep } = store(`calepin-approval:${data.sig}`);
  // Asking for a change without a comment is allowed, after one gentle word.
  let warned = false;

  const idOf = (card: PageElement): string => card.dataset.post ?? '';
  const choiceOf = (card: PageElement): PageChoice => choices.get(idOf(card)) ?? { a: '', c: '' };
  const lacksComment = (c: PageChoice): boolean => c.a === 'changes' && c.c.trim() === '';

  /** Focus in the middle of the screen, clear of the sticky bar however tall it has grown. */
  function bring(field: PageElement): void {
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center' });
  }

  function say(text: string): void {
    if (status) status.textContent = text;
  }

  function draw(card: PageElement): void {
    const choice = choiceOf(card);
    for (const button of card.querySelectorAll('[data-answer]')) {
      button.setAttribute('aria-pressed', String(button.dataset.answer === choice.a));
    }
    card.setAttribute('data-state', choice.a);
    const need = card.querySelector('.need');
    const field = card.querySelector('textarea');
    if (need && field) {
      need.hidden = !lacksComment(choice);
      // The field is described by the hint only while the hint shows.
      if (need.hidden) field.removeAttribute('aria-describedby');
      else field.setAttribute('aria-describedby', need.id);
    }
    const done = cards.filter((c) => choiceOf(c).a !== '').length;
    if (count)
      count.textContent = data.words.count
        .replace('{done}', String(done))
        .replace('{total}', String(cards.length));
  }

  for (const card of cards) {
    const field = card.querySelector('textarea') as PageField | null;
    if (field) field.value = choiceOf(card).c;
    const update = (change: Partial<PageChoice>): void => {
      choices.set(idOf(card), { ...choiceOf(card), ...change });
      keep();
      draw(card);
      warned = false;
      say('');
    };
    for (const button of card.querySelectorAll('[data-answer]')) {
      button.addEventListener('click', () => {
        const answer = button.dataset.answer === 'approved' ? 'approved' : 'changes';
        // Pressing the pressed answer again takes it back.
        update({ a: choiceOf(card).a === answer ? '' : answer });
        if (field && lacksComment(choiceOf(card))) bring(field);
      });
    }
    field?.addEventListener('input', () => update({ c: field.value.slice(0, data.commentMax) }));
    draw(card);
  }

  const answered = () =>
    cards.map((card) => ({ card, choice: choiceOf(card) })).filter((x) => x.choice.a !== '');

  /** Whether the reply can go: something answered, and a word said about any missing comment. */
  function ready(): boolean {
    const all = answered();
    if (all.length === 0) {
      say(data.words.noAnswer);
      return false;
    }
    const missing = all.find((x) => lacksComment(x.choice));
    if (!missing || warned) return true;
    warned = true;
    say(data.words.missingComments);
    const field = missing.card.querySelector('textarea');
    if (field) bring(field);
    return false;
  }

  const replyText = (): Promise<string> =>
    seal(
      data,
      answered().map((x) => ({ p: idOf(x.card), a: x.choice.a as SealAnswer['a'], c: x.choice.c.trim() })),
      new Date().toISOString(),
    );

  function download(text: string): void {
    const url = g.URL.createObjectURL(new g.Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = doc.createElement('a') as PageAnchor;
    link.href = url;
    link.download = data.fileName;
    doc.body.append(link);
    link.click();
    link.remove();
    g.setTimeout(() => g.URL.revokeObjectURL(url), 60_000);
  }

  const dialog = doc.getElementById('copy-dialog') as PageDialog | null;
  function showText(text: string): void {
    const field = doc.getElementById('copy-text') as PageField | null;
    if (!dialog || !field) return;
    field.value = text;
    dialog.showModal();
    field.focus();
    field.select();
  }

  doc.getElementById('save')?.addEventListener('click', () => {
    if (!ready()) return;
    replyText().then(
      (text) => {
        download(text);
        say(data.words.saved);
      },
      () => say(data.words.cannotSeal),
    );
  });
  doc.getElementById('copy')?.addEventListener('click', () => {
    if (!ready()) return;
    replyText().then(
      (text) => {
        const clipboard = g.navigator.clipboard;
        if (!clipboard) return showText(text);
        clipboard.writeText(text).then(
          () => say(data.words.copied),
          () => showText(text),
        );
      },
      () => say(data.words.cannotSeal),
    );
  });
  doc.getElementById('copy-close')?.addEventListener('click', () => dialog?.close());
}
