import { type FormEvent, useState } from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import { CLIENT_COLORS } from '../../../shared/domain/client.ts';
import type { Pillar } from '../../../shared/domain/pillar.ts';
import { afterSuccess } from '../../api/settle.ts';
import {
  useCreatePillar,
  useDeletePillar,
  usePillars,
  useUpdatePillar,
} from '../../common/data/post-queries.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { fieldErrors } from '../../i18n/errors.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './CalendarDialogs.module.css';

/** One pillar: its colour and name change in place, saved when the field is left. */
function PillarRow({ pillar }: { pillar: Pillar }) {
  const { t } = useTranslation();
  const update = useUpdatePillar();
  const remove = useDeletePillar();
  const undo = useUndo();
  const [name, setName] = useState(pillar.name);
  const [color, setColor] = useState(pillar.color);
  const error = fieldErrors(t, update.error).name;
  return (
    <li className={styles.pillar}>
      <input
        type="color"
        className={styles.swatch}
        aria-label={t('pillars.color', { name: pillar.name })}
        value={color}
        // The picker reports every step of a drag: the colour is saved once the user leaves it.
        onChange={(e) => setColor(e.target.value.toUpperCase())}
        onBlur={() => color !== pillar.color && update.mutate({ id: pillar.id, color })}
      />
      <input
        className={inputs.input}
        aria-label={t('pillars.name')}
        aria-invalid={error ? true : undefined}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => name !== pillar.name && update.mutate({ id: pillar.id, name })}
      />
      <Button
        variant="dangerGhost"
        size="small"
        onClick={() =>
          afterSuccess(remove.mutateAsync({ id: pillar.id }), (item) =>
            undo.deleted(item, t('pillars.deleted', { name: pillar.name })),
          )
        }
      >
        {t('common.delete')}
        <span className="visually-hidden"> {pillar.name}</span>
      </Button>
      {error && <span className={styles.problems}>{error}</span>}
    </li>
  );
}

/** The client's content pillars: the themes its posts rotate through, each with a colour on the cards. */
export function PillarsDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation();
  const pillars = usePillars(client.id).data ?? [];
  const create = useCreatePillar();
  const [name, setName] = useState('');
  const error = fieldErrors(t, create.error).name;
  const nextColor = CLIENT_COLORS[pillars.length % CLIENT_COLORS.length] ?? CLIENT_COLORS[0];

  const add = (event: FormEvent) => {
    event.preventDefault();
    afterSuccess(create.mutateAsync({ clientId: client.id, name, color: nextColor }), () => setName(''));
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('pillars.title')}
      description={t('pillars.description')}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
    >
      <div className={styles.form}>
        {pillars.length === 0 && <p className={styles.hint}>{t('pillars.empty')}</p>}
        <ul className={styles.rows}>
          {pillars.map((p) => (
            <PillarRow key={p.id} pillar={p} />
          ))}
        </ul>
        <form className={styles.inline} onSubmit={add}>
          <input
            className={inputs.input}
            aria-label={t('pillars.new')}
            aria-invalid={error ? true : undefined}
            placeholder={t('pillars.placeholder')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Button type="submit" disabled={create.isPending}>
            {t('pillars.add')}
          </Button>
        </form>
        {error && <span className={styles.problems}>{error}</span>}
      </div>
    </Dialog>
  );
}
