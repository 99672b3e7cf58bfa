package nl.weerbaar.app.privacy;

import java.security.GeneralSecurityException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the master key: every data key is unwrapped with the old key and wrapped with the new one,
 * and the check value is renewed, in one transaction. The events themselves are untouched (they are
 * encrypted with the data keys, which do not change).
 */
final class MasterKeyRotation {

    private MasterKeyRotation() {
    }

    /** @return how many data keys were re-wrapped */
    static int rotate(JdbcTemplate jdbc, TransactionTemplate transactions, MasterKey from, MasterKey to) {
        Integer count = transactions.execute(status -> {
            List<Object[]> keys = jdbc.query(
                    "SELECT subject_id, wrapped_key FROM data_subject_key WHERE wrapped_key IS NOT NULL FOR UPDATE",
                    (rs, i) -> new Object[] {rs.getString(1), rs.getBytes(2)});
            for (Object[] key : keys) {
                String subject = (String) key[0];
                try {
                    jdbc.update("UPDATE data_subject_key SET wrapped_key = ? WHERE subject_id = ?",
                            to.wrap(from.unwrap((byte[]) key[1], subject), subject), subject);
                } catch (GeneralSecurityException wrongKey) {
                    throw new MasterKeyProblem("The data key of " + subject + " does not open with the master key from "
                            + from.origin() + "; nothing was rotated.", wrongKey);
                }
            }
            jdbc.update("UPDATE master_key_check SET verifier = ? WHERE id = 1",
                    (Object) to.seal(DataKeyStore.CHECK_TEXT, DataKeyStore.CHECK_PURPOSE));
            return keys.size();
        });
        return count == null ? 0 : count;
    }
}
