/**
 * The quickstart: the smallest program that registers a key account with a subsidiary and contacts,
 * records what they buy and how they interact, reads the account's facts, lets a tier rule written
 * as text decide its grade, and lists the reminders due for its account manager.
 */
@NullMarked
package io.crmkit.examples.quickstart;

import org.jspecify.annotations.NullMarked;
