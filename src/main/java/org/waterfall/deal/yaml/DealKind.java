package org.waterfall.deal.yaml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;

/**
 * What kind of deal a deal file defines, from its {@code kind} key: a shifting-interest senior/subordinate deal
 * (no key; read by {@link DealYamlReader}) or a REMIC defined by payment rules ({@code kind: remic}; read by
 * {@link RemicYamlReader}).
 */
public enum DealKind {
    SHIFTING_INTEREST,
    REMIC;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Probe(String kind) {
    }

    /** The kind of the deal in a file. @throws org.waterfall.InputException if the file cannot be read as YAML */
    public static DealKind of(Path file) {
        String kind = YamlBinder.bind(file, Probe.class).document().kind();
        return "remic".equals(kind) ? REMIC : SHIFTING_INTEREST;
    }
}
