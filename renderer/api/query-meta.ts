import '@tanstack/react-query';

/**
 * `silent`: the caller handles the failure itself (no error toast).
 * `inlineErrors`: field issues of an invalid_input failure are shown by the form, not toasted.
 */
export interface CalepinMeta extends Record<string, unknown> {
  silent?: boolean;
  inlineErrors?: boolean;
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: CalepinMeta;
    mutationMeta: CalepinMeta;
  }
}
