/**
 * Sentences for the operator as keys and arguments ({@link app.switchboard.text.Words}), so that code
 * below the interface never decides the language. Depends on nothing else in Switchboard, so every
 * package may use it.
 */
package app.switchboard.text;
