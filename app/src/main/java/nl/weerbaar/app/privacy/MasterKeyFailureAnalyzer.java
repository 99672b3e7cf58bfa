package nl.weerbaar.app.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Ends a start without a usable master key with one message saying what to do. Nothing was changed. */
class MasterKeyFailureAnalyzer extends AbstractFailureAnalyzer<MasterKeyProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MasterKeyProblem cause) {
        return new FailureAnalysis(cause.getMessage(), """
                Weerbaar encrypts personal data with keys that are wrapped by a master key. Give it the \
                master key this database was set up with, either
                  - in the environment variable WEERBAAR_MASTER_KEY (32 random bytes in Base64, e.g. from \
                `openssl rand -base64 32`), or
                  - in a file named by weerbaar.master-key-file (the same Base64 text).
                A new, empty database accepts any new master key. Restore the key from your backup if it \
                was lost: without it the personal data in this database cannot be read. No data was changed.""",
                cause);
    }
}
