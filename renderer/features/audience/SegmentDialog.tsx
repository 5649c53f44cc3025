import type { Segment } from '../../../shared/domain/segment.ts';
import { useCreateSegment, useUpdateSegment } from '../../common/data/segment-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { SegmentForm } from './SegmentForm.tsx';
import type { SegmentInput } from './segment-values.ts';

export interface SegmentDialogProps {
  clientId: string;
  segment?: Segment;
  onClose: () => void;
}

/** The segment editor, in a wide dialog: a persona has many fields side by side. */
export function SegmentDialog({ clientId, segment, onClose }: SegmentDialogProps) {
  const { t } = useTranslation();
  const create = useCreateSegment();
  const update = useUpdateSegment();

  const save = async (input: SegmentInput) => {
    if (segment) await update.mutateAsync({ id: segment.id, ...input });
    else await create.mutateAsync({ clientId, ...input });
    onClose();
  };

  return (
    <FormDialog
      wide
      title={segment ? t('audience.form.editTitle', { name: segment.name }) : t('audience.form.createTitle')}
      description={t('audience.form.intro')}
      submitLabel={segment ? t('audience.form.save') : t('audience.form.create')}
      onClose={onClose}
    >
      {(form) => <SegmentForm {...form} clientId={clientId} segment={segment} onSubmit={save} />}
    </FormDialog>
  );
}
