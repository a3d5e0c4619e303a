package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class OutputFormatTest {

    private static final CommandSpec SPEC = new CommandLine(CommandSpec.create().name("demo")).getCommandSpec();

    @Test
    void aFormatTheCommandCannotWriteIsRefusedNamingTheOnesItCan() {
        OutputFormat.json.requireOneOf(SPEC, OutputFormat.table, OutputFormat.json);
        assertEquals("--format: demo writes table, json, not html", assertThrows(CommandLine.ParameterException.class,
                () -> OutputFormat.html.requireOneOf(SPEC, OutputFormat.table, OutputFormat.json)).getMessage());
    }

    @Test
    void anOptionForAnotherFormatIsRefusedOnlyWhenGiven() {
        OutputFormat.json.refuseUnless(SPEC, false, "--brief", OutputFormat.table);
        assertEquals("--brief: applies to --format table only, not json", assertThrows(CommandLine.ParameterException.class,
                () -> OutputFormat.json.refuseUnless(SPEC, true, "--brief", OutputFormat.table)).getMessage());
    }

    @Test
    void onlyTheWorkbookIsBinary() {
        assertTrue(OutputFormat.xlsx.binary());
        for (OutputFormat f : new OutputFormat[] {OutputFormat.table, OutputFormat.csv, OutputFormat.json, OutputFormat.html}) {
            assertFalse(f.binary(), f.name());
        }
    }
}
