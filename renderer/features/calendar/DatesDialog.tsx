import { type FormEvent, useEffect, useId, useState } from 'react';
import type { CustomRule } from '../../../shared/dates/custom-rule.ts';
import { DATE_SETS, type DateSetId } from '../../../shared/dates/entry.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { afterSuccess } from '../../api/settle.ts';
import {
  useCreateCustomDate,
  useCustomDates,
  useDateSets,
  useDeleteCustomDate,
  useSetDateSets,
} from '../../common/data/date-queries.ts';
import { monthName, weekdayNames } from '../../common/dates/day-names.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { fieldErrors } from '../../i18n/errors.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './CalendarDialogs.module.css';
import { ruleWords } from './rule-words.ts';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const NTHS = [1, 2, 3, 4, -1] as const;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** The built-in sets shown on this client's calendar: each a checkbox, saved as it is ticked. */
function BuiltInSets({ client }: { client: Client }) {
  const { t } = useTranslation();
  const saved = useDateSets(client.id).data;
  const save = useSetDateSets();
  // Ticked at once, as the user clicks; the saved list takes over again once it comes back.
  const [shown, setShown] = useState<readonly DateSetId[]>([]);
  useEffect(() => {
    if (saved) setShown(saved);
  }, [saved]);
  const toggle = (set: DateSetId, on: boolean) => {
    const sets = on ? [...shown, set] : shown.filter((s) => s !== set);
    setShown(sets);
    // A refusal puts back what is saved: the boxes never show a choice that was not kept.
    save.mutate({ clientId: client.id, sets }, { onError: () => setShown(saved ?? []) });
  };
  return (
    <fieldset className={styles.group}>
      <legend>{t('dates.dialog.builtIn')}</legend>
      <div className={styles.columns}>
        {DATE_SETS.map((set) => (
          <label key={set} className={styles.option}>
            <input
              type="checkbox"
              checked={shown.includes(set)}
              // Until the saved choice is known, a tick would save that one set alone.
              disabled={saved === undefined}
              onChange={(e) => toggle(set, e.target.checked)}
            />
            {t(`dates.sets.${set}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type RuleKind = CustomRule['kind'];

/** The rule being typed, every field kept so switching kinds loses nothing. */
interface RuleDraft {
  kind: RuleKind;
  month: number;
  day: number;
  nth: (typeof NTHS)[number];
  weekday: number;
  offset: number;
}

const ruleOf = (d: RuleDraft): CustomRule =>
  d.kind === 'fixed'
    ? { kind: 'fixed', month: d.month, day: d.day }
    : d.kind === 'nth'
      ? { kind: 'nth', month: d.month, weekday: d.weekday, nth: d.nth }
      : { kind: 'easter', offset: d.offset };

/** A new recurring date: a name, when it falls each year, how long, and for whom. */
function NewDateForm({ client }: { client: Client }) {
  const { t } = useTranslation();
  const locale = useLanguage();
  const create = useCreateCustomDate();
  const id = useId();
  const [name, setName] = useState('');
  const [everyClient, setEveryClient] = useState(false);
  const [days, setDays] = useState(1);
  const [rule, setRule] = useState<RuleDraft>({
    kind: 'fixed',
    month: 1,
    day: 1,
    nth: 1,
    weekday: 1,
    offset: 0,
  });
  const errors = fieldErrors(t, create.error);
  const set = (patch: Partial<RuleDraft>) => setRule((r) => ({ ...r, ...patch }));
  const select = (
    label: string,
    value: number,
    options: readonly number[],
    words: (n: number) => string,
    on: (n: number) => void,
  ) => (
    <label className={styles.field}>
      <span>{label}</span>
      <select className={inputs.input} value={value} onChange={(e) => on(Number(e.target.value))}>
        {options.map((n) => (
          <option key={n} value={n}>
            {words(n)}
          </option>
        ))}
      </select>
    </label>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    afterSuccess(
      create.mutateAsync({ clientId: everyClient ? null : client.id, name, rule: ruleOf(rule), days }),
      () => setName(''),
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.subtitle}>
        {t('dates.dialog.new')}
      </h3>
      <label className={styles.field}>
        <span>{t('dates.dialog.name')}</span>
        <input
          className={inputs.input}
          value={name}
          placeholder={t('dates.dialog.namePlaceholder')}
          aria-invalid={errors.name ? true : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {errors.name && <span className={styles.problems}>{errors.name}</span>}
      </label>
      <fieldset className={styles.group}>
        <legend>{t('dates.dialog.when')}</legend>
        <div className={styles.inline}>
          {(['fixed', 'nth', 'easter'] as const).map((kind) => (
            <label key={kind} className={styles.option}>
              <input
                type="radio"
                name={`${id}-kind`}
                checked={rule.kind === kind}
                onChange={() => set({ kind })}
              />
              {t(`dates.rule.kinds.${kind}`)}
            </label>
          ))}
        </div>
        <div className={styles.inline}>
          {rule.kind === 'fixed' &&
            select(
              t('dates.rule.day'),
              rule.day,
              Array.from({ length: 31 }, (_, i) => i + 1),
              String,
              (day) => set({ day }),
            )}
          {rule.kind === 'nth' &&
            select(
              t('dates.rule.which'),
              rule.nth,
              NTHS,
              (n) => t(`dates.rule.nths.${n === -1 ? 'last' : (n as 1 | 2 | 3 | 4)}`),
              (n) => set({ nth: n as RuleDraft['nth'] }),
            )}
          {rule.kind === 'nth' &&
            select(
              t('dates.rule.weekday'),
              rule.weekday,
              WEEKDAYS,
              (n) => weekdayNames(locale)[n - 1] ?? '',
              (weekday) => set({ weekday }),
            )}
          {rule.kind !== 'easter' &&
            select(
              t('dates.rule.month'),
              rule.month,
              MONTHS,
              (n) => monthName(n, locale),
              (month) => set({ month }),
            )}
          {rule.kind === 'easter' && (
            <label className={styles.field}>
              <span>{t('dates.rule.offset')}</span>
              <input
                type="number"
                className={inputs.input}
                min={-70}
                max={70}
                value={rule.offset}
                onChange={(e) => set({ offset: Math.trunc(Number(e.target.value)) })}
              />
            </label>
          )}
        </div>
        {errors.rule && <span className={styles.problems}>{errors.rule}</span>}
        <p className={styles.hint}>{ruleWords(t, ruleOf(rule), locale)}</p>
      </fieldset>
      <div className={styles.inline}>
        <label className={styles.field}>
          <span>{t('dates.dialog.days')}</span>
          <input
            type="number"
            className={inputs.input}
            min={1}
            max={62}
            value={days}
            aria-invalid={errors.days ? true : undefined}
            onChange={(e) => setDays(Math.trunc(Number(e.target.value)))}
          />
        </label>
        <label className={styles.option}>
          <input type="checkbox" checked={everyClient} onChange={(e) => setEveryClient(e.target.checked)} />
          {t('dates.dialog.everyClient')}
        </label>
      </div>
      {errors.days && <span className={styles.problems}>{errors.days}</span>}
      <div>
        <Button type="submit" disabled={create.isPending}>
          {t('dates.dialog.add')}
        </Button>
      </div>
    </form>
  );
}

/** The user's own recurring dates for this client (and those for every client), each removable with undo. */
function CustomDates({ client }: { client: Client }) {
  const { t } = useTranslation();
  const locale = useLanguage();
  const dates = useCustomDates(client.id).data ?? [];
  const remove = useDeleteCustomDate();
  const undo = useUndo();
  return (
    <section className={styles.form} aria-label={t('dates.dialog.yours')}>
      <h3 className={styles.subtitle}>{t('dates.dialog.yours')}</h3>
      {dates.length === 0 ? (
        <p className={styles.hint}>{t('dates.dialog.noneYet')}</p>
      ) : (
        <ul className={styles.rows}>
          {dates.map((d) => (
            <li key={d.id} className={styles.dateRow}>
              <span>
                <strong>{d.name}</strong> — {ruleWords(t, d.rule, locale)}
                {d.days > 1 && `, ${t('dates.dialog.lasting', { count: d.days })}`}
                {d.clientId === null && ` (${t('dates.dialog.forEveryClient')})`}
              </span>
              <Button
                variant="dangerGhost"
                size="small"
                onClick={() =>
                  afterSuccess(remove.mutateAsync({ id: d.id }), (item) =>
                    undo.deleted(item, t('dates.dialog.deleted', { name: d.name })),
                  )
                }
              >
                {t('common.delete')}
                <span className="visually-hidden"> {d.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Which dates the calendar shows above its days: public holidays, retail dates, world days, and the user's own. */
export function DatesDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      wide
      onOpenChange={(open) => !open && onClose()}
      title={t('dates.dialog.title')}
      description={t('dates.dialog.description')}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
    >
      <div className={styles.form}>
        <BuiltInSets client={client} />
        <CustomDates client={client} />
        <NewDateForm client={client} />
      </div>
    </Dialog>
  );
}
