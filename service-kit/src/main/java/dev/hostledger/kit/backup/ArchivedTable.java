package dev.hostledger.kit.backup;

import java.util.regex.Pattern;

/**
 * A table whose rows are state the events cannot give back, so a backup carries them as they are.
 *
 * @param name              a plain table name in the service's schema
 * @param pointInTimeColumn a timestamp column; a point-in-time restore keeps only rows at or before the instant.
 *                          {@code null}: the table is restored whole even then (say why where you declare it)
 */
public record ArchivedTable(String name, String pointInTimeColumn) {

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    public ArchivedTable {
        requirePlain(name);
        if (pointInTimeColumn != null) {
            requirePlain(pointInTimeColumn);
        }
    }

    private static void requirePlain(String identifier) {
        if (!PLAIN_NAME.matcher(identifier).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + identifier);
        }
    }
}
