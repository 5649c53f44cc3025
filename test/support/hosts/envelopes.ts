/** The envelope `dispatch` answers for a row that does not exist or is in the trash (to `toMatchObject`). */
export const NOT_FOUND = { ok: false, error: { code: 'not_found' } } as const;
