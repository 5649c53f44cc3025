// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSelection } from '../../../../../renderer/features/calendar/use-selection.ts';

const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const selectedOf = (result: { current: ReturnType<typeof useSelection> }) =>
  ORDER.filter((id) => result.current.selected.has(id));

describe('useSelection', () => {
  it('selects the range from the last post ticked to the Shift-clicked one, either way', () => {
    const { result } = renderHook(() => useSelection());
    act(() => result.current.toggle('tue', false, ORDER));
    act(() => result.current.toggle('fri', true, ORDER));
    expect(selectedOf(result)).toEqual(['tue', 'wed', 'thu', 'fri']);
    act(() => result.current.toggle('sun', false, ORDER));
    act(() => result.current.toggle('sat', true, ORDER));
    expect(selectedOf(result)).toEqual(['tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });

  it('toggles a single post when a Shift-click has nowhere to start from', () => {
    const { result } = renderHook(() => useSelection());
    act(() => result.current.toggle('wed', true, ORDER));
    expect(selectedOf(result)).toEqual(['wed']);
    act(() => result.current.toggle('wed', false, ORDER));
    expect(selectedOf(result)).toEqual([]);
  });

  it('selects everything at once and forgets the range start when cleared', () => {
    const { result } = renderHook(() => useSelection());
    act(() => result.current.set(ORDER));
    expect(selectedOf(result)).toEqual(ORDER);
    act(() => result.current.clear());
    act(() => result.current.toggle('thu', true, ORDER));
    expect(selectedOf(result)).toEqual(['thu']);
  });
});
