package org.waterfall.inference;

import java.math.BigDecimal;

/**
 * An input the statement does not print, inferred from what it does print (or taken from a period data file).
 *
 * @param id e.g. {@code group.1.beginningBalance}
 * @param value the value used
 * @param method how it was obtained, and which printed figures it consumed (those are marked INPUT)
 */
public record InferredInput(String id, BigDecimal value, String method) {
}
