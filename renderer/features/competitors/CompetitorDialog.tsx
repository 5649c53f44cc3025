import type { Competitor } from '../../../shared/domain/competitor.ts';
import { useCreateCompetitor, useUpdateCompetitor } from '../../common/data/listening-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { CompetitorForm } from './CompetitorForm.tsx';
import type { CompetitorInput } from './competitor-values.ts';

export interface CompetitorDialogProps {
  clientId: string;
  competitor?: Competitor;
  defaultColor: string;
  knownTags: readonly string[];
  onClose: () => void;
}

/** The competitor editor, in a wide dialog: its accounts sit beside who it is. */
export function CompetitorDialog({
  clientId,
  competitor,
  defaultColor,
  knownTags,
  onClose,
}: CompetitorDialogProps) {
  const { t } = useTranslation();
  const create = useCreateCompetitor();
  const update = useUpdateCompetitor();

  const save = async (input: CompetitorInput) => {
    if (competitor) await update.mutateAsync({ id: competitor.id, ...input });
    else await create.mutateAsync({ clientId, ...input });
    onClose();
  };

  return (
    <FormDialog
      wide
      title={
        competitor
          ? t('competitors.form.editTitle', { name: competitor.name })
          : t('competitors.form.createTitle')
      }
      description={t('competitors.form.intro')}
      submitLabel={competitor ? t('competitors.form.save') : t('competitors.form.create')}
      onClose={onClose}
    >
      {(form) => (
        <CompetitorForm
          {...form}
          competitor={competitor}
          defaultColor={defaultColor}
          knownTags={knownTags}
          onSubmit={save}
        />
      )}
    </FormDialog>
  );
}
