import type { TFunction } from '../../i18n/keys.ts';

const FIGURES = [
  'kpis.voice.mentions',
  'kpis.names.shareOfVoice',
  'kpis.voice.positive',
  'kpis.voice.neutral',
  'kpis.voice.negative',
  'kpis.names.sentimentScore',
] as const;

/**
 * The voice table's headings, on the dashboard and in a report (`t` in its client's language): who,
 * then a row's figures in the order of its cells, aligned as numbers by `numClass`.
 */
export function VoiceHead({ t, numClass }: { t: TFunction; numClass: string | undefined }) {
  return (
    <thead>
      <tr>
        <th scope="col">{t('kpis.voice.who')}</th>
        {FIGURES.map((key) => (
          <th key={key} scope="col" className={numClass}>
            {t(key)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
