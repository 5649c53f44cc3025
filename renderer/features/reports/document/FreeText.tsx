import { renderNotes } from '../../../common/format/render-notes.tsx';
import styles from './ReportDocument.module.css';
import { Section } from './Section.tsx';

/**
 * The freelancer's own words, as typed: a blank line starts a paragraph (and "- " lines a list,
 * `**bold**` and `*italic*` as in the app's notes). Never HTML: what is pasted is shown as text.
 */
export function FreeText({ id, text }: { id: 'summary' | 'recommendations'; text: string }) {
  return (
    <Section id={id}>
      <div className={styles.prose}>{renderNotes(text)}</div>
    </Section>
  );
}
