package dev.hostledger.kit.actor;

/** Who can make Hostledger do something. */
public enum ActorType {
    CUSTOMER,
    OPERATOR,
    SYSTEM,
    OUTSIDE_PUBLISHER
}
