import type { Input, Method, Output } from '../../shared/contract.ts';
import type { Envelope } from '../../shared/errors.ts';
import { RpcFailure } from './rpc-failure.ts';

/** Calls one contract method: resolves with its value or throws an RpcFailure. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  let envelope: Envelope<Output<M>>;
  try {
    envelope = await window.calepin.invoke(method, input);
  } catch (error) {
    // The bridge itself broke (host gone, IPC torn down): report it like any internal failure.
    throw new RpcFailure({ code: 'internal', message: String(error) });
  }
  if (envelope.ok) return envelope.value;
  throw new RpcFailure(envelope.error);
}
