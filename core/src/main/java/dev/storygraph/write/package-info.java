/**
 * Writers: every output format is a view of the same {@link dev.storygraph.Story} (docs/OUTPUT.md): the JSON
 * contract, tables for people, RDF (Turtle, TriG, JSON-LD), GraphML and a self-contained HTML page.
 */
package dev.storygraph.write;
