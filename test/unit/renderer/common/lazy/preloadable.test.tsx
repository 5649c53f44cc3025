// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadable } from '../../../../../renderer/common/lazy/preloadable.tsx';
import { ScreenBoundary } from '../../../../../renderer/common/lazy/ScreenBoundary.tsx';
import { I18nProvider } from '../../../../../renderer/i18n/context.tsx';
import { createI18n } from '../../../../../renderer/i18n/setup.ts';

afterEach(cleanup);

/** A chunk that arrives when the test says so. */
function chunk() {
  let arrive: () => void = () => {};
  let fail: (error: Error) => void = () => {};
  let loads = 0;
  const part = preloadable<{ name: string }>(() => {
    loads++;
    return new Promise((resolve, reject) => {
      arrive = () => resolve(({ name }: { name: string }) => <p>Hello {name}</p>);
      fail = reject;
    });
  });
  return { part, arrive: () => arrive(), fail: (e: Error) => fail(e), loads: () => loads };
}

const inApp = (node: React.ReactNode) => (
  <I18nProvider i18n={createI18n('en')}>
    <ScreenBoundary at="here">{node}</ScreenBoundary>
  </I18nProvider>
);

describe('a component whose code loads on first use', () => {
  it('draws in the very render that shows it once preloaded: no fallback, even for a moment', async () => {
    const { part: Part, arrive, loads } = chunk();
    const preloading = Part.preload();
    arrive();
    await preloading;
    render(inApp(<Part name="Ada" />));
    // Synchronously there: no Suspense fallback was committed first.
    expect(screen.getByText('Hello Ada')).toBeTruthy();
    expect(document.querySelector('[aria-busy]')).toBeNull();
    expect(loads()).toBe(1);
  });

  it('keeps the room of what is coming while its code loads, then shows it; the code is fetched once', async () => {
    const { part: Part, arrive, loads } = chunk();
    // Rendered as the app does, outside a synchronous act: React then commits the fallback.
    await act(async () => {
      render(inApp(<Part name="Ada" />));
    });
    expect(document.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(screen.queryByText('Loading…')).toBeNull();
    await act(async () => {
      arrive();
      await Part.preload();
    });
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
    expect(loads()).toBe(1);
  });

  it('says so, with a way out, when its code cannot be loaded', async () => {
    const { part: Part, fail } = chunk();
    await act(async () => {
      render(inApp(<Part name="Ada" />));
    });
    await act(async () => {
      fail(new Error('404'));
      await Part.preload();
    });
    expect(await screen.findByText('This screen could not be loaded.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });
});
