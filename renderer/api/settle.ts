/**
 * Runs `then` after a mutation succeeds, even if the component that started it is gone by then
 * (a deleted row unmounts before TanStack would call a per-mutate onSuccess). Failures are already
 * toasted by the query client, so they are swallowed here.
 */
export function afterSuccess<T>(promise: Promise<T>, then: (value: T) => void): void {
  promise.then(then, () => {});
}
