import { configure } from '@testing-library/dom';

// findBy/waitFor give up after 1 s by default: too short for a two-core CI machine under load.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no matchMedia; uPlot reads the device pixel ratio through one as soon as it loads.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
