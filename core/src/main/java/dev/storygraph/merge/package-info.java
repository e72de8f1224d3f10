/**
 * Merging: per-article results into one story, with one entity per referent and one fact per event.
 */
package dev.storygraph.merge;
