package dev.hostledger.contracts.account;

/** What was promised to the customer: the figures a post-mortem must be able to answer from history. */
public record ServiceSpec(int cpuCores, int ramGb, int diskGb, String location) {
}
