package org.waterfall.deal.yaml;

import java.nio.file.Path;

/**
 * Reads a scenario deck file into its document: unknown keys, wrong types and missing required keys are one
 * {@link org.waterfall.InputException} naming file, line and key.
 */
public final class ScenarioDeckYamlReader {

    private ScenarioDeckYamlReader() {
    }

    public static YamlBinder.Bound<ScenarioDeckDocument> read(Path file) {
        return YamlBinder.bind(file, ScenarioDeckDocument.class);
    }

    /** Reads deck YAML from text; {@code name} is how problems name the source. */
    public static YamlBinder.Bound<ScenarioDeckDocument> read(String name, String text) {
        return YamlBinder.bind(name, text, ScenarioDeckDocument.class);
    }
}
