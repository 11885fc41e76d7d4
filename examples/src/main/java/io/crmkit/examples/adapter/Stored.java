package io.crmkit.examples.adapter;

/**
 * One stored value: its text and the version the store keeps with it. A value is first stored at
 * version 1, and every replacement adds one; the store refuses a write based on another version.
 *
 * @param version the version, 1 or more
 * @param text the value's text, one line
 */
record Stored(long version, String text) {}
