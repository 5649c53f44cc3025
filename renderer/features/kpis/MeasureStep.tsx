import type { Channel } from '../../../shared/domain/channel.ts';
import { KPIS, type KpiId } from '../../../shared/kpi/catalogue.ts';
import { measureOf } from '../../../shared/kpi/measure.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './ObjectiveForm.module.css';
import type { ObjectiveErrors } from './objective-form-values.ts';
import { SmartStep } from './SmartStep.tsx';

export interface MeasureStepProps {
  id: (field: string) => string;
  kpi: KpiId;
  channelId: string;
  /** The client's channels; an archived one is offered only when the objective already measures it. */
  channels: readonly Channel[];
  errors: ObjectiveErrors;
  onChange: (patch: { kpi?: KpiId; channelId?: string }) => void;
}

/** M: which KPI, how it is measured (a level, a total from the start, the last 4 weeks), and where. */
export function MeasureStep({ id, kpi, channelId, channels, errors, onChange }: MeasureStepProps) {
  const { t } = useTranslation();
  const measureHint = t(`kpis.objectives.form.measureHint.${measureOf(kpi)}`);
  const live = channels.filter((c) => !c.archived || c.id === channelId);
  return (
    <SmartStep
      letter="M"
      title={t('kpis.objectives.form.measurable')}
      hint={t('kpis.objectives.form.measurableHint')}
    >
      <div className={styles.row}>
        <Field id={id('kpi')} label={t('kpis.objectives.form.kpi')} hint={measureHint} error={errors.kpi}>
          <select
            {...controlProps(id('kpi'), measureHint, errors.kpi)}
            className={inputs.select}
            value={kpi}
            onChange={(e) => onChange({ kpi: e.target.value as KpiId })}
          >
            {KPIS.map((k) => (
              <option key={k} value={k}>
                {t(`kpis.names.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('channel')} label={t('kpis.objectives.form.scope')} error={errors.channelId}>
          <select
            {...controlProps(id('channel'), undefined, errors.channelId)}
            className={inputs.select}
            value={channelId}
            onChange={(e) => onChange({ channelId: e.target.value })}
          >
            <option value="">{t('kpis.objectives.scope.client')}</option>
            {live.map((c) => (
              <option key={c.id} value={c.id}>
                {t('kpis.objectives.scope.channel', {
                  network: networkName(t, c.network),
                  handle: c.handle,
                })}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </SmartStep>
  );
}
