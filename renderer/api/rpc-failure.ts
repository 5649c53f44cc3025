import type { ErrorCode, Issue, RpcError } from '../../shared/errors.ts';

/** A failed call, carrying the envelope's error so the UI can translate its code and issues. */
export class RpcFailure extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[];
  constructor(error: RpcError) {
    super(error.message);
    this.name = 'RpcFailure';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

export const isRpcFailure = (error: unknown): error is RpcFailure => error instanceof RpcFailure;
