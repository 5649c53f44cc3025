import { NETWORKS, type NetworkId } from '../../../shared/networks.ts';
import type { TFunction } from '../../i18n/keys.ts';

/** Brand names stay as they are; the generic entries are words and get translated. */
export function networkName(t: TFunction, id: NetworkId): string {
  if (id === 'blog' || id === 'forum' || id === 'other') return t(`networks.${id}`);
  return NETWORKS[id].name;
}
