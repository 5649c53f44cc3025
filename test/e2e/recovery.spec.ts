import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE } from '../../electron/db/paths.ts';
import { damageTable } from '../support/files/damage-pages.ts';
import { readOnlyFolder } from '../support/files/read-only-folder.ts';
import { smallDisk } from '../support/files/small-disk.ts';
import { clientInput } from '../support/seeds/inputs.ts';
import { expect, test } from './fixtures.ts';
import { type E2eHost, startHost } from './host.ts';
import { problemTitle, restoreLatestBackup } from './page-models/recovery.ts';

/**
 * The data file as a user might find it after a crash, a bad copy or a full disk: each case is
 * prepared on disk, then the web host is started on it and the page must explain and offer a way out.
 */
const tempDir = () => mkdtempSync(join(tmpdir(), 'calepin-recovery-'));
const running: E2eHost[] = [];
const dirs: string[] = [];

test.afterEach(async () => {
  for (const host of running.splice(0)) await host.quit();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function hostOn(dataDir: string, language: 'en' | 'fr' = 'en'): Promise<E2eHost> {
  const host = await startHost({ dataDir });
  running.push(host);
  await host.rpc('prefs.set', { language });
  return host;
}

/** A folder whose workspace holds one client and a backup of it, closed as after a normal quit. */
async function workspaceWithBackup(name = 'Boulangerie Martin'): Promise<string> {
  const dir = tempDir();
  dirs.push(dir);
  const host = await startHost({ dataDir: dir });
  await host.rpc('clients.create', clientInput({ name }));
  await host.rpc('backups.create', undefined);
  await host.quit();
  return dir;
}

const movedAside = (dir: string) => readdirSync(dir).filter((n) => /^calepin\.damaged-\d+\.sqlite$/.test(n));

test('random bytes: explained, moved aside untouched, and the latest backup brings the data back', async ({
  page,
}) => {
  const dir = await workspaceWithBackup();
  const garbage = randomBytes(40_000);
  writeFileSync(join(dir, DB_FILE), garbage);
  const host = await hostOn(dir);
  await page.goto(host.url);

  await expect(problemTitle(page, 'Calepin could not read its data file')).toBeVisible();
  const [aside] = movedAside(dir);
  await expect(page.getByText(aside ?? 'none')).toBeVisible();
  expect(readFileSync(join(dir, aside ?? '')).equals(garbage)).toBe(true);

  await restoreLatestBackup(page).click();
  await expect(page.getByText('Boulangerie Martin').first()).toBeVisible();
  expect(readFileSync(join(dir, aside ?? '')).equals(garbage)).toBe(true);
});

test('damage inside the pages, found by the check after the first screen: explained, moved aside untouched, and the latest backup brings the data back', async ({
  page,
}) => {
  const dir = await workspaceWithBackup();
  const path = join(dir, DB_FILE);
  damageTable(path, 'posts');
  const damaged = readFileSync(path);
  const host = await hostOn(dir);
  await page.goto(host.url);

  // The file opens (its header is sound); its whole-file check then finds the damage.
  await expect(problemTitle(page, 'Calepin could not read its data file')).toBeVisible();
  const [aside] = movedAside(dir);
  expect(readFileSync(join(dir, aside ?? '')).equals(damaged)).toBe(true);
  await restoreLatestBackup(page).click();
  await expect(page.getByText('Boulangerie Martin').first()).toBeVisible();
});

test('un fichier tronqué : expliqué en français, et l’utilisateur peut repartir de zéro', async ({
  page,
}) => {
  const dir = await workspaceWithBackup();
  const whole = readFileSync(join(dir, DB_FILE));
  const truncated = whole.subarray(0, whole.length - 3 * 4096);
  writeFileSync(join(dir, DB_FILE), truncated);
  const host = await hostOn(dir, 'fr');
  await page.goto(host.url);

  await expect(problemTitle(page, 'Calepin n’a pas pu lire son fichier de données')).toBeVisible();
  await page.getByRole('button', { name: 'Commencer avec un espace de travail vide' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Commencer à vide' }).click();
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Calepin' })).toBeVisible();
  expect(readFileSync(join(dir, movedAside(dir)[0] ?? '')).equals(truncated)).toBe(true);
});

test('a text file in place of the data: explained the same way, the file kept as it was', async ({
  page,
}) => {
  const dir = await workspaceWithBackup();
  const text = Buffer.from('Mes notes de la semaine, enregistrées au mauvais endroit.\n'.repeat(40));
  writeFileSync(join(dir, DB_FILE), text);
  const host = await hostOn(dir);
  await page.goto(host.url);
  await expect(problemTitle(page, 'Calepin could not read its data file')).toBeVisible();
  await expect(restoreLatestBackup(page)).toBeVisible();
  expect(readFileSync(join(dir, movedAside(dir)[0] ?? '')).equals(text)).toBe(true);
});

test('a journal left without its data file is moved aside, never replayed into a new file', async ({
  page,
}) => {
  const dir = await workspaceWithBackup();
  // Another database, open, with committed pages still in its journal.
  const elsewhere = tempDir();
  dirs.push(elsewhere);
  const other = new Database(join(elsewhere, 'other.sqlite'));
  other.pragma('journal_mode = WAL');
  other.exec("CREATE TABLE clients (name TEXT); INSERT INTO clients VALUES ('Pas à nous');");
  rmSync(join(dir, DB_FILE));
  copyFileSync(join(elsewhere, 'other.sqlite-wal'), join(dir, `${DB_FILE}-wal`));
  other.close();

  const host = await hostOn(dir);
  await page.goto(host.url);
  await expect(problemTitle(page, 'Calepin’s data file is missing')).toBeVisible();
  await restoreLatestBackup(page).click();
  await expect(page.getByText('Boulangerie Martin').first()).toBeVisible();
  await expect(page.getByText('Pas à nous')).toHaveCount(0);
});

test('a data file copied without its journal opens with what had reached it', async ({ page }) => {
  const dir = tempDir();
  dirs.push(dir);
  const source = await hostOn(tempDir());
  dirs.push(source.dataDir);
  await source.rpc('clients.create', clientInput({ name: 'Avant la copie' }));
  await source.quit();
  copyFileSync(join(source.dataDir, DB_FILE), join(dir, DB_FILE));
  const host = await hostOn(dir);
  await page.goto(host.url);
  await expect(page.getByText('Avant la copie').first()).toBeVisible();
});

test('a read-only folder: explained, nothing moved, and Try again works once it can be written', async ({
  page,
}) => {
  const seeded = await workspaceWithBackup('Sur la clé USB');
  const parent = tempDir();
  dirs.push(parent);
  const dir = join(parent, 'usb');
  const folder = readOnlyFolder(dir, (target) => {
    for (const name of [DB_FILE, 'backups'])
      cpSync(join(seeded, name), join(target, name), { recursive: true });
  });
  try {
    const host = await startHost({ dataDir: dir });
    running.push(host);
    await page.goto(host.url);
    await expect(problemTitle(page, 'Calepin cannot write in its data folder')).toBeVisible();
    expect(movedAside(dir)).toEqual([]);
    folder.makeWritable();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('Sur la clé USB').first()).toBeVisible();
  } finally {
    for (const host of running.splice(0)) await host.quit();
    folder.release();
  }
});

test('a full disk at start: explained, and Try again works once there is room', async ({ page }) => {
  const seeded = await workspaceWithBackup('Sur un disque plein');
  const parent = tempDir();
  dirs.push(parent);
  const dir = join(parent, 'disk');
  const disk = smallDisk(dir);
  try {
    for (const name of [DB_FILE, 'backups']) cpSync(join(seeded, name), join(dir, name), { recursive: true });
    disk.fill();
    const host = await startHost({ dataDir: dir });
    running.push(host);
    await page.goto(host.url);
    await expect(problemTitle(page, 'The disk is full')).toBeVisible();
    expect(movedAside(dir)).toEqual([]);
    disk.free();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('Sur un disque plein').first()).toBeVisible();
  } finally {
    for (const host of running.splice(0)) await host.quit();
    disk.release();
  }
});

test('the disk fills up while the user works: the edit is refused plainly, nothing is lost, and it saves once there is room', async ({
  page,
}) => {
  const parent = tempDir();
  dirs.push(parent);
  const dir = join(parent, 'disk');
  const disk = smallDisk(dir);
  try {
    const host = await startHost({ dataDir: dir });
    running.push(host);
    await host.rpc('prefs.set', { language: 'en' });
    await host.rpc('clients.create', clientInput({ name: 'Saved before' }));
    await page.goto(host.url);
    await expect(page.getByText('Saved before').first()).toBeVisible();
    disk.fill();

    await page.getByRole('button', { name: 'New client' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New client' });
    await dialog.getByLabel('Name', { exact: true }).fill('Typed on a full disk');
    await dialog.getByLabel('Notes').fill('Ouvert le dimanche. '.repeat(200));
    await dialog.getByRole('button', { name: 'Create client' }).click();
    await expect(
      page.getByText('The disk is full: nothing was saved. Free some space, then try again.').first(),
    ).toBeVisible();
    await expect(dialog).toBeVisible();

    disk.free();
    await dialog.getByRole('button', { name: 'Create client' }).click();
    await expect(dialog).toBeHidden();
    const names = (await host.rpc('clients.list', undefined)).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Saved before', 'Typed on a full disk']));
  } finally {
    for (const host of running.splice(0)) await host.quit();
    disk.release();
  }
});
