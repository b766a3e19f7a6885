/** What other features may use of status/ (the kiosk receipt's QR link); see docs/structure.md. */
export { statusLink } from './model/status-link';
