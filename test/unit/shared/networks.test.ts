import { describe, expect, it } from 'vitest';
import { MEDIUM_KINDS, NETWORK_IDS, NETWORKS, NETWORKS_CHECKED_ON } from '../../../shared/networks.ts';

describe('the network catalogue', () => {
  it('has exactly one row per network id, with a known kind', () => {
    expect(Object.keys(NETWORKS).sort()).toEqual([...NETWORK_IDS].sort());
    for (const id of NETWORK_IDS) {
      const network = NETWORKS[id];
      expect(network.id, id).toBe(id);
      expect(MEDIUM_KINDS, id).toContain(network.defaultKind);
      expect(network.name.length, id).toBeGreaterThan(0);
      expect(network.mark.length, id).toBeGreaterThan(0);
      expect(network.color, id).toMatch(/^#[0-9A-Fa-f]{6}$/);
    }
  });

  it('covers the networks the product brief names', () => {
    expect(NETWORK_IDS).toEqual(
      expect.arrayContaining([
        'facebook',
        'instagram',
        'linkedin',
        'x',
        'tiktok',
        'threads',
        'pinterest',
        'youtube',
        'blog',
        'forum',
        'other',
      ]),
    );
  });

  it('knows the limits a community manager runs into', () => {
    expect(NETWORKS.x.limits).toMatchObject({ text: 280, weighted: true });
    expect(NETWORKS.instagram.limits.hashtags).toBe(5);
    expect(NETWORKS.threads.limits).toMatchObject({ text: 500, links: 5 });
  });

  it('only holds positive whole limits', () => {
    for (const id of NETWORK_IDS) {
      const { weighted: _flag, aspectRatios, ...counts } = NETWORKS[id].limits;
      for (const [name, value] of Object.entries(counts)) {
        expect(Number.isInteger(value) && (value as number) > 0, `${id}.${name}`).toBe(true);
      }
      for (const ratio of aspectRatios ?? []) expect(ratio, id).toMatch(/^\d+(\.\d+)?:\d+(\.\d+)?$/);
    }
  });

  it('says when the limits were last checked, as a real ISO date', () => {
    expect(NETWORKS_CHECKED_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const date = new Date(`${NETWORKS_CHECKED_ON}T00:00:00Z`);
    expect(date.toISOString().slice(0, 10)).toBe(NETWORKS_CHECKED_ON);
  });
});
