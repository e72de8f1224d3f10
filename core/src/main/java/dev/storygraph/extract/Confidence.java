package dev.storygraph.extract;

import dev.storygraph.Modality;

/** How sure a fact is, from what the reading found: named weights, summed and kept within (0, 1). */
final class Confidence {
  static final double BASE = 0.45;
  static final double NAMED_SUBJECT = 0.15;
  static final double PRONOUN_SUBJECT = -0.1;
  static final double NAMED_OBJECT = 0.15;
  static final double NO_OBJECT_NEEDED = 0.1;
  static final double PLACE = 0.1;
  static final double TIME = 0.1;
  static final double ASSERTED = 0.05;
  static final double FLOOR = 0.05;
  static final double CEILING = 0.95;

  private Confidence() {}

  static double of(boolean pronounSubject, boolean object, boolean objectNeeded, boolean place, boolean time,
      Modality modality) {
    double conf = BASE + (pronounSubject ? PRONOUN_SUBJECT : NAMED_SUBJECT);
    conf += object ? NAMED_OBJECT : objectNeeded ? 0 : NO_OBJECT_NEEDED;
    conf += place ? PLACE : 0;
    conf += time ? TIME : 0;
    conf += modality == Modality.ASSERTED ? ASSERTED : 0;
    conf = Math.max(FLOOR, Math.min(CEILING, conf));
    return Math.round(conf * 100) / 100.0;
  }
}
