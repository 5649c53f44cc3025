// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useSetPrefs } from '../../../../renderer/api/prefs.ts';
import type { Prefs } from '../../../../shared/domain/prefs.ts';
import type { Envelope } from '../../../../shared/errors.ts';
import { createFakeBridge } from '../support/fake-bridge.ts';

/**
 * J pressed four times writes four weeks. Over HTTP the four requests could reach the host in any
 * order and the file keep an older week; the writes must leave one at a time, in the order made.
 */
describe('remembered preferences', () => {
  it('sends each write only once the one before has answered, so the last choice is the one kept', async () => {
    const answers: ((envelope: Envelope<Prefs>) => void)[] = [];
    const sent: string[] = [];
    let stored = '';
    const fake = createFakeBridge({
      'prefs.set': (patch) =>
        new Promise((resolve) => {
          sent.push(patch.language ?? '');
          answers.push((envelope) => {
            stored = patch.language ?? stored;
            resolve(envelope);
          });
        }),
    });
    window.calepin = fake.bridge;
    const qc = new QueryClient({ defaultOptions: { mutations: { networkMode: 'always' } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={qc}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useSetPrefs(), { wrapper });

    act(() => {
      result.current.mutate({ language: 'fr' });
      result.current.mutate({ language: 'en' });
    });
    await waitFor(() => expect(sent).toEqual(['fr']));
    // The second write waits for the first answer, however long it takes.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toEqual(['fr']);

    act(() => answers[0]?.({ ok: true, value: fake.prefs() }));
    await waitFor(() => expect(sent).toEqual(['fr', 'en']));
    act(() => answers[1]?.({ ok: true, value: fake.prefs() }));
    await waitFor(() => expect(stored).toBe('en'));
  });
});
