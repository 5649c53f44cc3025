import { LOGO_TYPES } from '../../../shared/domain/profile.ts';
import { getProfile, setProfileLogo, setProfileName } from '../../db/profile.ts';
import { nowIso } from '../../services/context.ts';
import { storeImage } from '../../services/media/stored-image.ts';
import type { HandlerGroup } from '../types.ts';

export const profileHandlers: HandlerGroup<'profile'> = {
  'profile.get': (_input, ctx) => getProfile(ctx.db),
  'profile.update': (input, ctx) => setProfileName(ctx.db, input.name, nowIso(ctx)),
  'profile.setLogo': (input, ctx) =>
    setProfileLogo(
      ctx.db,
      input.file === null ? null : storeImage(ctx.dataDir, input.file, LOGO_TYPES),
      nowIso(ctx),
    ),
};
