// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { movedIndex, pageActionFor, rowActionFor } from '../../../../../renderer/features/ideas/idea-keys.ts';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('a focused idea’s keys', () => {
  it('set the status with 1 to 4, in the order statuses go', () => {
    expect(rowActionFor(key('1'))).toEqual({ kind: 'status', status: 'new' });
    expect(rowActionFor(key('2'))).toEqual({ kind: 'status', status: 'planned' });
    expect(rowActionFor(key('3'))).toEqual({ kind: 'status', status: 'used' });
    expect(rowActionFor(key('4'))).toEqual({ kind: 'status', status: 'dropped' });
    expect(rowActionFor(key('5'))).toBeNull();
  });

  it('plan with P, edit with Enter, trash with Delete, and leave modified keys to the app', () => {
    expect(rowActionFor(key('p'))).toEqual({ kind: 'plan' });
    expect(rowActionFor(key('P'))).toEqual({ kind: 'plan' });
    expect(rowActionFor(key('Enter'))).toEqual({ kind: 'edit' });
    expect(rowActionFor(key('Delete'))).toEqual({ kind: 'delete' });
    expect(rowActionFor(key('Backspace'))).toEqual({ kind: 'delete' });
    expect(rowActionFor(key('z', { ctrlKey: true }))).toBeNull();
    expect(rowActionFor(key('p', { metaKey: true }))).toBeNull();
    expect(rowActionFor(key('ArrowDown'))).toEqual({ kind: 'move', to: 'next' });
  });

  it('move within the list', () => {
    expect(movedIndex(0, 'previous', 5, 3)).toBe(0);
    expect(movedIndex(4, 'next', 5, 3)).toBe(4);
    expect(movedIndex(-1, 'next', 5, 3)).toBe(0);
    expect(movedIndex(1, 'pageDown', 5, 3)).toBe(4);
    expect(movedIndex(3, 'first', 5, 3)).toBe(0);
    expect(movedIndex(0, 'last', 5, 3)).toBe(4);
    expect(movedIndex(0, 'next', 0, 3)).toBe(-1);
  });
});

describe('the screen’s letters', () => {
  const event = (k: string, target: EventTarget = document.body, mods: KeyboardEventInit = {}) => {
    const e = new KeyboardEvent('keydown', { key: k, bubbles: true, ...mods });
    Object.defineProperty(e, 'target', { value: target });
    return e;
  };

  it('capture with N and search with /, not while typing nor with a modifier', () => {
    expect(pageActionFor(event('n'))).toBe('capture');
    expect(pageActionFor(event('/'))).toBe('search');
    expect(pageActionFor(event('n', document.createElement('input')))).toBeNull();
    expect(pageActionFor(event('n', document.body, { ctrlKey: true }))).toBeNull();
  });
});
