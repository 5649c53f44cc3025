import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { guardContents, setupSecurity } from '../../../../electron/main/security.ts';
import { app, FakeWebContents, session, shell } from '../support/fake-electron.ts';

vi.mock('electron', () => import('../support/fake-electron.ts'));

const ORIGINS = ['app://calepin', 'http://localhost:5173'];

function guarded() {
  const contents = new FakeWebContents();
  guardContents(contents as unknown as WebContents, ORIGINS);
  return contents;
}

function navigate(contents: FakeWebContents, url: string) {
  const event = { url, preventDefault: vi.fn() };
  contents.emit('will-navigate', event);
  return event.preventDefault.mock.calls.length > 0;
}

function openWindow(contents: FakeWebContents, url: string) {
  if (!contents.openHandler) throw new Error('no window-open handler installed');
  return contents.openHandler({ url }).action;
}

describe('navigation guards', () => {
  beforeEach(() => {
    shell.openExternal.mockClear();
  });

  it('lets the app move between its own pages', () => {
    const contents = guarded();
    expect(navigate(contents, 'app://calepin/index.html#/clients')).toBe(false);
    expect(navigate(contents, 'http://localhost:5173/')).toBe(false);
  });

  it('never navigates the window away, and hands web links to the browser', () => {
    const contents = guarded();
    expect(navigate(contents, 'https://evil.example/phish')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://evil.example/phish');
    expect(navigate(contents, 'app://other/index.html')).toBe(true);
    expect(navigate(contents, 'http://localhost:6000/')).toBe(true);
    expect(navigate(contents, 'file:///etc/passwd')).toBe(true);
    expect(shell.openExternal.mock.calls).toEqual([
      ['https://evil.example/phish'],
      ['http://localhost:6000/'],
    ]);
  });

  it('denies every new window and opens only http(s) links externally', () => {
    const contents = guarded();
    expect(openWindow(contents, 'https://www.instagram.com/calepin')).toBe('deny');
    expect(openWindow(contents, 'http://example.org/')).toBe('deny');
    expect(shell.openExternal.mock.calls).toEqual([
      ['https://www.instagram.com/calepin'],
      ['http://example.org/'],
    ]);

    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'calepin://x',
      'not a url',
    ]) {
      expect(openWindow(contents, url)).toBe('deny');
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(2);
  });

  it('refuses to attach a webview', () => {
    const contents = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('setupSecurity', () => {
  it('guards every web contents created later', () => {
    setupSecurity(ORIGINS);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.openHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    setupSecurity(ORIGINS);
    const [onRequest] = session.defaultSession.setPermissionRequestHandler.mock.calls.at(-1) ?? [];
    const [onCheck] = session.defaultSession.setPermissionCheckHandler.mock.calls.at(-1) ?? [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      onRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(onCheck({}, permission, 'app://calepin')).toBe(false);
    }
  });
});
