/*
 * Runs Neo4j embedded with the Bolt connector on loopback, for `newsgraph serve` and the
 * test suite when no NEO4J_URI is given. Single-file source program:
 *
 *   java <jvm options> -cp "$(cat classpath.txt)" Launcher.java --home DIR --port 7687
 *
 * It speaks to its parent with marker lines on stdout, so the parent never parses logs:
 *   NEWSGRAPH-NEO4J READY <bolt uri> <version> <edition>
 *   NEWSGRAPH-NEO4J ERROR <LOCKED|PORT_IN_USE|BAD_ARGS|START_FAILED> <one-line message>
 * It stops cleanly on SIGINT/SIGTERM (shutdown hook) and when its stdin closes, which is
 * how it notices that the parent died, even by SIGKILL.
 */
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public class Launcher {
  private static final String MARK = "NEWSGRAPH-NEO4J";

  public static void main(String[] args) {
    Map<String, String> options = parse(args);
    if (options == null) {
      fail("BAD_ARGS", "usage: Launcher.java --home DIR [--port 7687] [--host 127.0.0.1] [--password P] [--pagecache-mb 256] [--watch-stdin true]");
      return;
    }
    Path home = Path.of(options.get("home")).toAbsolutePath();
    String host = options.getOrDefault("host", "127.0.0.1");
    int port;
    long pagecacheMb;
    try {
      port = Integer.parseInt(options.getOrDefault("port", "7687"));
      pagecacheMb = Long.parseLong(options.getOrDefault("pagecache-mb", "256"));
    } catch (NumberFormatException e) {
      fail("BAD_ARGS", "--port and --pagecache-mb take whole numbers");
      return;
    }
    String password = options.get("password");

    // Neo4j's own store lock would refuse a second process on the same folder too, but only
    // after a long start; checking the port first gives the clear message at once.
    if (!portIsFree(host, port)) {
      fail("PORT_IN_USE", "Bolt port " + port + " on " + host + " is already in use; set NEWSGRAPH_NEO4J_BOLT_PORT to another port");
      return;
    }

    DatabaseManagementService dbms;
    try {
      Files.createDirectories(home);
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
          .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
          .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
          .build();
    } catch (Throwable e) {
      if (causedBy(e, "FileLockException") || messageHas(e, "locked by another process")) {
        fail("LOCKED", "the data folder " + home + " is in use by another Neo4j process (is another `newsgraph serve` running on it?)");
      } else if (causedBy(e, "PortBindException") || messageHas(e, "Address already in use")) {
        fail("PORT_IN_USE", "Bolt port " + port + " is already in use; set NEWSGRAPH_NEO4J_BOLT_PORT to another port");
      } else {
        fail("START_FAILED", rootMessage(e));
      }
      return;
    }

    final DatabaseManagementService running = dbms;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        running.shutdown();
      } catch (Throwable ignored) {
        // Shutting down anyway; nothing useful to report to a parent that is leaving.
      }
    }, "newsgraph-neo4j-shutdown"));

    try {
      if (password != null) {
        // Community edition has the single native user `neo4j`; set its password so
        // clients authenticate as they would against a server.
        setPassword(dbms, password);
      }
      GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      String[] component = db.executeTransactionally(
          "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
          Map.of(),
          result -> {
            Map<String, Object> row = result.next();
            return new String[] {String.valueOf(row.get("version")), String.valueOf(row.get("edition"))};
          });
      System.out.println(MARK + " READY bolt://" + host + ":" + port + " " + component[0] + " " + component[1]);
      System.out.flush();
    } catch (Throwable e) {
      fail("START_FAILED", rootMessage(e));
      System.exit(1);
      return;
    }

    if (!"false".equals(options.getOrDefault("watch-stdin", "true"))) {
      watchStdin();
    }
  }

  /** Sets the password of `neo4j`; on a store that has it already, Neo4j refuses "the same" password, which is fine. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      if (!messageHas(e, "Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  /** Exits (running the shutdown hook) when the parent closes our stdin or dies. */
  private static void watchStdin() {
    Thread watcher = new Thread(() -> {
      InputStream in = System.in;
      byte[] buffer = new byte[256];
      try {
        while (in.read(buffer) >= 0) {
          // Input is ignored; only its end matters.
        }
      } catch (IOException ignored) {
        // A broken pipe means the same as end of input.
      }
      System.exit(0);
    }, "newsgraph-neo4j-stdin");
    watcher.setDaemon(false);
    watcher.start();
  }

  private static boolean portIsFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        return null;
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options.containsKey("home") ? options : null;
  }

  private static boolean causedBy(Throwable e, String simpleName) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  private static boolean messageHas(Throwable e, String text) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.replace('\n', ' ');
  }

  private static void fail(String code, String message) {
    System.out.println(MARK + " ERROR " + code + " " + message.replace('\n', ' '));
    System.out.flush();
    System.exit(code.equals("BAD_ARGS") ? 2 : 1);
  }
}
