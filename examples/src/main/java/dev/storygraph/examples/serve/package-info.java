/**
 * {@code storygraph serve}: StoryGraph as an HTTP service, so that programs in any language can post articles
 * and get their story back without loading CoreNLP each time. {@link dev.storygraph.examples.serve.StoryServer}
 * is the server, {@link dev.storygraph.examples.serve.ServeCommand} its command line; docs/OUTPUT.md
 * ("Service") documents the API.
 */
package dev.storygraph.examples.serve;
