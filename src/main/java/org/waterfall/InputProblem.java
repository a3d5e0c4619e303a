package org.waterfall;

/**
 * One problem in an input file: {@code file:line: field: message}. Line is 1-based; 0 when unknown.
 *
 * @param file the file as the user named it
 * @param line 1-based line number, 0 if not known
 * @param field the key or field at fault (a YAML path such as {@code classes[3].original}, or a statement
 *     figure id), or empty
 * @param message what is wrong, lower case, no trailing period
 */
public record InputProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (field != null && !field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(message).toString();
    }
}
