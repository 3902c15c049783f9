package org.devopssim.simulation.model;

import java.util.Map;

/**
 * Illustrative on-demand prices in dollars per instance-hour, by provider and instance size.
 * A size missing from a provider's table costs that provider's {@code "default"} price.
 */
public record PriceTable(int schemaVersion, String currency, String note, Map<String, Map<String, Double>> prices) {

    public double hourly(Provider provider, String size) {
        if (provider == null || provider == Provider.LOCAL) {
            return 0;
        }
        Map<String, Double> table = prices.getOrDefault(provider.name().toLowerCase(), Map.of());
        Double price = table.get(size);
        if (price == null) {
            price = table.getOrDefault("default", 0.0);
        }
        return price;
    }

    /** Nothing costs anything: for tests and topologies without cloud regions. */
    public static PriceTable free() {
        return new PriceTable(1, "USD", "free", Map.of());
    }
}
