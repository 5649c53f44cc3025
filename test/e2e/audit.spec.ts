import type { Locator, Page } from '@playwright/test';
import { addDays, addMonths, type IsoDate, weekday } from '../../shared/calendar/dates.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import {
  AUDIT_CAPTIONS,
  AUDIT_WORDS,
  auditRow,
  type Language,
  openAudit,
  questionCard,
  scoreRadio,
  seedAuditStudio,
} from './page-models/audit.ts';
import { card } from './page-models/calendar.ts';
import { days } from './page-models/seed.ts';
import { sidebar } from './page-models/sidebar.ts';

/** French typography: a narrow no-break space before % and : */
const NNBSP = '\u202f';

/** Counts what a user does, as competitors.spec.ts does: a click or a key pressed is one action. */
class Counted {
  actions = 0;
  async click(target: { click: () => Promise<void> }) {
    await target.click();
    this.actions += 1;
  }
  async check(target: Locator) {
    await target.check();
    this.actions += 1;
  }
  async press(page: Page, key: string) {
    await page.keyboard.press(key);
    this.actions += 1;
  }
}

/** What each language's screens say, as the test reads them. */
const SAYS = {
  en: {
    emptyTitle: 'Take stock of Studio Yoga’s presence',
    bestRate: '10.0%',
    periodRate: '5.4%',
    logged: 'Numbers are logged for 10 of the 11 posts published (90.9%).',
    bestSlots: 'Best slots: Tuesday 18:00 (8.6%)',
    bestFormat: 'best: Reel / Short 8.6%',
    segment: 'aimed at by 2 of the 3 best posts',
    notes: 'Reels on Tuesday evenings carry the quarter; LinkedIn text posts lag.',
    actions: ['Two reels a week, on Tuesdays at 18:00', 'Raise the engagement rate to 7%'],
    draftDialog: 'Make it a draft post',
    createDraft: 'Create draft',
    objectiveDialog: 'Make it an objective',
    createObjective: 'Create objective',
    baseline: 'Baseline',
    target: 'Target',
    format: 'Format',
    day: 'Day',
    time: 'Time',
    reel: 'Reel / Short',
    became: { objective: 'Objective', post: 'Draft' },
    objectives: 'Objectives',
    objectivesTitle: 'Studio Yoga — objectives',
    calendarTitle: 'Studio Yoga — calendar',
    from: 'From',
    last: 'To (last day)',
    saving: /Saved/,
    done: '2 of 2 done',
    compareTitle: (a: string, b: string) => `${a} → ${b}`,
    deleteRow: (label: string) => `Delete ${label}`,
    deleted: (label: string) => `Audit “${label}” moved to the Trash.`,
    undo: 'Undo',
    scored: '6 of 6 questions scored',
  },
  fr: {
    emptyTitle: 'Faites l’état des lieux de Studio Yoga',
    bestRate: `10,0${NNBSP}%`,
    periodRate: `5,4${NNBSP}%`,
    logged: `Les chiffres sont saisis pour 10 des 11 publications parues (90,9${NNBSP}%).`,
    bestSlots: `Meilleurs créneaux${NNBSP}: mardi 18:00 (8,6${NNBSP}%)`,
    bestFormat: `meilleur${NNBSP}: Reel / vidéo courte 8,6${NNBSP}%`,
    segment: 'visé par 2 des 3 meilleures publications',
    notes: 'Les reels du mardi soir portent le trimestre ; les textes LinkedIn décrochent.',
    actions: ['Deux reels par semaine, le mardi à 18:00', 'Porter le taux d’engagement à 7 %'],
    draftDialog: 'En faire un brouillon de publication',
    createDraft: 'Créer le brouillon',
    objectiveDialog: 'En faire un objectif',
    createObjective: 'Créer l’objectif',
    baseline: 'Point de départ',
    target: 'Cible',
    format: 'Format',
    day: 'Jour',
    time: 'Heure',
    reel: 'Reel / vidéo courte',
    became: { objective: 'Objectif', post: 'Brouillon' },
    objectives: 'Objectifs',
    objectivesTitle: 'Studio Yoga — objectifs',
    calendarTitle: 'Studio Yoga — calendrier',
    from: 'Du',
    last: 'Au (dernier jour)',
    saving: /Enregistré/,
    done: '2 sur 2 faites',
    compareTitle: (a: string, b: string) => `${a} → ${b}`,
    deleteRow: (label: string) => `Supprimer ${label}`,
    deleted: (label: string) => `Audit «${NNBSP}${label}${NNBSP}» placé dans la corbeille.`,
    undo: 'Annuler',
    scored: '6 questions notées sur 6',
  },
} as const;

/** The next Tuesday after `today`: the audit's best slot, where the draft is suggested. */
function nextTuesday(today: IsoDate): IsoDate {
  let day = addDays(today, 1);
  while (weekday(day) !== 2) day = addDays(day, 1);
  return day;
}

