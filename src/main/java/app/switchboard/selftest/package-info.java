/**
 * The installation's self-test ({@code switchboard --self-test}): each check exercises the real
 * parts an installed copy depends on (change engine, activity log across processes, the secret
 * store, proxy and trust set-up) and reports ok or failed with the reason. No JavaFX, no picocli.
 */
package app.switchboard.selftest;
