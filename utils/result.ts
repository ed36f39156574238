/** The outcome of a function that refuses bad input instead of throwing (design/contracts.md). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
