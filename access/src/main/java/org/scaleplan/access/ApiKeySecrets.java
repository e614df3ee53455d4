package org.scaleplan.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The secret form of Scaleplan API keys: {@code spk_}, 30 random base62 characters, then the CRC32 of those 30
 * characters as 6 base62 characters (zero-padded). Secret scanners match {@code spk_[0-9A-Za-z]{36}} and can
 * verify the checksum, so a leaked key is found with almost no false positives; a typo is refused without a
 * key-store lookup.
 *
 * <p>Uses nothing but the JDK, because the local launcher runs {@link #main} with only this library's jar on the
 * class path to mint the bootstrap admin key.
 */
public final class ApiKeySecrets {

    public static final String PREFIX = "spk_";
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static final int RANDOM_LENGTH = 30;
    static final int CHECKSUM_LENGTH = 6;
    static final int LENGTH = PREFIX.length() + RANDOM_LENGTH + CHECKSUM_LENGTH;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    /** A new secret with about 178 bits of entropy (30 characters of 62). */
    public static String generate() {
        StringBuilder random = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            random.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return PREFIX + random + checksum(random.toString());
    }

    /** Whether {@code text} has the shape of a secret and its checksum matches. */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != LENGTH || !text.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        String random = text.substring(PREFIX.length(), PREFIX.length() + RANDOM_LENGTH);
        return text.endsWith(checksum(random));
    }

    /**
     * The lowercase hex SHA-256 of {@code secret}, the only form in which a key is stored. A fast, unsalted hash is
     * right here, unlike for passwords: a generated secret carries about 178 bits of entropy, so nobody can
     * enumerate candidates to invert it, and a fast hash keeps the check on every request cheap.
     */
    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Prints one new secret, e.g. for {@code SCALEPLAN_ADMIN_KEY}. A command, not a service: the key is its
     * output (./scaleplan reads it), so it prints instead of logging, with nothing else on the classpath.
     */
    public static void main(String[] args) {
        System.out.println(generate());
    }

    static String checksum(String random) {
        CRC32 crc = new CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] digits = new char[CHECKSUM_LENGTH];
        for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (value % ALPHABET.length()));
            value /= ALPHABET.length();
        }
        return new String(digits);
    }
}
