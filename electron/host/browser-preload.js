// Served by the web host to a plain browser: installs the same `window.calepin` bridge the
// Electron preload installs, over HTTP on loopback. The token comes from the URL the host printed.
(() => {
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const failure = (code, message) => ({ ok: false, error: { code, message } });
  window.calepin = Object.freeze({
    async invoke(method, input) {
      const body = JSON.stringify(input === undefined ? null : input);
      try {
        const response = await fetch(`/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-calepin-token': token },
          body,
          // A save sent as the tab closes still reaches the host; browsers cap such bodies at 64 kB.
          keepalive: new TextEncoder().encode(body).length < 60_000,
        });
        return await response.json();
      } catch (error) {
        return failure('internal', `The Calepin host did not answer: ${error}`);
      }
    },
    // No native menu in a browser: nothing is ever pushed, but the shape matches Electron's.
    on() {
      return () => {};
    },
  });
})();
