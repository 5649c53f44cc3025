import { type RefObject, useEffect } from 'react';

/** After the server turns a form down, put the keyboard on the first field to fix (scrolled into view). */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, failure: unknown): void {
  useEffect(() => {
    if (!failure) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [failure, form]);
}
