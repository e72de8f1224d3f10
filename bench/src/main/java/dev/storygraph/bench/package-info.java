/** Benchmarks: StoryGraph against plain CoreNLP, for speed, memory and fact accuracy. Never deployed. */
package dev.storygraph.bench;
