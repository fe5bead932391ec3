/**
 * The time left of an ingest run, in seconds, from how much of its input has been read:
 * the rate so far applied to the bytes still unread. Null while nothing can be said (the
 * total is unknown, as for stdin and URLs, or nothing has been read or timed yet).
 */
export function ingestEtaSeconds(
  bytesRead: number,
  totalBytes: number | null,
  elapsedSeconds: number,
): number | null {
  if (totalBytes === null || totalBytes <= 0 || bytesRead <= 0 || elapsedSeconds <= 0) return null;
  if (bytesRead >= totalBytes) return 0;
  return Math.round((elapsedSeconds * (totalBytes - bytesRead)) / bytesRead);
}

/** An ETA as the progress bar shows it: `42s`, `3m05s`, `1h02m`; empty when unknown. */
export function formatEta(seconds: number | null): string {
  if (seconds === null) return '';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
