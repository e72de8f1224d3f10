/**
 * StoryGraph on Apache Spark: {@link dev.storygraph.spark.StorySpark} extracts articles across a cluster and
 * merges them per story into the same stories as one JVM; {@link dev.storygraph.spark.StorySparkCli} is the
 * {@code bin/storygraph-spark} command. Spark is a {@code provided} dependency: the cluster brings it.
 */
package dev.storygraph.spark;
