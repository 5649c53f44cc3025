import { addDays } from '../../../shared/calendar/dates.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { ObjectiveWithProgress } from '../../../shared/domain/objective-progress.ts';
import { KPI_INFO, type KpiId } from '../../../shared/kpi/catalogue.ts';
import { periodKpi } from '../../../shared/kpi/dashboard-kpis.ts';
import { measureOf, RECENT_DAYS } from '../../../shared/kpi/measure.ts';
import { listeningVoice } from '../../../shared/kpi/voice.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { useCreateObjective, useDashboard, useUpdateObjective } from '../../common/data/kpi-queries.ts';
import { roundForUnit, valueForInput } from '../../common/format/objective-values.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { ObjectiveForm } from './ObjectiveForm.tsx';
import type { ObjectiveFields, ObjectiveValues } from './objective-form-values.ts';
import type { SuggestBaseline } from './use-baseline-suggestion.ts';

/** The last four weeks up to today: where a level's or a rate's baseline is taken from. */
const recentRange = (today: string) => ({ from: addDays(today, 1 - RECENT_DAYS), to: addDays(today, 1) });

/**
 * Creates an objective or edits one. The suggested baseline is measured the way the server will
 * measure progress: a level or a rate from the last four weeks, and 0 for a KPI counted from the
 * start date (reach, clicks, spend… since the start add up from nothing).
 */
export function ObjectiveDialog({
  client,
  today,
  objective,
  onClose,
}: {
  client: Client;
  today: string;
  objective?: ObjectiveWithProgress;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const create = useCreateObjective();
  const update = useUpdateObjective();
  const channels = useChannels(client.id);
  const recent = useDashboard({ clientId: client.id, ...recentRange(today) });

  const suggest: SuggestBaseline = (kpi, channelId) => {
    if (measureOf(kpi) === 'sinceStart') return { value: 0, on: null };
    const d = recent.data;
    if (!d) return null;
    const channel = channelId ? d.channels.find((c) => c.channelId === channelId) : undefined;
    const figures = channelId ? channel?.current : d.current;
    const voice = listeningVoice(d.listening, 'current', channel?.network);
    const value = figures ? periodKpi(kpi, figures, voice).value : null;
    // A count (followers) is the latest one: its day is said with it.
    const on = measureOf(kpi) === 'level' ? (figures?.audience.growthTo ?? null) : null;
    return value === null ? null : { value, on };
  };

  // A new objective waits for its suggestion so the prefilled baseline is part of the untouched form.
  if (channels.isPending || (!objective && recent.isPending)) return null;

  const initial = (): ObjectiveValues => {
    if (objective) {
      const unit = KPI_INFO[objective.kpi].unit;
      return {
        title: objective.title,
        kpi: objective.kpi,
        channelId: objective.channelId ?? '',
        baseline: valueForInput(objective.baseline, unit, language),
        target: valueForInput(objective.target, unit, language),
        goal: objective.goal,
        why: objective.why,
        startOn: objective.startOn,
        deadline: objective.deadline,
      };
    }
    const kpi: KpiId = 'followers';
    const s = suggest(kpi, null);
    return {
      title: '',
      kpi,
      channelId: '',
      baseline: s === null ? '' : valueForInput(roundForUnit(s.value, 'count'), 'count', language),
      target: '',
      goal: 'awareness',
      why: '',
      startOn: today,
      deadline: addDays(today, 90),
    };
  };

  const save = async (fields: ObjectiveFields) => {
    if (objective) await update.mutateAsync({ id: objective.id, ...fields });
    else await create.mutateAsync({ clientId: client.id, ...fields });
    onClose();
  };

  return (
    <FormDialog
      title={t(objective ? 'kpis.objectives.form.editTitle' : 'kpis.objectives.form.createTitle')}
      description={t('kpis.objectives.form.description')}
      submitLabel={t(objective ? 'kpis.objectives.form.save' : 'kpis.objectives.form.create')}
      onClose={onClose}
    >
      {(form) => (
        <ObjectiveForm
          {...form}
          initial={initial()}
          channels={channels.data ?? []}
          currency={client.currency}
          suggest={suggest}
          onSubmit={save}
        />
      )}
    </FormDialog>
  );
}
