import { IDEA_TITLE_MAX } from '../../../shared/domain/idea.ts';

/** A capture as typed: its title to save, or why it cannot be saved yet. */
export type CaptureCheck =
  | { ok: true; title: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'tooLong'; count: number; max: number };

/** One line, trimmed as the server trims it, within the title's limit. */
export function checkCapture(text: string): CaptureCheck {
  const title = text.trim();
  if (title === '') return { ok: false, reason: 'empty' };
  if (title.length > IDEA_TITLE_MAX)
    return { ok: false, reason: 'tooLong', count: title.length, max: IDEA_TITLE_MAX };
  return { ok: true, title };
}
