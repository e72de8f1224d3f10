package dev.storygraph.annotate;

/**
 * One match of a construction rule (a Semgrex file of {@code rules/} in the models): the argument a rule finds for
 * an event word, as token indices of the document.
 *
 * @param role     what the argument is to the trigger ("noun-subject", "passive-agent", "antecedent")
 * @param rule     the rule's name
 * @param trigger  the event word
 * @param argument the head token of the argument
 */
public record Construction(String role, String rule, int trigger, int argument) {}
