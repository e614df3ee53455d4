package org.scaleplan.security;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code scaleplan.security.*}: where the detection scenarios and the posture per phase come from.
 *
 * @param scenariosDir a directory of scenario files ({@code *.yml}, {@code *.yaml}); unset: the shipped scenarios
 * @param postureFile the control set of each phase; unset: the shipped {@code security/posture.yml}
 */
@ConfigurationProperties("scaleplan.security")
public record SecurityProperties(@Nullable Path scenariosDir, @Nullable Path postureFile) {
}
