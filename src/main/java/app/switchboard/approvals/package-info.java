/**
 * Four-eyes approval and scheduled changes: a change in an environment whose
 * {@link app.switchboard.credentials.ApprovalRule} covers it becomes a {@link ApprovalRequest} that
 * another person approves before anything is sent. {@code ops} sees the requests only through
 * {@link ChangeRequests}; the team database holds them ({@link PostgresChangeRequests}), and
 * {@link InMemoryChangeRequests} follows the same rules for tests. Imports neither JavaFX nor the
 * command line, and nothing from {@code ops}.
 */
package app.switchboard.approvals;
