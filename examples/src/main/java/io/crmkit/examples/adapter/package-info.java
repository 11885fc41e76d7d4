/**
 * The custom storage adapter example: {@link io.crmkit.examples.adapter.KeyValueCrmStore}, a crmkit
 * store on one key-value file, written against the public storage SPI ({@code io.crmkit.spi}) the
 * way a team with its own storage would write one, and checked by the whole crm-tck. The README in
 * this directory explains it step by step.
 */
@NullMarked
package io.crmkit.examples.adapter;

import org.jspecify.annotations.NullMarked;
