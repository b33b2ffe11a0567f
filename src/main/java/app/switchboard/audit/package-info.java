/**
 * The append-only activity log: one JSON line per attempted change in
 * {@code <data>/activity/activity-YYYY-MM.jsonl} (months in UTC), forced to disk before the change
 * is reported; queries stream over the monthly files and skip torn lines with a warning; CSV export
 * is safe to open in a spreadsheet. No secrets: entries hold no credentials, and anything shaped
 * like one in a message is masked.
 */
package app.switchboard.audit;
