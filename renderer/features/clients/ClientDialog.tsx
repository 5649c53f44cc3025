import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client.ts';
import { navigate } from '../../app/route.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { ClientForm, type ClientValues } from './ClientForm.tsx';
import { nextColor } from './next-color.ts';
import { useClients, useCreateClient, useUpdateClient } from './queries.ts';

/** Creates a client (then opens its page) or edits one. */
export function ClientDialog({ client, onClose }: { client?: Client; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [pending, setPending] = useState(false);
  const create = useCreateClient();
  const update = useUpdateClient();
  const used = (useClients(true).data ?? []).map((c) => c.color);

  const save = async (values: ClientValues) => {
    if (client) {
      await update.mutateAsync({ id: client.id, ...values });
      onClose();
    } else {
      const created = await create.mutateAsync(values);
      onClose();
      navigate({ name: 'client', id: created.id });
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t(client ? 'clients.form.editTitle' : 'clients.form.createTitle')}
      description={t('clients.form.description')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" disabled={pending}>
            {t(client ? 'clients.form.save' : 'clients.form.create')}
          </Button>
        </>
      }
    >
      <ClientForm
        formId={formId}
        client={client}
        defaultColor={nextColor(used)}
        onSubmit={save}
        onPendingChange={setPending}
      />
    </Dialog>
  );
}
