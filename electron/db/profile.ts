import type { Profile } from '../../shared/domain/profile.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface ProfileRow {
  name: string;
  logo_sha256: string | null;
  logo_name: string | null;
  logo_mime: string | null;
}

/** The one row, or what a new workspace has before Settings are filled in. */
export function getProfile(db: Db): Profile {
  const row = stmt<[], ProfileRow>(db, 'SELECT * FROM profile WHERE id = 1').get();
  if (!row) return { name: '', logo: null };
  return {
    name: row.name,
    logo:
      row.logo_sha256 === null
        ? null
        : { sha256: row.logo_sha256, name: row.logo_name ?? '', mime: row.logo_mime ?? '' },
  };
}

export function setProfileName(db: Db, name: string, now: string): Profile {
  stmt(
    db,
    `INSERT INTO profile (id, name, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at`,
  ).run(name, now);
  return getProfile(db);
}

export function setProfileLogo(db: Db, logo: Profile['logo'], now: string): Profile {
  stmt(
    db,
    `INSERT INTO profile (id, logo_sha256, logo_name, logo_mime, updated_at) VALUES (1, @sha, @name, @mime, @now)
     ON CONFLICT (id) DO UPDATE SET logo_sha256 = excluded.logo_sha256, logo_name = excluded.logo_name,
       logo_mime = excluded.logo_mime, updated_at = excluded.updated_at`,
  ).run({ sha: logo?.sha256 ?? null, name: logo?.name ?? null, mime: logo?.mime ?? null, now });
  return getProfile(db);
}
