/**
 * The quickstart: the smallest program that registers a key account with a subsidiary and contacts,
 * records what they buy and how they interact, and reads the account's facts.
 */
@NullMarked
package io.crmkit.examples.quickstart;

import org.jspecify.annotations.NullMarked;
