/**
 * Team mode: one activity log for the whole support team on PostgreSQL. The local activity log
 * stays first and authoritative; a {@link app.switchboard.team.TeamReplicator} ships its entries to
 * the team database, idempotently by entry id, and catches up after an offline spell. Connection
 * settings never hold the password (it lives in the secret store), and plain connections are
 * allowed only to this computer. Imports neither JavaFX nor the command line; {@code audit} and
 * {@code ops} see it only through {@link app.switchboard.audit.SharedActivity}.
 */
package app.switchboard.team;
