package dev.hostledger.account.api;

public enum ServiceKind {
    DEDICATED,
    VIRTUAL
}
