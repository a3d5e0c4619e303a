package org.waterfall;

import java.util.List;

/**
 * A problem with an input file (deal YAML, statement, period data): carries every problem found, each
 * naming the file, line and field. The message is the first problem, plus a count of the rest, on one line.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(summarize(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static String summarize(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            return "no problems";
        }
        String first = problems.get(0).toString();
        int more = problems.size() - 1;
        return more == 0 ? first : first + " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")";
    }
}