/** dd/mm/yyyy, as the date fields are typed in both languages. */
const typed = (day: IsoDate) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * A new user audits the studio's last quarter: opens Audit, starts one, reads Calepin's answers,
 * scores the six questions and writes notes, leaves and comes back, turns two actions into a draft
 * post and an objective (then finds them on the calendar and the Objectives screen), starts a
 * second audit for the quarter before, compares the two, and deletes one with Undo; axe on the
 * list, the audit and the comparison.
 */
async function runAnAudit(page: Page, host: Parameters<typeof seedAuditStudio>[0], language: Language) {
  const w = AUDIT_WORDS[language];
  const says = SAYS[language];
  const theme = language === 'en' ? 'light' : 'dark';
  const studio = await seedAuditStudio(host, language, theme);
  const { quarter } = studio;
  const label = w.quarter(quarter.n, quarter.year);
  await page.reload();

  // Open Audit, start one, score the six questions: counted, click by click and key by key.
  const count = new Counted();
  await count.click(sidebar(page, w.link));
  await expect(page.getByRole('heading', { level: 2, name: says.emptyTitle })).toBeVisible();
  expect(await seriousA11yViolations(page), 'the empty list').toEqual([]);
  await count.click(page.getByRole('button', { name: w.start }));
  const start = page.getByRole('dialog', { name: w.startDialog });
  // The last full quarter before today, the client's own basis: Enter starts it as it is.
  await expect(start.getByLabel(says.from, { exact: true })).toHaveValue(typed(quarter.from));
  await expect(start.getByLabel(says.last, { exact: true })).toHaveValue(typed(addDays(quarter.to, -1)));
  await count.press(page, 'Enter');
  await expect(start).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: label })).toBeVisible();

  // Calepin's pre-answers, from the seeded month: the best post and rates computed by hand.
  const q1 = questionCard(page, 1, language);
  const best = q1.getByRole('list', { name: language === 'en' ? 'Best posts' : 'Meilleures publications' });
  await expect(best.getByRole('listitem').first()).toContainText(AUDIT_CAPTIONS[language][2] ?? '');
  await expect(best.getByRole('listitem').first()).toContainText(says.bestRate);
  await expect(q1).toContainText(says.bestFormat);
  await expect(questionCard(page, 2, language)).toContainText(says.segment);
  // 498 engagements over a reach of 9,250: 5.38 %.
  await expect(questionCard(page, 3, language)).toContainText(says.periodRate);
  await expect(questionCard(page, 3, language)).toContainText(says.logged);
  await expect(questionCard(page, 4, language)).toContainText(says.bestSlots);
  const q6 = questionCard(page, 6, language);
  await expect(q6).toContainText(w.needsCompetitors);
  await expect(q6.getByRole('link', { name: w.logCompetitors })).toHaveAttribute(
    'href',
    `#/clients/${studio.clientId}/competitors`,
  );

  const scores = [4, 3, 3, 5, 4, 1];
  for (const [i, score] of scores.entries())
    await count.check(scoreRadio(questionCard(page, i + 1, language), score, language));
  await q1.getByRole('textbox', { name: w.notes }).fill(says.notes);
  await expect(page.getByRole('status').filter({ hasText: says.saving })).toBeVisible();
  await expect(page.getByText(says.scored)).toBeVisible();
  // Sidebar, start, Enter, six scores.
  expect(count.actions).toBe(9);
  expect(await seriousA11yViolations(page), 'the audit').toEqual([]);

  // Leave for the calendar, come back: the list has the scores; the audit has them and the notes.
  await sidebar(page, language === 'en' ? 'Calendar' : 'Calendrier').click();
  await expect(page.getByRole('heading', { level: 1, name: says.calendarTitle })).toBeVisible();
  await openAudit(page, 'Studio Yoga', language);
  const row = auditRow(page, label);
  await expect(row.getByRole('cell')).toContainText(['4', '3', '3', '5', '4', '1']);
  await row.getByRole('link', { name: label }).click();
  for (const [i, score] of scores.entries())
    await expect(scoreRadio(questionCard(page, i + 1, language), score, language)).toBeChecked();
  await expect(q1.getByRole('textbox', { name: w.notes })).toHaveValue(says.notes);
  // And after a restart (a reload): the address keeps the audit open.
  await page.reload();
  await expect(q1.getByRole('textbox', { name: w.notes })).toHaveValue(says.notes);
  await expect(scoreRadio(questionCard(page, 4, language), 5, language)).toBeChecked();

  // Two actions, typed one after the other: Enter adds and keeps the field ready.
  const field = page.getByRole('textbox', { name: w.newAction, exact: true });
  await field.fill(says.actions[0]);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await field.fill(says.actions[1]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: w.action(2), exact: true })).toHaveValue(says.actions[1]);

  // The first becomes a draft post: the audit's best slot and format are suggested.
  await page.getByRole('button', { name: w.make(1) }).click();
  await page.getByRole('menuitem', { name: w.makeItems.post }).click();
  const draft = page.getByRole('dialog', { name: says.draftDialog });
  const tuesday = nextTuesday(days().today);
  await expect(draft.getByLabel(says.day, { exact: true })).toHaveValue(typed(tuesday));
  await expect(draft.getByLabel(says.time, { exact: true })).toHaveValue('18:00');
  await expect(draft.getByLabel(says.format, { exact: true })).toHaveValue('reel');
  await draft.getByRole('button', { name: says.createDraft }).click();
  await expect(draft).toBeHidden();
  const draftLink = page.getByRole('link', { name: new RegExp(`^${says.became.post}.*18:00$`) });
  await expect(draftLink).toBeVisible();

  // The second becomes an objective: its baseline is the audit's own rate; the target is typed.
  await page.getByRole('button', { name: w.make(2) }).click();
  await page.getByRole('menuitem', { name: w.makeItems.objective }).click();
  const objective = page.getByRole('dialog', { name: says.objectiveDialog });
  await expect(objective.getByLabel(says.baseline, { exact: true })).toHaveValue(
    language === 'en' ? '5.38' : '5,38',
  );
  await objective.getByLabel(says.target, { exact: true }).fill('7');
  await objective.getByRole('button', { name: says.createObjective }).click();
  await expect(objective).toBeHidden();
  await expect(page.getByRole('link', { name: `${says.became.objective} ${says.actions[1]}` })).toBeVisible();
  expect(await seriousA11yViolations(page), 'the audit with its actions').toEqual([]);

  // The draft is on the calendar, on its week; the objective on the Objectives screen.
  await draftLink.click();
  await expect(page.getByRole('heading', { level: 1, name: says.calendarTitle })).toBeVisible();
  await expect(card(page, says.actions[0])).toBeVisible();
  await sidebar(page, says.objectives).click();
  await expect(page.getByRole('heading', { level: 1, name: says.objectivesTitle })).toBeVisible();
  await expect(page.getByRole('heading', { name: says.actions[1] })).toBeVisible();

  // A second audit, of the quarter before, typed in the dialog; two scores.
  await openAudit(page, 'Studio Yoga', language);
  await expect(auditRow(page, label)).toContainText(says.done);
  await page.getByRole('button', { name: w.newAudit }).click();
  const second = page.getByRole('dialog', { name: w.startDialog });
  const before = addMonths(quarter.from, -3);
  const earlier = w.quarter(((quarter.n + 2) % 4) + 1, before.slice(0, 4));
  await second.getByLabel(says.from, { exact: true }).fill(typed(before));
  await second.getByLabel(says.last, { exact: true }).fill(typed(addDays(quarter.from, -1)));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: earlier })).toBeVisible();
  await scoreRadio(questionCard(page, 1, language), 2, language).check();
  await scoreRadio(questionCard(page, 6, language), 1, language).check();
  await expect(page.getByRole('status').filter({ hasText: says.saving })).toBeVisible();
  await page.getByRole('link', { name: w.back }).click();

  // The list, newest first, with the change since the audit before; then the two side by side.
  await expect(page.getByRole('rowheader')).toHaveText([new RegExp(`^${label}`), new RegExp(`^${earlier}`)]);
  await expect(auditRow(page, label).getByRole('cell').nth(1)).toHaveText(/^4\+2/);
  expect(await seriousA11yViolations(page), 'the list').toEqual([]);
  await page.getByRole('checkbox', { name: w.pick(label) }).check();
  await page.getByRole('checkbox', { name: w.pick(earlier) }).check();
  await page.getByRole('button', { name: w.compare, exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: says.compareTitle(earlier, label) }),
  ).toBeVisible();
  const firstRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^1\\. ${w.questions[0]}`) }) });
  await expect(firstRow.getByRole('cell')).toHaveText([
    new RegExp(`^2 – ${w.words[1]}`),
    '+2',
    new RegExp(`^4 – ${w.words[3]}${says.notes.slice(0, 10)}`),
  ]);
  await expect(page.getByText(says.actions[0])).toBeVisible();
  expect(await seriousA11yViolations(page), 'the comparison').toEqual([]);

  // Delete the older one: to the Trash, and back with Undo.
  await page.getByRole('link', { name: w.back }).click();
  await page.getByRole('button', { name: says.deleteRow(earlier) }).click();
  await expect(page.getByText(says.deleted(earlier), { exact: true })).toBeVisible();
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  await page.getByRole('button', { name: says.undo, exact: true }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(2);
}

test('in English, light: a new user audits the last quarter, scores it, acts on it and compares two audits', async ({
  app: page,
  host,
}) => {
  // Six axe runs, two dialogs and four screens on a two-core machine.
  test.slow();
  await runAnAudit(page, host, 'en');
});

test('in French, dark: the same audit, in French words and numbers', async ({ app: page, host }) => {
  test.slow();
  await runAnAudit(page, host, 'fr');
});
