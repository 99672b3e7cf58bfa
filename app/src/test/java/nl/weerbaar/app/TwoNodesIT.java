package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the packaged application ({@code java -jar target/weerbaar.jar}, as in production) on
 * one PostgreSQL, behind a "load balancer" that is this test: any node takes any request. A stream of
 * reports runs while one node is killed with SIGKILL. Then: the survivor holds every segment within the
 * claim timeout (plus a claim round), every acknowledged report is stored exactly once, and every
 * projection has caught up with the event store. Also: the nodes share the segments while both live,
 * a session made on one node is valid on the other, and one report sent to both at once is stored once.
 *
 * <p>Run by Failsafe in {@code mvn verify}, after the jar is packaged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(4);
    private static final Duration TOKEN_CLAIM_INTERVAL = Duration.ofSeconds(1);
    private static final String PASSWORD = "twee-knopen";
    private static final String REPORTED = "nl.weerbaar.incident.api.IncidentReported";

    private static EmbeddedPostgres database;
    private static JdbcTemplate jdbc;
    private static Node nodeA;
    private static Node nodeB;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** One application process. */
    private record Node(String id, int port, Process process, Path log) {

        String url(String path) {
            return "http://localhost:" + port + path;
        }
    }

    @BeforeAll
    static void startDatabaseAndTwoNodes() throws IOException {
        Path jar = Path.of("target", "weerbaar.jar");
        assertThat(jar).as("the packaged application (mvn package first)").exists();
        database = EmbeddedPostgres.builder().start();
        DataSource dataSource = database.getPostgresDatabase();
        jdbc = new JdbcTemplate(dataSource);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String masterKey = Base64.getEncoder().encodeToString(key);
        // Both at once, against an empty database: the migrations, the master key check and the first
        // claims of the segments must each happen once.
        nodeA = start(jar, "node-a", masterKey);
        nodeB = start(jar, "node-b", masterKey);
        awaitHealthy(nodeA);
        awaitHealthy(nodeB);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (Node node : new Node[] {nodeA, nodeB}) {
            if (node != null && node.process().isAlive()) {
                node.process().destroy();
                if (!node.process().waitFor(20, TimeUnit.SECONDS)) {
                    node.process().destroyForcibly();
                }
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(2)
    void theSurvivorTakesOverAndEveryAcknowledgedReportIsStoredOnce() throws Exception {
        List<String> processors = jdbc.queryForList("SELECT DISTINCT processor_name FROM token_entry", String.class);
        assertThat(processors).as("the projections' processors").contains("incident-register", "incident-timeline");

        // Both live: each holds its fair share, one of the two segments of every projection.
        Awaitility.await("segments shared by the two nodes").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(ownersBySegment()).allSatisfy((segment, owner) ->
                        assertThat(owner).isIn("node-a", "node-b"))
                        .satisfies(owners -> assertThat(new HashSet<>(owners.values()))
                                .containsExactlyInAnyOrder("node-a", "node-b"))
                        // a processor of one segment (the audit trail's hash chain) has one owner
                        .satisfies(owners -> processors.forEach(processor -> assertThat(owners.entrySet().stream()
                                .filter(entry -> entry.getKey().startsWith(processor + "#"))
                                .map(Map.Entry::getValue).distinct().count())
                                .as("owners of %s", processor).isEqualTo(Math.min(2, owners.keySet().stream()
                                        .filter(key -> key.startsWith(processor + "#")).count())))));

        String adminToken = token(nodeA, "beheer");
        String official = (String) JsonText.parse(send(nodeB, "POST", "/api/officials", adminToken,
                JsonText.of(Map.of("name", "Dirk de Vries", "kind", "COUNCIL_MEMBER"))).body()).get("officialId");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM official WHERE official_id = ?::uuid", Integer.class, official) == 1);
        // A token signed on one node is accepted by the other: both derive the key from the master key.
        String clerkToken = token(nodeA, "griffier");

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        // Read-your-writes across nodes: the 201 waits for the register, whichever node projects it.
        for (int i = 0; i < 4; i++) {
            String incidentId = UUID.randomUUID().toString();
            attempted.add(incidentId);
            Node writer = i % 2 == 0 ? nodeA : nodeB;
            Node reader = writer == nodeA ? nodeB : nodeA;
            HttpResponse<String> created = send(writer, "POST", "/api/incidents", clerkToken,
                    report(incidentId, official));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            HttpResponse<String> read = send(reader, "GET", "/api/incidents/" + incidentId, clerkToken, "");
            assertThat(read.statusCode()).as("reported on %s, read on %s at once", writer.id(), reader.id())
                    .isEqualTo(200);
        }
        decisionsOnOneIncidentFromBothNodesAreNeitherLostNorDuplicated(clerkToken, official, attempted);
        String sentTwice = sameReportOnBothNodesAtOnceIsStoredOnce(clerkToken, official);
        attempted.add(sentTwice);
        AtomicBoolean nodeBDown = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> streams = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            int first = client;
            streams.add(clients.submit(() -> {
                int turn = first;
                while (!stop.get()) {
                    String incidentId = UUID.randomUUID().toString();
                    String body = report(incidentId, official);
                    attempted.add(incidentId);
                    // Round robin; a node that does not answer is skipped, and the same report is sent
                    // to the other node (the same incident id: stored once, however often it is sent).
                    for (int attempt = 0; attempt < 4; attempt++) {
                        Node node = (turn++ % 2 == 0 || nodeBDown.get()) ? nodeA : nodeB;
                        try {
                            HttpResponse<String> answer = send(node, "POST", "/api/incidents", clerkToken, body);
                            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
                            acknowledged.put(incidentId, (String) JsonText.parse(answer.body()).get("reference"));
                            break;
                        } catch (IOException nodeGone) {
                            // connection refused or reset: the next attempt goes elsewhere
                        }
                    }
                }
                return null;
            }));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 40);
        nodeB.process().destroyForcibly();
        long killedAt = System.nanoTime();
        nodeBDown.set(true);
        int atKill = acknowledged.size();

        // The survivor holds every segment once node-b's claims have expired.
        Awaitility.await("node-a holds every segment").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> ownersBySegment().values().stream().allMatch("node-a"::equals));
        Duration takeOver = Duration.ofNanos(System.nanoTime() - killedAt);
        System.out.printf("Two nodes: node-b killed after %d acknowledged reports; node-a held every segment "
                + "%d ms later (claim timeout %d ms)%n", atKill, takeOver.toMillis(), CLAIM_TIMEOUT.toMillis());
        // The claims expire after the claim timeout; the survivor notices at its next heartbeat and claims
        // at its next claim round. Generous slack for a busy 2-core machine.
        assertThat(takeOver).isLessThan(CLAIM_TIMEOUT.plus(TOKEN_CLAIM_INTERVAL).plusSeconds(6));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= atKill + 20);
        stop.set(true);
        for (Future<?> stream : streams) {
            stream.get(30, TimeUnit.SECONDS);
        }
        clients.shutdown();

        Map<String, Integer> stored = new HashMap<>();
        jdbc.query("SELECT aggregate_identifier, count(*) FROM domain_event_entry WHERE payload_type = ? "
                + "GROUP BY aggregate_identifier", rs -> {
                    stored.put(rs.getString(1), rs.getInt(2));
                }, REPORTED);
        assertThat(stored.values()).as("each report stored once").containsOnly(1);
        assertThat(stored.keySet()).as("every acknowledged report is stored").containsAll(acknowledged.keySet());
        assertThat(attempted).as("nothing stored that was not sent").containsAll(stored.keySet());

        // Every projection converges: no segment lags behind the event store (the survivor's metric)...
        Awaitility.await("projections caught up").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    for (String processor : processors) {
                        assertThat(lag(nodeA, processor)).as("lag of %s", processor).isZero();
                    }
                });
        // ...and the tables hold what the events say, each row once.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM incident_register", Integer.class))
                .isEqualTo(stored.size());
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT reference) FROM incident_register", Integer.class))
                .as("references unique across the nodes").isEqualTo(stored.size());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM incident_timeline", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE type = 'Incident'",
                        Integer.class));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM official", Integer.class)).isEqualTo(
                jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry "
                        + "WHERE type = 'Official'", Integer.class));
        for (Map.Entry<String, String> report : acknowledged.entrySet()) {
            assertThat(jdbc.queryForObject("SELECT reference FROM incident_register WHERE incident_id = ?::uuid",
                    String.class, report.getKey())).isEqualTo(report.getValue());
        }
    }

    @Test
    @Order(1)
    void aSessionStartedOnOneNodeIsValidOnTheOther() throws Exception {
        Node a = nodeA;
        Node b = nodeB;
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(a.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String form = "username=griffier&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(a.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> elsewhere = browser.send(HttpRequest.newBuilder(URI.create(b.url("/incidents")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).as("logged in on %s, asked %s", a.id(), b.id()).isEqualTo(200);
        assertThat(elsewhere.body()).contains("griffier");
        // The logged-in account is in the shared session table, without its password (hash).
        List<byte[]> attributes = jdbc.queryForList("SELECT attribute_bytes FROM spring_session_attributes",
                byte[].class);
        assertThat(attributes).isNotEmpty().noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)
                .contains(PASSWORD));
    }

    /**
     * Six discussions of one incident at the same moment, three per node: they race for the incident's
     * next sequence number; a loser is retried on the winner's events, and only after repeated losses
     * answered 409. Every 200 is one stored event, and no event is stored without one.
     */
    private static void decisionsOnOneIncidentFromBothNodesAreNeitherLostNorDuplicated(String token, String official,
            Set<String> attempted) throws Exception {
        String incidentId = UUID.randomUUID().toString();
        attempted.add(incidentId);
        assertThat(send(nodeA, "POST", "/api/incidents", token, report(incidentId, official)).statusCode())
                .isEqualTo(201);
        String discussion = JsonText.of(Map.of("discussedWith", List.of("CLERK"),
                "discussedAt", OffsetDateTime.now().toString(), "agreedNextStep", "Stopgesprek"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(6);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Node node = i % 2 == 0 ? nodeA : nodeB;
            answers.add(racers.submit(() -> {
                start.await();
                return send(node, "POST", "/api/incidents/" + incidentId + "/discussions", token, discussion);
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
            accepted += response.statusCode() == 200 ? 1 : 0;
        }
        racers.shutdown();
        System.out.printf("Two nodes: %d of 6 simultaneous discussions of one incident accepted, the rest 409%n",
                accepted);
        assertThat(accepted).as("accepted discussions").isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = 'nl.weerbaar.incident.api.IncidentDiscussed'", Integer.class, incidentId))
                .isEqualTo(accepted);
        assertThat(jdbc.queryForObject("SELECT max(sequence_number) + 1 - count(*) FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", Integer.class, incidentId)).as("no gap in the sequence").isZero();
    }

    /** Two identical requests at the same moment, one per node: one creates, the other finds it created. */
    private static String sameReportOnBothNodesAtOnceIsStoredOnce(String token, String official) throws Exception {
        String incidentId = UUID.randomUUID().toString();
        String body = report(incidentId, official);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (Node node : List.of(nodeA, nodeB)) {
            answers.add(both.submit(() -> {
                start.await();
                return send(node, "POST", "/api/incidents", token, body);
            }));
        }
        start.countDown();
        Set<String> references = new HashSet<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
            references.add((String) JsonText.parse(response.body()).get("reference"));
        }
        both.shutdown();
        assertThat(references).as("one incident, one reference").hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = ?", Integer.class, incidentId, REPORTED)).isEqualTo(1);
        return incidentId;
    }

    private static String report(String incidentId, String official) {
        Map<String, Object> report = Reports.valid();
        report.put("incidentId", incidentId);
        report.put("officialId", official);
        return JsonText.of(report);
    }

    /** {@code processor#segment} → owner, {@code null} while unclaimed. */
    private static Map<String, String> ownersBySegment() {
        Map<String, String> owners = new HashMap<>();
        jdbc.query("SELECT processor_name, segment, owner FROM token_entry", rs -> {
            owners.put(rs.getString(1) + "#" + rs.getInt(2), rs.getString(3));
        });
        return owners;
    }

    /** The node's own metric: events the processor's slowest segment (on any node) has not passed yet. */
    private static long lag(Node node, String processor) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(
                node.url("/actuator/metrics/weerbaar.processor.lag?tag=processor:" + processor)))
                .header("Authorization", basic("beheer")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher value = Pattern.compile("\\{\"statistic\":\"VALUE\",\"value\":([0-9.E]+)\\}").matcher(answer.body());
        assertThat(value.find()).as(answer.body()).isTrue();
        return (long) Double.parseDouble(value.group(1));
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String token(Node node, String username) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(node.url("/api/tokens")))
                .header("Authorization", basic(username))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return (String) JsonText.parse(answer.body()).get("token");
    }

    private static HttpResponse<String> send(Node node, String method, String path, String token, String json)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Node start(Path jar, String id, String masterKey) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createDirectories(Path.of("target", "two-nodes")).resolve(id + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--weerbaar.node-id=" + id,
                "--weerbaar.token-store.claim-timeout=" + CLAIM_TIMEOUT.toMillis() + "ms",
                "--weerbaar.processors.token-claim-interval=" + TOKEN_CLAIM_INTERVAL.toMillis() + "ms",
                "--weerbaar.accounts.beheer.password={noop}" + PASSWORD,
                "--weerbaar.accounts.beheer.role=ADMINISTRATOR",
                "--weerbaar.accounts.griffier.password={noop}" + PASSWORD,
                "--weerbaar.accounts.griffier.role=CLERK")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", database.getJdbcUrl("postgres", "postgres"));
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
        builder.environment().put("WEERBAAR_MASTER_KEY", masterKey);
        Process process = builder.start();
        // Never leave a node running, even when this test's JVM ends abruptly.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new Node(id, port, process, log);
    }

    private static void awaitHealthy(Node node) {
        Awaitility.await(node.id() + " healthy (log: " + node.log().toAbsolutePath() + ")")
                .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    assertThat(node.process().isAlive()).as(node.id() + " exited; see " + node.log()).isTrue();
                    HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                            URI.create(node.url("/actuator/health"))).build(), HttpResponse.BodyHandlers.ofString());
                    return health.statusCode() == 200 && health.body().contains("UP");
                });
    }
}
