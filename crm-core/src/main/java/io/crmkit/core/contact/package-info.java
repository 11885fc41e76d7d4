/**
 * The contact aggregate: the people at a customer the tenant deals with, their roles in buying
 * decisions, typed contact points (E.164 phones, normalised e-mail, WeChat ids, addresses), solar
 * or lunar birthdays, and preferred language.
 */
@NullMarked
package io.crmkit.core.contact;

import org.jspecify.annotations.NullMarked;
