package org.waterfall.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.yaml.DealYamlReader;
import org.waterfall.statement.StatementParser;
import org.waterfall.statement.TrusteeStatement;

/** The bundled BoAMS 2002-K deal and its November 2003 statement, read once per JVM. */
final class StatementFixtures {

    static final Path DEAL = Path.of("deals/boams-2002-k/deal.yaml");
    static final Path STATEMENT = Path.of("deals/boams-2002-k/statements/2003-11-20.txt");

    private static ResolvedDeal deal;
    private static TrusteeStatement statement;
    private static String statementText;

    private StatementFixtures() {
    }

    static synchronized ResolvedDeal deal() {
        if (deal == null) {
            deal = DealYamlReader.read(DEAL).resolve();
        }
        return deal;
    }

    static synchronized TrusteeStatement statement() {
        if (statement == null) {
            statement = StatementParser.parse(STATEMENT);
        }
        return statement;
    }

    static synchronized String statementText() {
        if (statementText == null) {
            try {
                statementText = Files.readString(STATEMENT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return statementText;
    }
}
