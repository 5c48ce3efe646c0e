package dev.hostledger.contracts.billing;

import java.util.List;

/**
 * Which services a grace period protects: all, those of the listed accounts, or those of the listed kinds
 * (DEDICATED, VIRTUAL). Protection is per service.
 */
public record GraceScope(boolean allAccounts, List<String> accountIds, List<String> serviceKinds) {

    public GraceScope {
        accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
        serviceKinds = serviceKinds == null ? List.of() : List.copyOf(serviceKinds);
        int kinds = (allAccounts ? 1 : 0) + (accountIds.isEmpty() ? 0 : 1) + (serviceKinds.isEmpty() ? 0 : 1);
        if (kinds != 1) {
            throw new IllegalArgumentException(
                    "a grace period's scope is exactly one of: all accounts, listed accounts, listed service kinds");
        }
    }

    public static GraceScope all() {
        return new GraceScope(true, List.of(), List.of());
    }

    public boolean covers(String accountId, String serviceKind) {
        return allAccounts || accountIds.contains(accountId) || serviceKinds.contains(serviceKind);
    }
}
