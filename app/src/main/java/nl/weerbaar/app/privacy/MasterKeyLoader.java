package nl.weerbaar.app.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the master key: {@code WEERBAAR_MASTER_KEY}, else the key file. Only the embedded (demo)
 * database may have a key generated for it, into a file beside its data directory; a production
 * start without a key stops.
 */
final class MasterKeyLoader {

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyLoader.class);

    private MasterKeyLoader() {
    }

    /**
     * @param fromEnvironment the Base64 key, or blank
     * @param keyFile         the key file, or {@code null}
     * @param generatedFile   where to generate a key when none is given, or {@code null} when that is not allowed
     */
    static MasterKey load(String fromEnvironment, Path keyFile, Path generatedFile) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new MasterKey(decode(fromEnvironment, "WEERBAAR_MASTER_KEY"), "WEERBAAR_MASTER_KEY");
        }
        if (keyFile != null) {
            return new MasterKey(decode(read(keyFile), keyFile.toString()), keyFile.toString());
        }
        if (generatedFile == null) {
            throw new MasterKeyProblem("No master key is configured (WEERBAAR_MASTER_KEY or weerbaar.master-key-file).");
        }
        if (!Files.exists(generatedFile)) {
            generate(generatedFile);
        }
        return new MasterKey(decode(read(generatedFile), generatedFile.toString()), generatedFile.toString());
    }

    private static void generate(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String key = Base64.getEncoder().encodeToString(Aes.newKey().getEncoded());
            Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE));
            } catch (UnsupportedOperationException notPosix) {
                LOG.debug("Cannot restrict {} to its owner on this file system", file);
            }
            LOG.warn("Generated a new master key in {}. Back it up: without it the personal data cannot be read.",
                    file.toAbsolutePath());
        } catch (IOException failure) {
            throw new MasterKeyProblem("Could not write a new master key to " + file + ": " + failure.getMessage(),
                    failure);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException failure) {
            throw new MasterKeyProblem("Could not read the master key file " + file + ": " + failure.getMessage(),
                    failure);
        }
    }

    private static SecretKey decode(String base64, String origin) {
        try {
            return Aes.key(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException malformed) {
            throw new MasterKeyProblem("The master key from " + origin + " is not 32 bytes in Base64.", malformed);
        }
    }
}
