/** The {@code storygraph} command line and runnable examples. */
package dev.storygraph.examples;
