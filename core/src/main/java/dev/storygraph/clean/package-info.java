/**
 * Cleaning: web boilerplate out, real sentences kept whole, character offsets unchanged.
 *
 * <p>Internal: not part of the public API; it may change without notice.
 */
package dev.storygraph.clean;
