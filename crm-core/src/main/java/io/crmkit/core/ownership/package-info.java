/**
 * Ownership of customers: the dedicated account manager (专属客户经理), the account team with roles and
 * access, and public pools (公海) where unowned customers wait to be claimed. Every move — claim,
 * assign, release, transfer, lock, unlock — is kept with the previous owner, the actor, the time
 * and the reason.
 */
@NullMarked
package io.crmkit.core.ownership;

import org.jspecify.annotations.NullMarked;
