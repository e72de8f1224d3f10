package dev.storygraph;

/** The kinds of entity StoryGraph extracts. */
public enum EntityType {
  /** A named person. */
  PERSON,
  /** A country, region, city or facility. */
  PLACE,
  /** A company, agency, party, ministry or other named body. */
  ORGANIZATION
}
