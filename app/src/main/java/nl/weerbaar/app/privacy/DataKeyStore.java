package nl.weerbaar.app.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One data key per data subject, in {@code data_subject_key}, wrapped by the master key. Keys are
 * made on first use inside the transaction that stores the first personal data of the subject, so a
 * failed command leaves no key behind. Destroying a key is the erasure.
 *
 * <p>Unwrapped keys are cached for a short time: long enough that a replay does not ask the database
 * per event, short enough that an erasure on another node takes effect here within the time to live.
 */
class DataKeyStore {

    static final String CHECK_PURPOSE = "master-key-check";
    static final byte[] CHECK_TEXT = "weerbaar master key check".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_CACHED = 50_000;

    private record Cached(SecretKey key, long loadedAt) {
    }

    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;
    private final Clock clock;
    private final long timeToLiveNanos;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    DataKeyStore(JdbcTemplate jdbc, MasterKey masterKey, Clock clock, Duration cacheTimeToLive) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
        this.timeToLiveNanos = cacheTimeToLive.toNanos();
    }

    /**
     * Fails the start when the master key is not the one this database was set up with, before any
     * event is read or written with it. A new database remembers the key it was given.
     */
    void verifyMasterKey() {
        if (!opensCheck(jdbc, masterKey)) {
            throw new MasterKeyProblem("The master key from " + masterKey.origin()
                    + " is not the key this database was encrypted with.");
        }
    }

    /** Whether the key opens this database's check value (a new database takes the key it is given). */
    static boolean opensCheck(JdbcTemplate jdbc, MasterKey masterKey) {
        List<byte[]> stored = jdbc.query("SELECT verifier FROM master_key_check WHERE id = 1",
                (rs, i) -> rs.getBytes(1));
        if (stored.isEmpty()) {
            int inserted = jdbc.update("INSERT INTO master_key_check (id, verifier) VALUES (1, ?) "
                    + "ON CONFLICT (id) DO NOTHING", (Object) masterKey.seal(CHECK_TEXT, CHECK_PURPOSE));
            // Another node starting at the same moment may have set up the database first: check against its key.
            return inserted == 1 || opensCheck(jdbc, masterKey);
        }
        try {
            masterKey.open(stored.get(0), CHECK_PURPOSE);
            return true;
        } catch (GeneralSecurityException wrongKey) {
            return false;
        }
    }

    /**
     * The subject's key, made now if it has none; empty when the subject was erased: no new personal
     * data of an erased subject is stored.
     */
    Optional<SecretKey> keyForWriting(String subject) {
        Cached cached = fresh(subject);
        if (cached != null) {
            return Optional.ofNullable(cached.key());
        }
        Optional<Optional<SecretKey>> stored = load(subject);
        if (stored.isPresent()) {
            remember(subject, stored.get().orElse(null));
            return stored.get();
        }
        SecretKey key = Aes.newKey();
        boolean made = !jdbc.queryForList("INSERT INTO data_subject_key (subject_id, wrapped_key, created_at) "
                + "VALUES (?, ?, ?) ON CONFLICT (subject_id) DO NOTHING RETURNING subject_id", String.class, subject,
                masterKey.wrap(key, subject), Timestamp.from(clock.instant())).isEmpty();
        if (made) {
            remember(subject, key);
            return Optional.of(key);
        }
        // Another transaction won the race (or erased the subject): use whatever is stored now.
        Optional<SecretKey> winner = load(subject).flatMap(found -> found);
        remember(subject, winner.orElse(null));
        return winner;
    }

    /** The subject's key, or empty when it was destroyed (or never made). */
    Optional<SecretKey> keyForReading(String subject) {
        Cached cached = fresh(subject);
        if (cached != null) {
            return Optional.ofNullable(cached.key());
        }
        Optional<SecretKey> key = load(subject).flatMap(found -> found);
        remember(subject, key.orElse(null));
        return key;
    }

    /** Destroys the subject's key: what was encrypted with it can never be read again. */
    void destroy(String subject) {
        int updated = jdbc.update("UPDATE data_subject_key SET wrapped_key = NULL, destroyed_at = ? "
                + "WHERE subject_id = ?", Timestamp.from(clock.instant()), subject);
        if (updated == 0) {
            jdbc.update("INSERT INTO data_subject_key (subject_id, wrapped_key, created_at, destroyed_at) "
                    + "VALUES (?, NULL, ?, ?) ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, "
                    + "destroyed_at = EXCLUDED.destroyed_at", subject, Timestamp.from(clock.instant()),
                    Timestamp.from(clock.instant()));
        }
        cache.remove(subject);
        afterCommit(() -> cache.remove(subject));
    }

    /** Empty: no row. Present and empty: destroyed. */
    private Optional<Optional<SecretKey>> load(String subject) {
        List<byte[]> rows = jdbc.query("SELECT wrapped_key FROM data_subject_key WHERE subject_id = ?",
                (rs, i) -> {
                    byte[] wrapped = rs.getBytes(1);
                    return wrapped == null ? new byte[0] : wrapped;
                }, subject);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        byte[] wrapped = rows.get(0);
        if (wrapped.length == 0) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(masterKey.unwrap(wrapped, subject)));
        } catch (GeneralSecurityException wrongKey) {
            throw new MasterKeyProblem("The data key of " + subject + " cannot be unwrapped with the master key from "
                    + masterKey.origin() + ".", wrongKey);
        }
    }

    private Cached fresh(String subject) {
        Cached cached = cache.get(subject);
        return cached != null && System.nanoTime() - cached.loadedAt() < timeToLiveNanos ? cached : null;
    }

    /** Inside a transaction, only once it commits: a rolled-back key must never be used again. */
    private void remember(String subject, SecretKey key) {
        afterCommit(() -> {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(subject, new Cached(key, System.nanoTime()));
        });
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
