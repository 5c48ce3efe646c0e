package dev.hostledger.account.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a compensation upload, JSON ({@code [{"accountId", "amount": {"amount", "currency"}, "reason"}]}) or CSV
 * ({@code accountId,amount,currency,reason} per line, an optional header line), into lines, and names every line that
 * is malformed by its number, so the operator can fix the file before anything is credited.
 */
public final class CompensationUpload {

    public record Line(int number, String accountId, BigDecimal amount, String currency, String reason) {
    }

    public record Problem(int line, String message) {
    }

    public record Parsed(List<Line> lines, List<Problem> problems) {
    }

    private CompensationUpload() {
    }

    public static Parsed parse(String body, boolean csv, ObjectMapper json) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (csv) {
            String[] rows = body.split("\\R");
            for (int i = 0; i < rows.length; i++) {
                String row = rows[i].strip();
                if (row.isEmpty() || i == 0 && row.toLowerCase().startsWith("accountid")) {
                    continue;
                }
                String[] cells = row.split(",", 4);
                if (cells.length < 4) {
                    problems.add(new Problem(i + 1, "expected accountId,amount,currency,reason"));
                    continue;
                }
                line(i + 1, cells[0], cells[1], cells[2], cells[3], lines, problems);
            }
        } else {
            JsonNode array;
            try {
                array = json.readTree(body);
            } catch (IOException e) {
                problems.add(new Problem(0, "not JSON: " + e.getMessage().lines().findFirst().orElse("")));
                return new Parsed(lines, problems);
            }
            if (!array.isArray()) {
                problems.add(new Problem(0, "expected a JSON array of {accountId, amount, reason}"));
                return new Parsed(lines, problems);
            }
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                line(i + 1, item.path("accountId").asText(""), item.path("amount").path("amount").asText(""),
                        item.path("amount").path("currency").asText(""), item.path("reason").asText(""), lines,
                        problems);
            }
        }
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (Line line : lines) {
            Integer first = firstLineOf.putIfAbsent(line.accountId(), line.number());
            if (first != null) {
                problems.add(new Problem(line.number(), "account " + line.accountId() + " is already on line " + first
                        + ": one compensation per account and incident"));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "the upload is empty"));
        }
        return new Parsed(lines, problems);
    }

    private static void line(int number, String accountId, String amount, String currency, String reason,
                             List<Line> lines, List<Problem> problems) {
        if (accountId.isBlank()) {
            problems.add(new Problem(number, "accountId is missing"));
            return;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(number, "amount '" + amount + "' is not a decimal number"));
            return;
        }
        if (value.signum() <= 0) {
            problems.add(new Problem(number, "amount must be positive, was " + value.toPlainString()));
            return;
        }
        if (!currency.strip().matches("[A-Z]{3}")) {
            problems.add(new Problem(number, "currency '" + currency + "' is not an ISO 4217 code"));
            return;
        }
        if (reason.isBlank()) {
            problems.add(new Problem(number, "reason is missing"));
            return;
        }
        lines.add(new Line(number, accountId.strip(), value, currency.strip(), reason.strip()));
    }
}
