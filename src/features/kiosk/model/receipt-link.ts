/**
 * The link a receipt's QR code holds. The status token travels in the fragment (#t=…), which
 * browsers never send to servers, proxies or logs.
 */
export function statusLink(origin: string, statusToken: string): string {
  return `${origin.replace(/\/$/, '')}/status#t=${encodeURIComponent(statusToken)}`;
}
