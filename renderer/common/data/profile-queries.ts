import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

/** The freelancer's name and logo: set in Settings, printed on every report's cover. */
export const useProfile = () =>
  useQuery({ queryKey: keys.profile, queryFn: () => call('profile.get', undefined) });

/** The name's autosave: resolved once stored, so typing on never waits for a refetch. */
export const useSetProfileName = () =>
  useMethod('profile.update', { invalidates: [keys.profile], inlineErrors: true, refreshInBackground: true });

/** A refused picture is said beside the field, not in a toast. */
export const useSetProfileLogo = () =>
  useMethod('profile.setLogo', { invalidates: [keys.profile], inlineErrors: true });
