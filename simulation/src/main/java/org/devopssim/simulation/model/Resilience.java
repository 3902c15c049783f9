package org.devopssim.simulation.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Resilience patterns on a link, each off when null.
 *
 * @param timeoutMs         a call slower than this is abandoned and counts as failed
 * @param retries           failed calls are tried again up to this many times (load multiplies)
 * @param backoffMs         first wait before a retry, doubling each time; null retries at once
 * @param jitter            randomised backoff, so clients do not retry in lockstep
 * @param breakerErrorRate  a circuit breaker opens when this share of calls fails (0..1)
 * @param breakerOpenSeconds how long an open breaker fails calls fast before probing again
 * @param rateLimitRps      calls per second let through; the rest are rejected at once
 * @param maxConcurrent     bulkhead: calls in flight at once; the rest are rejected
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resilience(Double timeoutMs, Integer retries, Double backoffMs, Boolean jitter,
                         Double breakerErrorRate, Integer breakerOpenSeconds, Double rateLimitRps,
                         Integer maxConcurrent) {

    public int retriesOrZero() {
        return retries == null ? 0 : retries;
    }

    public boolean jittered() {
        return Boolean.TRUE.equals(jitter);
    }
}
