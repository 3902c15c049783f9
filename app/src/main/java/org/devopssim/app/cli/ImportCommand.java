package org.devopssim.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.devopssim.simulation.codec.TopologyCodec;
import org.devopssim.simulation.imports.ImportException;
import org.devopssim.simulation.imports.ImportResult;
import org.devopssim.simulation.imports.Importer;
import org.devopssim.simulation.imports.prometheus.PrometheusRuleImporter;

/**
 * {@code devops-sim import}: a Compose project or Kubernetes manifests to a topology file, or
 * Prometheus rule files to a report of the simulated rules they become (used by {@code run --rules}).
 */
public final class ImportCommand implements Subcommand {

    private final TopologyCodec codec;

    public ImportCommand(TopologyCodec codec) {
        this.codec = codec;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "turn a docker-compose file or Kubernetes manifests into a topology file; check Prometheus rules";
    }

    @Override
    public String usage() {
        return """
                Usage: devops-sim import FILE|FOLDER... --output TOPOLOGY.json

                Reads Docker Compose files (several are merged in order, like docker compose -f a -f b;
                ${VAR} values come from the .env beside the first file) or Kubernetes manifests (files
                or folders, many objects per file), writes a topology that devops-sim run --topology
                and the editor load, and prints what became what, with warnings for everything that
                was guessed, approximated or left out.

                A folder with compose.yaml / docker-compose.yml is a Compose project (with its
                override file); any other folder is read as Kubernetes manifests.

                Prometheus rule files (YAML with 'groups:') are recognised by their content: the
                command prints what each alerting rule becomes in the simulation, or why it is
                refused (the supported PromQL subset is in docs/prometheus.md), and writes nothing;
                devops-sim run --rules FILE adds the imported rules to a run.

                  --output FILE   the topology JSON to write (required for Compose and Kubernetes)

                Exit codes: 0 written, 2 bad input (the message names file and line), 1 internal error.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Arguments a;
        Path output;
        try {
            a = Arguments.parse(args, Set.of("output"), Set.of());
            if (a.positional().isEmpty()) {
                throw new Arguments.BadInput("give at least one Compose file, manifest or folder to import");
            }
        } catch (Arguments.BadInput e) {
            err.println("devops-sim import: " + e.getMessage());
            return BAD_INPUT;
        }
        List<Path> paths = a.positional().stream().map(Path::of).toList();
        try {
            List<Path> ruleFiles = ruleFiles(paths);
            if (!ruleFiles.isEmpty()) {
                if (ruleFiles.size() != paths.size()) {
                    err.println("devops-sim import: " + ruleFiles.getFirst()
                            + " is a Prometheus rule file; import rule files apart from topologies");
                    return BAD_INPUT;
                }
                if (a.get("output").isPresent()) {
                    err.println("devops-sim import: rule files are checked, not converted; use them with"
                            + " devops-sim run --rules FILE (leave out --output)");
                    return BAD_INPUT;
                }
                out.print(PrometheusRuleImporter.importFiles(ruleFiles).text());
                return OK;
            }
            output = Path.of(a.require("output"));
        } catch (ImportException e) {
            err.println("devops-sim import: " + e.getMessage());
            return BAD_INPUT;
        } catch (Arguments.BadInput e) {
            err.println("devops-sim import: " + e.getMessage());
            return BAD_INPUT;
        }
        ImportResult result;
        try {
            result = Importer.importPaths(paths);
        } catch (ImportException e) {
            err.println("devops-sim import: " + e.getMessage());
            return BAD_INPUT;
        }
        codec.write(result.topology(), output);
        out.print(result.report().text());
        out.println("Wrote " + output + ": " + result.topology().nodes().size() + " nodes, "
                + result.topology().links().size() + " links.");
        return OK;
    }

    /** The files among the paths that are Prometheus rule files (folders never are). */
    private static List<Path> ruleFiles(List<Path> paths) throws ImportException {
        List<Path> rules = new java.util.ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p) && PrometheusRuleImporter.isRuleFile(p)) {
                rules.add(p);
            }
        }
        return rules;
    }
}
