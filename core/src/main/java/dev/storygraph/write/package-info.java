/** Writers: a story as the JSON contract of DESIGN.md, or as a table for people. */
package dev.storygraph.write;
