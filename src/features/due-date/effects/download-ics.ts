/**
 * Hands an .ics file to the phone: the download opens in the calendar app on Android and iOS.
 * The object URL is revoked right after the click has been handled.
 */
export function downloadIcs(ics: string, fileName: string, doc: Document = document): void {
  const blob = new Blob([ics], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
