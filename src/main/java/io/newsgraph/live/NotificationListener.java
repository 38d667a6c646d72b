package io.newsgraph.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on a PostgreSQL channel on a connection of its own (pgjdbc's notifications) and calls {@code onNotify}
 * for each batch of notifications, and after every reconnection (notifications sent while it was away are lost,
 * so the feed reads the table anyway).
 */
final class NotificationListener {

    private static final Logger LOG = Logger.getLogger(NotificationListener.class);
    /** Longest wait for a notification before checking whether to stop; below the driver's socket timeout. */
    private static final int WAIT_MILLIS = 1000;
    private static final long RETRY_MILLIS = 1000;

    private final DataSource dataSource;
    private final String channel;
    private final Runnable onNotify;
    private final Thread thread;
    private volatile boolean running = true;

    NotificationListener(DataSource dataSource, String channel, Runnable onNotify) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.onNotify = onNotify;
        this.thread = new Thread(this::run, "newsgraph-live-listener");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("listen " + channel);
                }
                onNotify.run();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        onNotify.run();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("listening for graph events failed, reconnecting: %s", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
