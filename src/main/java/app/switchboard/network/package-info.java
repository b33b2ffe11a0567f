/**
 * Office networks: the operating system's proxy settings and certificate store, used beside the
 * runtime's own, and a TLS failure named in words a person can act on. No JavaFX, no picocli.
 */
package app.switchboard.network;
