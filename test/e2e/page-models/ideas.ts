// Page model: the Ideas screen (its list, the idea's editor, the plan and capture dialogs, trends, experts).
import { expect, type Locator, type Page } from '@playwright/test';
import type { E2eHost } from '../host.ts';
import { seedStudio } from './seed.ts';
import { sidebar } from './sidebar.ts';

/** French typography: a narrow no-break space before : ; ? ! and a no-break space inside « ». */
const NNBSP = '\u202f';

/** The screen's words in each language, as a user reads them. */
export const IDEA_WORDS = {
  en: {
    link: 'Ideas',
    title: 'ideas',
    tabs: { ideas: 'Ideas', trends: 'Trend notes', experts: 'Experts' },
    capture: (client: string) => `New idea for ${client}`,
    list: 'Ideas',
    search: 'Search the ideas',
    editor: 'Idea',
    field: {
      title: 'Title',
      tags: 'Tags',
      pillar: 'Pillar',
      network: 'Target network',
      useBefore: 'Use before',
      expert: 'From an expert',
    },
    saved: 'All changes saved',
    pictureAlt: (name: string) => `Picture of the idea: ${name}`,
    empty: 'Keep every idea in one place',
    statuses: { new: 'New', planned: 'Planned', used: 'Used', dropped: 'Dropped' },
    count: (n: number) => `${n} idea${n === 1 ? '' : 's'}`,
    plan: {
      title: 'Plan the idea',
      submit: 'Plan the draft',
      done: (day: string) => `Draft planned for ${day}.`,
      openCalendar: 'Open calendar',
      weekday: 'Thursday',
    },
    quick: {
      open: 'Capture with notes…',
      title: 'Capture an idea',
      idea: 'Idea',
      notes: 'Notes (optional)',
      shared: 'Shared bank',
      saved: (title: string) => `Idea saved: “${title}”.`,
      openIdeas: 'Open ideas',
      tooLong: '200 characters at most',
    },
    experts: {
      add: 'Add an expert',
      dialog: 'Add an expert',
      name: 'Name',
      topic: 'Topic',
      where: 'Network',
      url: 'Link',
      why: 'Why it is useful',
      create: 'Add the expert',
    },
    trends: {
      text: 'What is trending',
      url: 'Link',
      lasts: { week2: '2 weeks' },
      add: 'Add the note',
      makeIdea: (text: string) => `Make an idea: ${text}`,
      ideaMade: (title: string) => `Idea added: “${title}”.`,
      open: 'Open',
    },
    deleted: (title: string) => `“${title}” moved to the Trash.`,
    undo: 'Undo',
    draft: 'Draft',
  },
  fr: {
    link: 'Idées',
    title: 'idées',
    tabs: { ideas: 'Idées', trends: 'Tendances', experts: 'Experts' },
    capture: (client: string) => `Nouvelle idée pour ${client}`,
    list: 'Idées',
    search: 'Chercher dans les idées',
    editor: 'Idée',
    field: {
      title: 'Titre',
      tags: 'Étiquettes',
      pillar: 'Pilier',
      network: 'Réseau visé',
      useBefore: 'À utiliser avant le',
      expert: 'Venue d’un expert',
    },
    saved: 'Modifications enregistrées',
    pictureAlt: (name: string) => `Image de l’idée${NNBSP}: ${name}`,
    empty: 'Toutes vos idées au même endroit',
    statuses: { new: 'Nouvelle', planned: 'Planifiée', used: 'Utilisée', dropped: 'Abandonnée' },
    count: (n: number) => `${n} idée${n === 1 ? '' : 's'}`,
    plan: {
      title: 'Planifier l’idée',
      submit: 'Planifier le brouillon',
      done: (day: string) => `Brouillon planifié le ${day}.`,
      openCalendar: 'Ouvrir le calendrier',
      weekday: 'jeudi',
    },
    quick: {
      open: 'Noter en détail…',
      title: 'Noter une idée',
      idea: 'Idée',
      notes: 'Notes (facultatives)',
      shared: 'Banque commune',
      saved: (title: string) => `Idée enregistrée${NNBSP}: «\u00a0${title}\u00a0».`,
      openIdeas: 'Ouvrir les idées',
      tooLong: '200 caractères au plus',
    },
    experts: {
      add: 'Ajouter un expert',
      dialog: 'Ajouter un expert',
      name: 'Nom',
      topic: 'Sujet',
      where: 'Réseau',
      url: 'Lien',
      why: 'Pourquoi c’est utile',
      create: 'Ajouter l’expert',
    },
    trends: {
      text: 'Ce qui est tendance',
      url: 'Lien',
      lasts: { week2: '2 semaines' },
      add: 'Ajouter la note',
      makeIdea: (text: string) => `En faire une idée${NNBSP}: ${text}`,
      ideaMade: (title: string) => `Idée ajoutée${NNBSP}: «\u00a0${title}\u00a0».`,
      open: 'Ouvrir',
    },
    deleted: (title: string) => `«\u00a0${title}\u00a0» placée dans la corbeille.`,
    undo: 'Annuler',
    draft: 'Brouillon',
  },
} as const;

