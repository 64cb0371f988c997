/**
 * What a log line keeps of an error (issue 21, finding 1): its kind, the database's codes and where it was thrown,
 * never the statement's parameters, the statement itself, the row the driver quotes back in `detail`, or a database
 * message that quotes a value ("invalid input syntax for type date: ..."). Personal data never reaches a log.
 */
export interface SafeError {
  type: string;
  message?: string;
  /** SQLSTATE for a database error. */
  code?: string;
  constraint?: string;
  table?: string;
  stack?: string;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  stack?: unknown;
  driverError?: ErrorLike;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const text = (v: unknown) => (typeof v === 'string' && v.length ? v : undefined);

/** A database error: TypeORM's QueryFailedError (the driver's error inside it), or the driver's own error with its SQLSTATE. */
export function isDatabaseError(error: unknown): boolean {
  const e = error as ErrorLike | undefined;
  return (
    !!e && (e.name === 'QueryFailedError' || !!e.driverError || (typeof e.code === 'string' && SQLSTATE.test(e.code) && 'severity' in e))
  );
}

/** The SQLSTATE of a database error, if it is one. */
export function sqlState(error: unknown): string | undefined {
  if (!isDatabaseError(error)) return undefined;
  const e = error as ErrorLike;
  const code = text(e.code) ?? text(e.driverError?.code);
  return code && SQLSTATE.test(code) ? code : undefined;
}

export function safeError(error: unknown): SafeError {
  if (!error || typeof error !== 'object') return { type: typeof error, message: typeof error === 'string' ? undefined : String(error) };
  const e = error as ErrorLike;
  const type = text(e.name) ?? error.constructor?.name ?? 'Error';
  // the frames only: a stack's first line repeats the message, which a database error may fill with a value
  const frames = text(e.stack)
    ?.split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .slice(0, 6)
    .join('\n');
  if (isDatabaseError(error))
    return {
      type,
      code: sqlState(error),
      constraint: text(e.constraint) ?? text(e.driverError?.constraint),
      table: text(e.table) ?? text(e.driverError?.table),
      stack: frames,
    };
  return { type, message: text(e.message), stack: frames };
}
