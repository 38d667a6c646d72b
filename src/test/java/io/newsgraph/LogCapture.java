package io.newsgraph;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Every log record of the application (all loggers) from {@link #start()} to {@link #close()}. */
public final class LogCapture extends Handler implements AutoCloseable {

    private record Line(Level level, String logger, String text, boolean stackTrace) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private LogCapture() {
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    /** Lines of the loggers under this name, as "LEVEL logger message exception". */
    public List<String> of(String loggerPrefix) {
        return select(line -> line.logger() != null && line.logger().startsWith(loggerPrefix));
    }

    /** Lines at WARN or above. */
    public List<String> warnings() {
        return select(line -> line.level().intValue() >= Level.WARNING.intValue());
    }

    /** Lines at WARN or above, and lines at any level that carry an exception. */
    public List<String> warningsAndStackTraces() {
        return select(line -> line.stackTrace() || line.level().intValue() >= Level.WARNING.intValue());
    }

    private List<String> select(Predicate<Line> which) {
        return lines.stream().filter(which).map(Line::text).toList();
    }

    @Override
    public void publish(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        Throwable thrown = record.getThrown();
        lines.add(new Line(record.getLevel(), record.getLoggerName(), record.getLevel() + " " + record.getLoggerName()
                + " " + message + (thrown == null ? "" : " " + thrown), thrown != null));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
