// The popup's side of the message protocol: typed requests, errors thrown as ApiError.
import browser from 'webextension-polyfill';
import type { ErrorCode } from '../core/errors';
import type { PageRequest, ResponseMap, Result } from '../core/protocol';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export async function call<R extends PageRequest>(req: R): Promise<ResponseMap[R['type']]> {
  const res = (await browser.runtime.sendMessage(req)) as Result<ResponseMap[R['type']]> | undefined;
  if (!res) throw new ApiError('internal', 'No answer from the wallet.');
  if (!res.ok) throw new ApiError(res.error.code, res.error.message, res.error.retryAfterMs);
  return res.value;
}
