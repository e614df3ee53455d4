package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApiKeySecretsTests {

    @Nested
    class Generate {

        @Test
        void matchesThePatternSecretScannersUse() {
            for (int i = 0; i < 100; i++) {
                assertThat(ApiKeySecrets.generate()).matches("spk_[0-9A-Za-z]{36}");
            }
        }

        @Test
        void endsWithTheBase62Crc32OfTheRandomPart() {
            String secret = ApiKeySecrets.generate();
            String random = secret.substring(4, 34);
            assertThat(secret.substring(34)).isEqualTo(ApiKeySecrets.checksum(random));
            assertThat(ApiKeySecrets.isWellFormed(secret)).isTrue();
        }

        @Test
        void neverRepeats() {
            Set<String> secrets = new HashSet<>();
            for (int i = 0; i < 10_000; i++) {
                secrets.add(ApiKeySecrets.generate());
            }
            assertThat(secrets).hasSize(10_000);
        }

        @Test
        void padsSmallChecksumsWithZeros() {
            // the CRC32 of nothing is 0, written as six digits
            assertThat(ApiKeySecrets.checksum("")).isEqualTo("000000");
        }
    }

    @Nested
    class WellFormed {

        @Test
        void refusesAnySingleChangedCharacter() {
            String secret = ApiKeySecrets.generate();
            for (int position = 4; position < secret.length(); position++) {
                for (char replacement : ApiKeySecrets.ALPHABET.toCharArray()) {
                    if (replacement != secret.charAt(position)) {
                        String changed = secret.substring(0, position) + replacement + secret.substring(position + 1);
                        assertThat(ApiKeySecrets.isWellFormed(changed)).as(changed).isFalse();
                    }
                }
            }
        }

        @Test
        void refusesOtherShapes() {
            String secret = ApiKeySecrets.generate();
            assertThat(ApiKeySecrets.isWellFormed(null)).isFalse();
            assertThat(ApiKeySecrets.isWellFormed("")).isFalse();
            // another prefix, one character short, one too many, a character outside base62
            assertThat(ApiKeySecrets.isWellFormed("ghp_" + secret.substring(4))).isFalse();
            assertThat(ApiKeySecrets.isWellFormed(secret.substring(1))).isFalse();
            assertThat(ApiKeySecrets.isWellFormed(secret + "0")).isFalse();
            assertThat(ApiKeySecrets.isWellFormed(secret.substring(0, 10) + "-" + secret.substring(11))).isFalse();
        }
    }

    @Nested
    class Hash {

        @Test
        void isTheLowercaseHexSha256() {
            assertThat(ApiKeySecrets.hash("abc"))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        }

        @Test
        void isStableAndDiffersBetweenSecrets() {
            String secret = ApiKeySecrets.generate();
            assertThat(ApiKeySecrets.hash(secret)).isEqualTo(ApiKeySecrets.hash(secret))
                    .isNotEqualTo(ApiKeySecrets.hash(ApiKeySecrets.generate()))
                    .matches("[0-9a-f]{64}");
        }
    }

    /** The local launcher runs main with only the library's jar; here, with nothing but this one class. */
    @Test
    void mainPrintsANewKeyWithNothingButTheJdk() throws Exception {
        Class<?> isolated = new SingleClassLoader().loadClass(ApiKeySecrets.class.getName());
        Method main = isolated.getMethod("main", String[].class);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(standardOut);
        }
        String key = printed.toString(StandardCharsets.UTF_8).strip();
        assertThat(ApiKeySecrets.isWellFormed(key)).as(key).isTrue();
    }

    /** Defines ApiKeySecrets itself; any other class it needed would have to come from the JDK. */
    private static final class SingleClassLoader extends ClassLoader {

        SingleClassLoader() {
            super(ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (!name.equals(ApiKeySecrets.class.getName())) {
                throw new ClassNotFoundException(name + " is not in the JDK");
            }
            try (InputStream in = ApiKeySecrets.class.getResourceAsStream("ApiKeySecrets.class")) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
