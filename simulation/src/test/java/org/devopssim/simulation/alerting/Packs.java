package org.devopssim.simulation.alerting;

import org.devopssim.simulation.codec.BadFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.devopssim.assets.Assets;
import org.devopssim.simulation.events.Severity;
import org.devopssim.simulation.metrics.Metric;
import org.devopssim.simulation.model.Mode;

/** Rule packs for tests: the bundled ones, and small hand-made ones. */
final class Packs {

    private Packs() {
    }

    static RulePack bundled(Mode mode) {
        String path = RulePackReader.bundledPath(mode);
        try (InputStream in = Assets.open(path)) {
            return new RulePackReader().read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static RulePack parse(String json) throws BadFileException {
        return new RulePackReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    /** One rule, email to {@code oncall@test}, for topologies without monitoring nodes. */
    static RulePack emailing(AlertRule... rules) {
        return new RulePack(Mode.PRODUCTION, "oncall@test", List.of(Channel.EMAIL), List.of(rules), List.of(),
                List.of(), null);
    }

    /** api fails more than 5% of requests for a minute. */
    static AlertRule apiErrors() {
        return new AlertRule("HighErrorRate", Metric.ERROR_RATE, new Target.NodeId("api"), Comparison.ABOVE, 5, 60,
                Severity.CRITICAL, "{node} fails {value}% of requests");
    }
}
