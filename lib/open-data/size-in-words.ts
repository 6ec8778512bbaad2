/** A file's size as the hub writes sizes elsewhere ('240 KB'): bytes below 1 KB, then KB, then MB. */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return `${Math.round(kilobytes * 10) / 10} KB`;
  return `${Math.round((kilobytes / 1024) * 10) / 10} MB`;
}
