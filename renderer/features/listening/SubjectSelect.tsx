import type { SelectHTMLAttributes } from 'react';
import { type Subject, subjectKey } from '../../../shared/domain/mention-subject.ts';
import { useTranslation } from '../../i18n/context.tsx';
import inputs from '../../ui/inputs.module.css';

/** What a mention can be about: the client's competitors and the topics it watches. */
export interface SubjectChoices {
  competitors: readonly { id: string; name: string }[];
  /** Topic names, as the watched terms and past mentions spell them. */
  topics: readonly string[];
}

/** The subjects by key, for a select's value. */
export function subjectsByKey(choices: SubjectChoices): Map<string, Subject> {
  const all: Subject[] = [
    { kind: 'brand' },
    ...choices.competitors.map((c): Subject => ({ kind: 'competitor', competitorId: c.id })),
    ...choices.topics.map((topic): Subject => ({ kind: 'topic', topic })),
  ];
  return new Map(all.map((s) => [subjectKey(s), s]));
}

export function SubjectSelect({
  clientName,
  choices,
  value,
  onChange,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  clientName: string;
  choices: SubjectChoices;
  value: Subject;
  onChange: (s: Subject) => void;
}) {
  const { t } = useTranslation();
  const byKey = subjectsByKey(choices);
  return (
    <select
      {...rest}
      className={inputs.input}
      value={subjectKey(value)}
      onChange={(e) => {
        const chosen = byKey.get(e.target.value);
        if (chosen) onChange(chosen);
      }}
    >
      <option value="brand">
        {t('listening.subjects.brand')} — {clientName}
      </option>
      {choices.competitors.length > 0 && (
        <optgroup label={t('listening.subjects.competitors')}>
          {choices.competitors.map((c) => (
            <option key={c.id} value={subjectKey({ kind: 'competitor', competitorId: c.id })}>
              {c.name}
            </option>
          ))}
        </optgroup>
      )}
      {choices.topics.length > 0 && (
        <optgroup label={t('listening.subjects.topics')}>
          {choices.topics.map((topic) => (
            <option key={topic} value={subjectKey({ kind: 'topic', topic })}>
              {topic}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