export type Language = keyof typeof IDEA_WORDS;
export type IdeaWords = (typeof IDEA_WORDS)[Language];

/**
 * The studio of seed.ts (Instagram, LinkedIn, X) with a pillar, in the language and theme given,
 * its calendar left on this week; nothing in its ideas bank: a new user's first visit.
 */
export async function seedIdeasStudio(host: E2eHost, language: Language, theme: 'light' | 'dark' = 'light') {
  const studio = await seedStudio(host);
  const pillar = await host.rpc('pillars.create', {
    clientId: studio.clientId,
    name: language === 'en' ? 'Tips' : 'Conseils',
    color: '#2E86AB',
  });
  await host.rpc('prefs.set', { language, theme });
  return { ...studio, pillarId: pillar.id };
}

/** Opens the Ideas screen from the sidebar and waits for its title ("Studio Yoga — ideas"). */
export async function openIdeas(page: Page, client: string, words: IdeaWords) {
  await sidebar(page, words.link).click();
  await expect(page.getByRole('heading', { level: 1, name: `${client} — ${words.title}` })).toBeVisible();
}

export const captureField = (page: Page, words: IdeaWords, client: string): Locator =>
  page.getByRole('textbox', { name: words.capture(client), exact: true });

/** An idea of the list, by (the start of) its title. */
export const ideaRow = (page: Page, title: string): Locator =>
  page
    .getByRole('listbox', { name: IDEA_WORDS.en.list })
    .or(page.getByRole('listbox', { name: IDEA_WORDS.fr.list }))
    .getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}`) });

export const ideaRows = (page: Page): Locator => page.locator('[data-idea-id]');

/** The selected idea's editor, a region named "Idea". */
export const editor = (page: Page, words: IdeaWords): Locator =>
  page.getByRole('region', { name: words.editor, exact: true });

export const tab = (page: Page, name: string): Locator =>
  page.getByRole('tab', { name: new RegExp(`^${name}`) });

/** Types an idea in the capture line and presses Enter: the line empties, the keyboard stays, the idea shows. */
export async function capture(page: Page, field: Locator, title: string) {
  await field.fill(title);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await expect(ideaRow(page, title)).toBeVisible();
}

/** Waits for the editor to say every change is saved. */
export async function expectSaved(page: Page, words: IdeaWords) {
  await expect(editor(page, words).getByRole('status')).toHaveText(words.saved);
}

/** The search field: typed, then the list waits for the pause. */
export async function search(page: Page, words: IdeaWords, text: string) {
  await page.getByRole('searchbox', { name: words.search }).fill(text);
}

/** An image drawn (loaded and decoded), not just present. */
export async function expectDrawn(image: Locator) {
  await expect(image).toBeVisible();
  await expect(image).toHaveJSProperty('complete', true);
  await expect(image).not.toHaveJSProperty('naturalWidth', 0);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A toast, by its words: an item of the notifications' region. */
export const toast = (page: Page, words: string): Locator =>
  page
    .getByRole('region', { name: /^Notifications/ })
    .getByRole('listitem')
    .filter({ hasText: words });

/**
 * Counts what a user does, as the other scenarios do: a click or a key pressed is one action; the
 * characters of a title typed are not counted.
 */
export class Counted {
  actions = 0;
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async click(target: Locator) {
    await target.click();
    this.actions += 1;
  }
  async focus(target: Locator) {
    await target.focus();
    this.actions += 1;
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  async press(key: string) {
    await this.page.keyboard.press(key);
    this.actions += 1;
  }
}
