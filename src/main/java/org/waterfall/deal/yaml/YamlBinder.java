package org.waterfall.deal.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.waterfall.InputException;
import org.waterfall.InputFiles;
import org.waterfall.InputProblem;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Binds a YAML file to a document record with Jackson, safely: size, nesting and alias limits against
 * hostile files; unknown keys, wrong types and missing required keys reported as one line naming file, line
 * and key path; and an index from key path to line, so that checks made after binding can name the line too.
 */
public final class YamlBinder {

    /** Largest YAML file accepted, bytes. A deal file is a few kilobytes. */
    static final int MAX_BYTES = 1 << 20;
    private static final int MAX_ALIASES = 50;
    private static final int MAX_NESTING = 40;

    private static final ObjectMapper MAPPER = newMapper();

    private YamlBinder() {
    }

    /** A bound document and where each key path stands in the file. */
    public record Bound<T>(T document, String file, Map<String, Integer> lines) {

        /** The line of a key path such as {@code classes[3].group}, or of its nearest enclosing key; 0 if none. */
        public int lineOf(String path) {
            String p = path;
            while (true) {
                Integer line = lines.get(p);
                if (line != null) {
                    return line;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                if (cut <= 0) {
                    return 0;
                }
                p = p.substring(0, cut);
            }
        }

        public InputProblem problem(String path, String message) {
            return new InputProblem(file, lineOf(path), path, message);
        }
    }

    public static <T> Bound<T> bind(Path file, Class<T> type) {
        String name = file.toString();
        return bind(name, InputFiles.readText(file, MAX_BYTES, "YAML", false), type);
    }

    /** Binds YAML text; {@code name} is how problems name the file. */
    static <T> Bound<T> bind(String name, String text, Class<T> type) {
        if (text.length() > MAX_BYTES) {
            throw new InputException(new InputProblem(name, 0, "", "document is " + text.length()
                    + " characters; the limit is " + MAX_BYTES));
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputException(new InputProblem(name, 0, "", "binary file (NUL bytes), not YAML"));
        }
        if (text.isBlank()) {
            throw new InputException(new InputProblem(name, 0, "", "file is empty"));
        }
        Map<String, Integer> lines = indexLines(text, name);
        try {
            T document = MAPPER.readValue(text, type);
            if (document == null) {
                throw new InputException(new InputProblem(name, 1, "", "file holds no YAML mapping"));
            }
            return new Bound<>(document, name, lines);
        } catch (JsonMappingException e) {
            throw new InputException(mappingProblem(name, e, lines));
        } catch (JsonProcessingException e) {
            throw new InputException(syntaxProblem(name, e));
        }
    }

    /** Walks the token stream once, recording the line of every key and list element by its path. */
    private static Map<String, Integer> indexLines(String text, String name) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || p.getParsingContext().inArray()) {
                    String path = pathOf(p);
                    lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
                }
            }
        } catch (JsonProcessingException e) {
            throw new InputException(syntaxProblem(name, e));
        } catch (IOException e) {
            throw new InputException(new InputProblem(name, 0, "", "cannot read YAML: " + e.getMessage()));
        }
        return lines;
    }

    /**
     * The key path of the parser's current token, {@code classes[3].group}, from its contexts: an array element is
     * {@code [i]}, a mapping key {@code .key} (also a numeric key such as a group id: {@code groups.3}).
     */
    private static String pathOf(JsonParser p) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static InputProblem mappingProblem(String file, JsonMappingException e, Map<String, Integer> lines) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown key '" + u.getPropertyName() + "'";
            // the key's own line: Jackson's location is the end of a buffered object (a key that also takes a scalar)
            Integer own = lines.get(path.toString());
            if (own != null) {
                line = own;
            }
        } else {
            message = firstLine(e.getOriginalMessage());
            String prefix = "Missing required creator property '";
            int missing = message.indexOf(prefix);
            if (missing >= 0) {
                int from = missing + prefix.length();
                String key = message.substring(from, message.indexOf('\'', from));
                message = "missing required key '" + key + "'";
                if (path.length() > 0) {
                    path.setLength(Math.max(0, path.length() - key.length() - 1));
                }
            } else if (message.startsWith("Cannot deserialize value of type")
                    || message.startsWith("Cannot construct instance of")) {
                message = "wrong type: expected " + expectedType(message) + valueIn(message);
            }
        }
        return new InputProblem(file, Math.max(line, 0), path.toString(), message);
    }

    /** A reader's word for the Java type Jackson wanted. */
    private static String expectedType(String jacksonMessage) {
        // the wanted type is the first one quoted ("value of type `java.util.ArrayList<...>` from Integer value")
        java.util.regex.Matcher wanted = java.util.regex.Pattern.compile("`([^`]*)`").matcher(jacksonMessage);
        String message = wanted.find() ? wanted.group(1) : jacksonMessage;
        if (message.startsWith("java.util.List") || message.startsWith("java.util.ArrayList")) {
            return "a list";
        } else if (message.contains("BigDecimal") || message.contains("Integer") || message.equals("int")) {
            return "a number";
        } else if (message.contains("LocalDate")) {
            return "a date (yyyy-mm-dd)";
        } else if (message.contains("Boolean") || message.equals("boolean")) {
            return "true or false";
        } else if (message.contains("String")) {
            return "text";
        }
        return "a mapping of keys";
    }

    private static String valueIn(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("from String (\"[^\"]*\")").matcher(message);
        return m.find() ? ", not " + m.group(1) : "";
    }

    private static InputProblem syntaxProblem(String file, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return new InputProblem(file, loc == null ? 0 : Math.max(loc.getLineNr(), 0), "",
                "YAML syntax error: " + firstLine(e.getOriginalMessage()));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static ObjectMapper newMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(MAX_BYTES);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).maxNumberLength(100).build())
                .build();
        return YAMLMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .findAndAddModules()
                .build();
    }
}
