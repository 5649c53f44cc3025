import type { Client } from '../../../shared/domain/client.ts';
import { navigate } from '../../common/hooks/route.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { ClientForm, type ClientValues } from './ClientForm.tsx';
import { nextColor } from './next-color.ts';
import { useClients, useCreateClient, useUpdateClient } from './queries.ts';

/** Creates a client (then opens its page) or edits one. */
export function ClientDialog({ client, onClose }: { client?: Client; onClose: () => void }) {
  const { t } = useTranslation();
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
    <FormDialog
      title={t(client ? 'clients.form.editTitle' : 'clients.form.createTitle')}
      description={t('clients.form.description')}
      submitLabel={t(client ? 'clients.form.save' : 'clients.form.create')}
      onClose={onClose}
    >
      {(form) => <ClientForm {...form} client={client} defaultColor={nextColor(used)} onSubmit={save} />}
    </FormDialog>
  );
}
