/** Thrown by a query whose subject (a day, a paper) is not in the archive. */
export class NotFoundError extends Error {
  constructor(
    readonly kind: 'day' | 'paper',
    readonly key: string,
  ) {
    super(`${kind} ${key} is not in the archive`);
    this.name = 'NotFoundError';
  }
}

export function isNotFound(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError;
}
